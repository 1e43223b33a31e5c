/**
 * Validation of the story's data beyond its shape: references, quotes, order, geography.
 * Pure: the caller passes in the files' parsed contents (and, for the geographic checks, country polygons),
 * so the same code runs in `npm run validate`, in unit tests and when the app loads its data.
 */
import * as v from 'valibot';
import { PlaceCollectionSchema, StorySchema, type PlaceFeature, type PlaceKind, type Story } from './schema.ts';
import { countIssue, STORY_LIMITS, type StoryLimits } from './limits.ts';
import { correctionIssues } from './validation/corrections.ts';
import { articleNameIssues, eventIssues } from './validation/events.ts';
import {
  type StoryFiles,
  type ValidationIssue,
  type GeographyOptions,
  rawId,
  schemaIssues,
} from './validation/issue.ts';
import { placeIssues } from './validation/places.ts';
import { rawList, reviewIssues } from './validation/review.ts';
import { citationsOf, sourcedItemIssues, trackingVariantIssues, wikipediaOnlyIssue } from './validation/sources.ts';

export type { StoryFiles, ValidationIssue } from './validation/issue.ts';
export { formatIssue } from './validation/issue.ts';
export { pendingReview } from './validation/review.ts';

export interface ValidationOptions extends GeographyOptions {
  /** How large the story may be (see limits.ts); defaults to STORY_LIMITS. */
  limits?: Partial<StoryLimits>;
}

export interface ValidStoryData {
  story: Story;
  /** Every place, in file order, with the file it came from. */
  places: PlaceFeature[];
  placeFile: ReadonlyMap<string, string>;
}

export type ValidationResult =
  { ok: true; data: ValidStoryData; issues: [] } | { ok: false; issues: ValidationIssue[] };

/**
 * Validate the whole story.
 * @param files - the parsed area files, events file and article text
 * @param options - country outlines for the geographic check (omit to skip it)
 * @returns the typed data, or every problem found (never throws on bad input)
 */
export function validateStoryFiles(files: StoryFiles, options: ValidationOptions = {}): ValidationResult {
  const storyFile = files.storyFileName ?? 'events.json';
  const articleFile = files.articleFileName ?? 'article.txt';
  const issues: ValidationIssue[] = [];
  const places: PlaceFeature[] = [];
  const placeFile = new Map<string, string>();
  const limits = { ...STORY_LIMITS, ...options.limits };

  // Sizes first, from the raw lists' lengths: an oversized story stops here, before any per-item work.
  const rawEvents = (files.story as { events?: unknown } | null)?.events;
  const rawPlaceCount = Object.values(files.areas).reduce<number>((sum, raw) => {
    const features = (raw as { features?: unknown } | null)?.features;
    return sum + (Array.isArray(features) ? features.length : 0);
  }, 0);
  const tooLarge = [
    countIssue(storyFile, 'events', Array.isArray(rawEvents) ? rawEvents.length : 0, limits.maxEvents),
    countIssue('*.geojson', 'places', rawPlaceCount, limits.maxPlaces),
  ].filter((issue) => issue !== undefined);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };

  const review = reviewIssues(files, storyFile);
  issues.push(...review.issues);
  for (const [file, rawFile] of Object.entries(files.areas)) {
    // A place with no position yet is counted above; the rest of its file is checked as usual.
    const raw =
      review.unplaced.size === 0
        ? rawFile
        : { ...(rawFile as object), features: rawList(rawFile, 'features').filter((f) => f['geometry'] !== null) };
    // A file whose every place still waits for a position has nothing else to check.
    if (rawList(raw, 'features').length === 0 && rawList(rawFile, 'features').length > 0) continue;
    const parsed = v.safeParse(PlaceCollectionSchema, raw);
    if (!parsed.success) {
      const features = (raw as { features?: unknown } | null)?.features;
      issues.push(
        ...schemaIssues(
          file,
          parsed.issues,
          (_, i) => rawId(features, i, (f) => (f.properties as Record<string, unknown> | undefined)?.id),
          ['features'],
        ),
      );
      continue;
    }
    for (const feature of parsed.output.features) {
      const { id } = feature.properties;
      const earlier = placeFile.get(id);
      if (earlier !== undefined) {
        issues.push({ file, id, field: 'properties.id', message: `duplicate place id "${id}" (also in ${earlier})` });
        continue;
      }
      placeFile.set(id, file);
      places.push(feature);
      issues.push(...placeIssues(file, feature, options));
      issues.push(...sourcedItemIssues(file, id, feature.properties, 'properties.'));
      issues.push(...wikipediaOnlyIssue(file, id, feature.properties.sources, 'properties.sources'));
    }
  }

  const parsedStory = v.safeParse(StorySchema, files.story);
  if (!parsedStory.success) {
    const lists = files.story as Record<string, unknown> | null;
    issues.push(
      ...schemaIssues(storyFile, parsedStory.issues, (key, i) => rawId(lists?.[key], i, (item) => item.id), [
        'events',
        'corrections',
      ]),
    );
    return { ok: false, issues };
  }
  const { events, article, corrections = [], forces = {} } = parsedStory.output;
  const placeIds = new Set([...placeFile.keys(), ...review.unplaced]);
  issues.push(...articleNameIssues(places, placeFile, files.articleText, articleFile));
  // Places under review have no kind yet: they count as known, and satisfy no animation.
  const placeKinds = new Map<string, PlaceKind | undefined>([
    ...[...review.unplaced].map((id): [string, undefined] => [id, undefined]),
    ...places.map((place): [string, PlaceKind] => [place.properties.id, place.properties.kind]),
  ]);
  issues.push(
    ...eventIssues(
      storyFile,
      articleFile,
      events,
      placeKinds,
      files.articleText,
      article,
      new Set(Object.keys(forces)),
    ),
  );
  issues.push(
    ...correctionIssues(storyFile, corrections, new Set(events.map((e) => e.id)), placeIds, article.published),
  );
  issues.push(
    ...trackingVariantIssues([
      ...places.flatMap((place) =>
        citationsOf(placeFile.get(place.properties.id)!, place.properties.id, place.properties.sources, 'properties.'),
      ),
      ...events.flatMap((event) => citationsOf(storyFile, event.id, event.sources, '')),
      ...corrections.flatMap((correction, index) =>
        citationsOf(storyFile, correction.id, correction.sources, `corrections.${index}.`),
      ),
    ]),
  );

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: { story: parsedStory.output, places, placeFile }, issues: [] };
}
