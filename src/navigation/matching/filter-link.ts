/**
 * The filter's part of the link codec (navigation/link-state.ts): reading `?q=…&from=…&to=…&kind=…&actor=…&at=…`
 * with the limits passed in, and writing it back. Not first-view code: it loads with the filter's matching
 * (filter-matching.ts), before the story shows when the link names a filter (see App), else when a reader first
 * types a search.
 */
import type { EventKind } from '../../story/schema.ts';
import { EVENT_KINDS } from '../../story/vocabulary.ts';
import type { EventFilter, FilterKey, FilterLimits } from '../event-filter.ts';
import { shorten, type LinkProblem, type LinkProblemKind } from '../link-state.ts';

/** Longer search text is refused: nobody types more, and a notice must stay short. */
export const MAX_FILTER_TEXT = 200;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: `2020-02-30` is not one. */
function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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

/**
 * The filter as the link keeps it, from the reader's fields: a part left empty is dropped, and a filter that leaves
 * nothing out is none.
 * @param filter - the filter as the fields give it
 * @returns a new filter, or undefined for none
 */
export function keptFilter(filter: EventFilter): EventFilter | undefined {
  const kept: EventFilter = { ...filter };
  for (const key of Object.keys(kept) as (keyof EventFilter)[]) {
    const value = kept[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete kept[key];
  }
  return isFilterActive(kept) ? kept : undefined;
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

/** A filter value that could not be used: the notice names the key as the reader sees it in the link. */
function filterMessage(kind: LinkProblemKind, key: string, raw: string): LinkProblem {
  const value = shorten(raw);
  const what: Record<LinkProblemKind, string> = {
    'unknown-id': `The filter “${key}=${value}” names nothing in this story`,
    malformed: `The filter “${key}=${value}” could not be read`,
    'out-of-range': `The filter's dates are the wrong way round (${value})`,
    duplicate: `This link names more than one “${key}” filter`,
    empty: `This link names an empty “${key}” filter`,
    'too-long': `The “${key}” filter in this link is too long`,
  };
  return { part: 'filter', kind, value, message: `${what[kind]} — showing every event.` };
}

/**
 * The filter a link names, for the link codec: parseEventFilter, with its first problem as the notice a link's
 * problem is.
 * @param params - the link's query
 * @param limits - the story's actors and place ids
 */
export function readLinkFilter(
  params: URLSearchParams,
  limits: FilterLimits,
): { filter?: EventFilter; problem?: LinkProblem } {
  const read = parseEventFilter(params, limits);
  const first = read.problems[0];
  if (!first) return read.filter ? { filter: read.filter } : {};
  const kind = first.kind === 'unknown' ? 'unknown-id' : first.kind === 'out-of-order' ? 'out-of-range' : first.kind;
  return { problem: filterMessage(kind, first.key, first.value) };
}
