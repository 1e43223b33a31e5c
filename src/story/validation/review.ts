/**
 * Items a draft left for review: named until a person marks them reviewed (the build refuses to publish them).
 */
import type { StoryFiles, ValidationIssue } from './issue.ts';

/** The raw list of an area file or of the events file, or [] when the file has none. */
export function rawList(raw: unknown, key: 'features' | 'events'): Record<string, unknown>[] {
  const list = (raw as Record<string, unknown> | null)?.[key];
  return Array.isArray(list)
    ? list.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

/** "3 places need review: Mombasa, Lamu, …": one issue per kind of item, naming up to ten of them. */
export function needReview(file: string, noun: string, names: readonly string[]): ValidationIssue[] {
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
export function reviewIssues(
  files: StoryFiles,
  storyFile: string,
): { issues: ValidationIssue[]; unplaced: Set<string> } {
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
