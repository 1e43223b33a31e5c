/**
 * Finding events among thousands: a filter by text, date range, kind, actor and place, as pure functions. The
 * filter is part of the link (`?q=…&from=…&to=…&kind=…&actor=…&at=…`): parsed and validated here with the limits
 * passed in, as the link codec does for its other keys, so a filtered view is shareable and a bad value is
 * reported, never guessed at. Reading and writing it (matching/filter-link.ts) and the test each event goes through
 * (matching/event-matcher.ts) load only once there is a filter.
 */
import type { EventKind } from '../story/schema.ts';

export interface EventFilter {
  /** Words that must all appear in the event's title, summary, actors or place names (any case, any accents). */
  text?: string;
  /** The first day shown, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** The last day shown, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** Kinds shown; none named means every kind. */
  kinds?: readonly EventKind[];
  /** One actor, exactly as the story names it. */
  actor?: string;
  /** One place id: events that name it. */
  place?: string;
}

/** What a filter in a link is checked against: the story's own actors and places. */
export interface FilterLimits {
  actors: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
}

/** The link's keys for the filter, in the order they are written. */
export const FILTER_KEYS = ['q', 'from', 'to', 'kind', 'actor', 'at'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Whether a link's query names any filter key (valid or not): such a link needs the filter's matching at once.
 * @param search - `location.search`, with or without `?`
 */
export function linkNamesFilter(search: string): boolean {
  const params = new URLSearchParams(search);
  return FILTER_KEYS.some((key) => params.has(key));
}
