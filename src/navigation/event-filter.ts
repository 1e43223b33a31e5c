/**
 * Finding events among thousands: a filter by text, date range, kind, actor and place, as pure functions. The
 * filter is part of the link (`?q=…&from=…&to=…&kind=…&actor=…&at=…`): parsed and validated here with the limits
 * passed in, as the link codec does for its other keys, so a filtered view is shareable and a bad value is
 * reported, never guessed at. The test each event goes through is in event-matcher.ts: it loads only once there is
 * a filter.
 */
import type { EventKind } from '../story/schema.ts';
import { EVENT_KINDS } from '../story/vocabulary.ts';

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
/** Longer search text is refused: nobody types more, and a notice must stay short. */
export const MAX_FILTER_TEXT = 200;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a link's query names any filter key (valid or not): such a link needs the filter's matching at once.
 * @param search - `location.search`, with or without `?`
 */
export function linkNamesFilter(search: string): boolean {
  const params = new URLSearchParams(search);
  return FILTER_KEYS.some((key) => params.has(key));
}

/** Whether the filter leaves anything out. */
export function isFilterActive(filter: EventFilter): boolean {
  return (
    (filter.text?.trim() ?? '') !== '' ||
    filter.from !== undefined ||
    filter.to !== undefined ||
    (filter.kinds?.length ?? 0) > 0 ||
    filter.actor !== undefined ||
    filter.place !== undefined
  );
}

/** A real calendar day: `2020-02-30` is not one. */
function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Why a filter value in a link could not be used. */
export interface FilterProblem {
  key: FilterKey;
  kind: 'malformed' | 'unknown' | 'duplicate' | 'too-long' | 'out-of-order';
  value: string;
}

/**
 * Read the filter from a link's parameters. Any bad value rejects the whole filter (a partly applied filter would
 * show a view nobody asked for): the caller shows every event and a notice.
 * @param params - the link's query
 * @param limits - the story's actors and place ids
 * @returns the filter (undefined when the link has none or a bad one) and what was wrong
 */
export function parseEventFilter(
  params: URLSearchParams,
  limits: FilterLimits,
): { filter?: EventFilter; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const filter: EventFilter = {};
  const single = (key: FilterKey): string | undefined => {
    const values = params.getAll(key);
    if (values.length === 0) return undefined;
    if (values.length > 1) return void problems.push({ key, kind: 'duplicate', value: values.join(', ') });
    const value = values[0]!;
    if (value.length > MAX_FILTER_TEXT) return void problems.push({ key, kind: 'too-long', value });
    return value;
  };

  const text = single('q');
  if (text !== undefined && text.trim() !== '') filter.text = text;
  for (const key of ['from', 'to'] as const) {
    const day = single(key);
    if (day === undefined) continue;
    if (isRealDay(day)) filter[key] = day;
    else problems.push({ key, kind: 'malformed', value: day });
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    problems.push({ key: 'to', kind: 'out-of-order', value: `${filter.from} – ${filter.to}` });
  }
  const kinds = single('kind');
  if (kinds !== undefined) {
    const named = kinds.split(',');
    const known = new Set<string>(EVENT_KINDS);
    const unknown = named.filter((kind) => !known.has(kind));
    if (unknown.length > 0) problems.push({ key: 'kind', kind: 'unknown', value: unknown.join(',') });
    else filter.kinds = [...new Set(named)] as EventKind[];
  }
  const actor = single('actor');
  if (actor !== undefined) {
    if (limits.actors.has(actor)) filter.actor = actor;
    else problems.push({ key: 'actor', kind: 'unknown', value: actor });
  }
  const place = single('at');
  if (place !== undefined) {
    if (limits.placeIds.has(place)) filter.place = place;
    else problems.push({ key: 'at', kind: 'unknown', value: place });
  }
  if (problems.length > 0) return { problems };
  return isFilterActive(filter) ? { filter, problems } : { problems };
}

/**
 * The filter as link parameters, in FILTER_KEYS order; an empty filter writes none.
 * @param filter - the filter
 * @returns key–value pairs to append to the query
 */
export function formatEventFilter(filter: EventFilter | undefined): [FilterKey, string][] {
  if (!filter) return [];
  const pairs: [FilterKey, string][] = [];
  const text = filter.text?.trim() ?? '';
  if (text !== '') pairs.push(['q', filter.text!]);
  if (filter.from !== undefined) pairs.push(['from', filter.from]);
  if (filter.to !== undefined) pairs.push(['to', filter.to]);
  if (filter.kinds && filter.kinds.length > 0) pairs.push(['kind', filter.kinds.join(',')]);
  if (filter.actor !== undefined) pairs.push(['actor', filter.actor]);
  if (filter.place !== undefined) pairs.push(['at', filter.place]);
  return pairs;
}
