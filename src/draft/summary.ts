/**
 * The counts `npm run draft` prints: how much was drafted and what needs a reviewer's decision first.
 */
import type { DraftStory } from './types.ts';

export interface DraftSummary {
  events: number;
  /** Events whose day the sentence does not give (the publication date, or the paragraph's, stands in). */
  approximateDates: number;
  /** Events with no actor found. */
  withoutActors: number;
  places: number;
  resolved: number;
  /** Places with geometry null: unknown to the gazetteer, or ambiguous (with candidates). */
  unresolved: number;
  /** What needs a decision before anything else: unresolved places, approximate dates, missing actors. */
  forReview: number;
}

/**
 * Count what a draft holds.
 * @param story - the draft
 */
export function summarize(story: DraftStory): DraftSummary {
  const places = Object.values(story.areas).flat();
  const resolved = places.filter((p) => p.geometry !== null).length;
  const approximateDates = story.events.filter((e) => 'approximate' in e.date && e.date.approximate).length;
  const withoutActors = story.events.filter((e) => e.actors.length === 0).length;
  const unresolved = places.length - resolved;
  return {
    events: story.events.length,
    approximateDates,
    withoutActors,
    places: places.length,
    resolved,
    unresolved,
    forReview: unresolved + approximateDates + withoutActors,
  };
}

/**
 * The summary as the lines the CLI prints.
 * @param summary - the counts
 * @param folder - where the draft was written
 */
export function formatSummary(summary: DraftSummary, folder: string): string {
  return [
    `Drafted ${summary.events} events and ${summary.places} places into ${folder}`,
    `  places resolved: ${summary.resolved} of ${summary.places}; left for review (no position): ${summary.unresolved}`,
    `  events with an approximate date: ${summary.approximateDates}; without an actor: ${summary.withoutActors}`,
    `  items for review first: ${summary.forReview} (every item is marked "review": "draft")`,
  ].join('\n');
}
