/**
 * Validation of the story's data beyond its shape: references, quotes, order, geography.
 * Pure: the caller passes in the files' parsed contents (and, for the geographic checks, country polygons),
 * so the same code runs in `npm run validate`, in unit tests and when the app loads its data.
 */
import * as v from 'valibot';
import { area, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  PlaceCollectionSchema,
  StorySchema,
  type CountryCode,
  type Correction,
  type Disputed,
  type EventAnimationKind,
  type MapLabels,
  type PlaceFeature,
  type PlaceKind,
  type Source,
  type Story,
  type StoryEvent,
} from './schema.ts';
import { eventSortKey, isStep } from './dates.ts';
import { normalizeQuotes } from '../article/quotes.ts';
import { isWikipedia, withoutTracking } from './sources.ts';
import { countIssue, STORY_LIMITS, type StoryLimits } from './limits.ts';
import { placeAliases, unmentionedNames } from '../article/passages.ts';
import { textSearch } from '../article/text-search.ts';
import { animationOf, missingForAnimation } from './animation-needs.ts';

/** One problem, named precisely enough to fix: which file, which feature or event, which field. */
export interface ValidationIssue {
  file: string;
  /** The feature or event id, when the problem belongs to one. */
  id?: string;
  /** A dotted path to the field, e.g. `date.start` or `geometry.coordinates`. */
  field?: string;
  message: string;
}

/** The raw inputs: every area file by its name (e.g. `baghdad.geojson`), the events file and the article. */
export interface StoryFiles {
  areas: Record<string, unknown>;
  story: unknown;
  articleText: string;
  /** File names to use in messages. */
  storyFileName?: string;
  articleFileName?: string;
}

export interface ValidationOptions {
  /** Country outlines by ISO alpha-3 code; when given, every place must lie inside the country it claims. */
  countries?: ReadonlyMap<CountryCode, Feature<Polygon | MultiPolygon>>;
  /** How large the story may be (see limits.ts); defaults to STORY_LIMITS. */
  limits?: Partial<StoryLimits>;
}

const SQUARE_METRES_PER_ACRE = 4046.8564224;

export interface ValidStoryData {
  story: Story;
  /** Every place, in file order, with the file it came from. */
  places: PlaceFeature[];
  placeFile: ReadonlyMap<string, string>;
}

export type ValidationResult =
  { ok: true; data: ValidStoryData; issues: [] } | { ok: false; issues: ValidationIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = issue.path?.map((item) => String(item.key));
  return keys && keys.length > 0 ? keys.join('.') : undefined;
}

/** Turn valibot issues into ours, naming the feature or event by its id where the path reaches one. */
function schemaIssues(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  idAt: (listKey: string, index: number) => string | undefined,
  listKeys: readonly string[],
): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path ?? [];
    let id: string | undefined;
    let fieldPath: readonly v.IssuePathItem[] = path;
    const listKey = path[0]?.key;
    if (typeof listKey === 'string' && listKeys.includes(listKey) && typeof path[1]?.key === 'number') {
      id = idAt(listKey, path[1].key) ?? `#${path[1].key}`;
      fieldPath = path.slice(2);
    }
    const field = fieldPath.length > 0 ? fieldPath.map((item) => String(item.key)).join('.') : pathOf(issue);
    return { file, id, field, message: issue.message };
  });
}

function rawId(list: unknown, index: number, get: (item: Record<string, unknown>) => unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id = get(item as Record<string, unknown>);
  return typeof id === 'string' ? id : undefined;
}

function placeIssues(file: string, feature: PlaceFeature, options: ValidationOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { id, country, area_acres } = feature.properties;
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon') {
    for (const [ringIndex, ring] of geometry.coordinates.entries()) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        issues.push({
          file,
          id,
          field: `geometry.coordinates.${ringIndex}`,
          message: 'ring is not closed: its first and last positions differ',
        });
      }
    }
    if (issues.length === 0 && kinks(feature as Feature<Polygon>).features.length > 0) {
      issues.push({ file, id, field: 'geometry.coordinates', message: 'polygon crosses itself' });
    }
    if (issues.length === 0 && area_acres) {
      const acres = area(feature as Feature<Polygon>) / SQUARE_METRES_PER_ACRE;
      const [min, max] = area_acres;
      if (acres < min || acres > max) {
        issues.push({
          file,
          id,
          field: 'geometry',
          message: `the outline covers ${acres.toFixed(1)} acres; expected ${min}–${max} (area_acres)`,
        });
      }
    }
  } else if (area_acres) {
    issues.push({
      file,
      id,
      field: 'properties.area_acres',
      message: 'only a polygon has an area: area_acres needs one',
    });
  }
  // A region spanning several countries has none to lie inside.
  const outline = country === undefined ? undefined : options.countries?.get(country);
  if (options.countries && country !== undefined && issues.length === 0) {
    const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates[0]!.slice(0, -1);
    const outside = outline ? positions.find((position) => !booleanPointInPolygon(position, outline)) : undefined;
    if (!outline) {
      issues.push({ file, id, field: 'properties.country', message: `no outline known for country ${country}` });
    } else if (outside) {
      issues.push({
        file,
        id,
        field: 'geometry.coordinates',
        message: `[${outside.join(', ')}] lies outside ${country}`,
      });
    }
  }
  return issues;
}

/** Whatever carries sources and disputed claims: an event, or a place's properties. */
interface SourcedItem {
  sources: readonly Source[];
  disputed?: readonly Disputed[] | undefined;
}

/**
 * Rules for one item's sources: none listed twice, and every disputed claim told by versions from at least two
 * different sources, each of them listed in the item's `sources` (so the panel can name its outlet and date).
 * @param prefix - the path to the item's fields: '' for an event, 'properties.' for a place
 */
function sourcedItemIssues(file: string, id: string, item: SourcedItem, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const listed = new Map<string, number>();
  item.sources.forEach((source, index) => {
    const key = withoutTracking(source.url);
    const first = listed.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        id,
        field: `${prefix}sources.${index}.url`,
        message: `duplicate source: ${source.url} is already listed as sources.${first}`,
      });
    } else {
      listed.set(key, index);
    }
  });
  item.disputed?.forEach((claim, claimIndex) => {
    const field = `${prefix}disputed.${claimIndex}`;
    claim.versions.forEach((version, versionIndex) => {
      if (isWikipedia(version.source)) {
        issues.push({
          file,
          id,
          field: `${field}.versions.${versionIndex}.source`,
          message:
            'a disputed version cannot rest on Wikipedia: cite the report it summarises ' +
            '(Wikipedia may stay among the sources as a pointer)',
        });
      } else if (!listed.has(withoutTracking(version.source))) {
        issues.push({
          file,
          id,
          field: `${field}.versions.${versionIndex}.source`,
          message: `${version.source} is not among this item's sources: list it there with its outlet and title`,
        });
      }
    });
    const distinctSources = new Set(claim.versions.map((version) => withoutTracking(version.source)));
    if (distinctSources.size < 2) {
      issues.push({
        file,
        id,
        field: `${field}.versions`,
        message: 'a disputed claim needs versions from at least two different sources',
      });
    }
  });
  return issues;
}

/**
 * Wikipedia may point a reader further, never carry a claim alone: an item whose only sources (besides the article
 * itself, for an event) are Wikipedia pages is one issue.
 */
function wikipediaOnlyIssue(
  file: string,
  id: string,
  sources: readonly Source[],
  field: string,
  isOwnArticle: (source: Source) => boolean = () => false,
): ValidationIssue[] {
  const others = sources.filter((source) => !isOwnArticle(source));
  if (others.length === 0 || !others.every((source) => isWikipedia(source.url))) return [];
  return [
    {
      file,
      id,
      field,
      message: 'Wikipedia cannot be the only source: cite the report it summarises (Wikipedia may stay as a pointer)',
    },
  ];
}

/** Where one source URL is cited: for the story-wide check on tracking-parameter variants. */
interface Citation {
  file: string;
  id: string;
  field: string;
  url: string;
}

/**
 * Two citations of the same page whose URLs differ only by tracking parameters (utm_*, fbclid, gclid…) split one
 * source in two and leak where a link was shared from: each later variant is an issue naming the first one.
 */
function trackingVariantIssues(citations: readonly Citation[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstByPage = new Map<string, Citation>();
  for (const citation of citations) {
    const page = withoutTracking(citation.url);
    const first = firstByPage.get(page);
    if (!first) {
      firstByPage.set(page, citation);
    } else if (first.url !== citation.url && (first.file !== citation.file || first.id !== citation.id)) {
      // Within one item the duplicate-source rule already names it.
      issues.push({
        file: citation.file,
        id: citation.id,
        field: citation.field,
        message:
          `${citation.url} differs only by tracking parameters from ${first.url} ` +
          `(cited by "${first.id}" in ${first.file}): cite one URL, without tracking parameters`,
      });
    }
  }
  return issues;
}

function citationsOf(file: string, id: string, sources: readonly Source[], prefix: string): Citation[] {
  return sources.map((source, index) => ({ file, id, field: `${prefix}sources.${index}.url`, url: source.url }));
}

/** A source that is the story's article itself does not count as corroboration. */
function isTheArticle(source: Source, article: Story['article']): boolean {
  if (article.url !== undefined && withoutTracking(source.url) === withoutTracking(article.url)) return true;
  return source.outlet === article.outlet && source.title === article.title;
}

/** Which map labels each animation can show: the crowd and its fire, an anticipated unit. */
const MAP_LABELS_BY_ANIMATION: Partial<Record<EventAnimationKind, readonly (keyof MapLabels)[]>> = {
  crowd: ['crowd', 'fire', 'fire_after'],
  anticipated: ['anticipated'],
};

/** A map label the event's animation never draws would be silently lost: name it. */
function mapLabelIssues(file: string, event: StoryEvent, animation: EventAnimationKind): ValidationIssue[] {
  const allowed = MAP_LABELS_BY_ANIMATION[animation] ?? [];
  return Object.keys(event.map_labels ?? {})
    .filter((key) => !allowed.includes(key as keyof MapLabels))
    .map((key) => ({
      file,
      id: event.id,
      field: `map_labels.${key}`,
      message:
        `a ${animation === 'none' ? 'step without animation' : `${animation} animation`} draws no "${key}" label` +
        (allowed.length > 0 ? ` (it can have ${allowed.join(', ')})` : ' (it has no map labels)'),
    }));
}

/** Every `article_names` entry must occur in the article as a whole word, or the pane would never link it. */
function articleNameIssues(
  places: readonly PlaceFeature[],
  placeFile: ReadonlyMap<string, string>,
  articleText: string,
  articleFile: string,
): ValidationIssue[] {
  return unmentionedNames(articleText, placeAliases(places)).map(({ placeId, index, name }) => ({
    file: placeFile.get(placeId)!,
    id: placeId,
    field: `properties.article_names.${index}`,
    message: `"${name}" does not occur in ${articleFile} as a whole word (names are case-sensitive)`,
  }));
}

function eventIssues(
  file: string,
  articleFile: string,
  events: readonly StoryEvent[],
  placeKinds: ReadonlyMap<string, PlaceKind | undefined>,
  articleText: string,
  article: Story['article'],
  forceIds: ReadonlySet<string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const byId = new Map(events.map((event) => [event.id, event]));
  const normalizedArticle = normalizeQuotes(articleText);
  const articleSearch = textSearch(articleText);
  let previous: StoryEvent | undefined;
  for (const event of events) {
    const { id } = event;
    if (seen.has(id)) issues.push({ file, id, field: 'id', message: `duplicate event id "${id}"` });
    seen.add(id);
    event.places.forEach((placeId, index) => {
      if (!placeKinds.has(placeId)) {
        issues.push({ file, id, field: `places.${index}`, message: `unknown place "${placeId}"` });
      }
    });
    if (event.places.length === 0 && isStep(event)) {
      issues.push({ file, id, field: 'places', message: 'a dated event needs at least one place' });
    }
    for (const [field, force] of [
      ['movement.force', event.movement?.force],
      ['force', event.force],
    ] as const) {
      if (force !== undefined && !forceIds.has(force)) {
        issues.push({
          file,
          id,
          field,
          message: `unknown force "${force}": list it under forces with its symbol code`,
        });
      }
    }
    if (event.movement) {
      for (const end of ['origin', 'destination'] as const) {
        const placeId = event.movement[end];
        if (!placeKinds.has(placeId)) {
          issues.push({ file, id, field: `movement.${end}`, message: `unknown place "${placeId}"` });
        }
      }
    }
    if (!articleSearch.includes(event.quote)) {
      // Say whether only the quotation marks differ: the commonest slip when copying from the article.
      const hint = normalizedArticle.includes(normalizeQuotes(event.quote))
        ? ' (it does with straight/curly quotes swapped: copy the article’s marks exactly)'
        : '';
      issues.push({ file, id, field: 'quote', message: `quote does not occur verbatim in ${articleFile}${hint}` });
    }
    if (event.sources.every((source) => isTheArticle(source, article))) {
      issues.push({
        file,
        id,
        field: 'sources',
        message: 'needs at least one source besides the article itself',
      });
    }
    issues.push(...wikipediaOnlyIssue(file, id, event.sources, 'sources', (source) => isTheArticle(source, article)));
    issues.push(...sourcedItemIssues(file, id, event, ''));
    const subject = {
      event,
      placeKinds: event.places.flatMap((placeId) => placeKinds.get(placeId) ?? []),
    };
    if (event.animation !== undefined) {
      const missing = missingForAnimation(event.animation, subject);
      if (missing) issues.push({ file, id, field: 'animation', message: `a ${event.animation} animation ${missing}` });
    }
    issues.push(...mapLabelIssues(file, event, animationOf(subject)));
    if (isStep(event)) {
      if (event.context_for !== undefined) {
        issues.push({ file, id, field: 'context_for', message: 'only range-dated background events take context_for' });
      }
    } else {
      const step = event.context_for === undefined ? undefined : byId.get(event.context_for);
      if (event.context_for === undefined) {
        issues.push({
          file,
          id,
          field: 'context_for',
          message: 'a range-dated background event must name the step it explains',
        });
      } else if (!step || !isStep(step)) {
        issues.push({ file, id, field: 'context_for', message: `no dated event called "${event.context_for}"` });
      } else if (eventSortKey(event) > eventSortKey(step)) {
        issues.push({ file, id, field: 'date.start', message: `starts after the step it explains ("${step.id}")` });
      }
    }
    if (previous && eventSortKey(event) < eventSortKey(previous)) {
      issues.push({
        file,
        id,
        field: 'date.start',
        message: `out of order: ${event.date.start} comes before the previous event "${previous.id}" (${previous.date.start})`,
      });
    }
    previous = event;
  }
  return issues;
}

/**
 * Each correction names an item that exists (links and the "Corrected" line in its panel depend on it), once per
 * id, dated no earlier than the article it corrects, and supported by more than Wikipedia.
 */
function correctionIssues(
  file: string,
  corrections: readonly Correction[],
  eventIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  published: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  corrections.forEach((correction, index) => {
    const { id } = correction;
    const at = (field: string) => `corrections.${index}.${field}`;
    if (seen.has(id)) issues.push({ file, id, field: at('id'), message: `duplicate correction id "${id}"` });
    seen.add(id);
    if (correction.event !== undefined && !eventIds.has(correction.event)) {
      issues.push({ file, id, field: at('event'), message: `unknown event "${correction.event}"` });
    }
    if (correction.place !== undefined && !placeIds.has(correction.place)) {
      issues.push({ file, id, field: at('place'), message: `unknown place "${correction.place}"` });
    }
    if (correction.date < published) {
      issues.push({
        file,
        id,
        field: at('date'),
        message: `corrected ${correction.date}, before the article was published (${published})`,
      });
    }
    issues.push(...wikipediaOnlyIssue(file, id, correction.sources, at('sources')));
  });
  return issues;
}

/** The raw list of an area file or of the events file, or [] when the file has none. */
function rawList(raw: unknown, key: 'features' | 'events'): Record<string, unknown>[] {
  const list = (raw as Record<string, unknown> | null)?.[key];
  return Array.isArray(list)
    ? list.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

/** "3 places need review: Kirkuk, al-Qaim, …": one issue per kind of item, naming up to ten of them. */
function needReview(file: string, noun: string, names: readonly string[]): ValidationIssue[] {
  if (names.length === 0) return [];
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
  const plural = names.length === 1 ? `1 ${noun} needs` : `${names.length} ${noun}s need`;
  return [{ file, message: `${plural} review: ${shown}` }];
}

/**
 * What a draft left for a person to check: events and places marked `review: "draft"`, and places with no position
 * yet (`geometry: null`, with candidates). Read from the raw files, before the schema, so the count comes first and
 * a place with no position is reported once, here, rather than as a schema error.
 * @returns the issues, and the ids of the places with no position (known ids, but not validated as places)
 */
function reviewIssues(files: StoryFiles, storyFile: string): { issues: ValidationIssue[]; unplaced: Set<string> } {
  const unplaced = new Set<string>();
  const places: string[] = [];
  for (const raw of Object.values(files.areas)) {
    for (const feature of rawList(raw, 'features')) {
      const properties = (feature['properties'] ?? {}) as Record<string, unknown>;
      const id = typeof properties['id'] === 'string' ? properties['id'] : undefined;
      if (feature['geometry'] === null && id !== undefined) unplaced.add(id);
      if (properties['review'] === 'draft' || feature['geometry'] === null) {
        places.push(String(properties['name'] ?? id ?? '(unnamed place)'));
      }
    }
  }
  const events = rawList(files.story, 'events')
    .filter((event) => event['review'] === 'draft')
    .map((event) => String(event['title'] ?? event['id'] ?? '(untitled event)'));
  return {
    issues: [...needReview(storyFile, 'event', events), ...needReview('*.geojson', 'place', places)],
    unplaced,
  };
}

/**
 * The items a person must still review before the story may be published: what `npm run build` refuses.
 * @returns one issue per kind of item (events, places), naming them; [] when nothing waits for review
 */
export function pendingReview(files: StoryFiles): ValidationIssue[] {
  return reviewIssues(files, files.storyFileName ?? 'events.json').issues;
}

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

/** One line per issue, e.g. `events.json › k1-rocket-attack › quote: quote does not occur …`. */
export function formatIssue(issue: ValidationIssue): string {
  return [issue.file, issue.id, issue.field].filter((part) => part !== undefined).join(' › ') + `: ${issue.message}`;
}
