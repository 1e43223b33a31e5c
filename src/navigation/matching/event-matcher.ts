/**
 * The test a filter (event-filter.ts) puts each event through, and the steps it lets through. Not first-view code:
 * it loads with match stepping (filter-matching.ts) once a reader types a search or a link names a filter.
 */
import { eventSortKey } from '../../story/dates.ts';
import type { StoryEvent } from '../../story/schema.ts';
import type { EventFilter } from '../event-filter.ts';

/** Lower case without accents, so that "Sao Paulo" finds "São Paulo" and the reverse. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A test for one event, built once per filter (the words folded once, not per event).
 * @param filter - the filter; an empty one lets every event through
 * @param placeName - a place's name by id, for the text search (ids themselves are not searched)
 * @returns whether an event passes
 */
export function eventMatcher(
  filter: EventFilter,
  placeName: (id: string) => string | undefined = () => undefined,
): (event: StoryEvent) => boolean {
  const words = foldText(filter.text ?? '')
    .split(/\s+/)
    .filter((word) => word !== '');
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set<string>(filter.kinds) : undefined;
  return (event) => {
    if (kinds && !kinds.has(event.kind)) return false;
    if (filter.actor !== undefined && !event.actors.includes(filter.actor)) return false;
    if (filter.place !== undefined && !event.places.includes(filter.place)) return false;
    // The event's local calendar day, as the list shows it (eventSortKey gives a month its first day).
    const day = eventSortKey(event).slice(0, 10);
    if (filter.from !== undefined && day < filter.from) return false;
    if (filter.to !== undefined && day > filter.to) return false;
    if (words.length === 0) return true;
    const haystack = foldText(
      [event.title, event.summary, ...event.actors, ...event.places.map((id) => placeName(id) ?? '')].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  };
}

/**
 * The indexes of the steps a filter lets through, in order.
 * @param steps - the story's steps
 * @param filter - the filter
 * @param placeName - a place's name by id, for the text search
 */
export function filterSteps(
  steps: readonly StoryEvent[],
  filter: EventFilter,
  placeName?: (id: string) => string | undefined,
): number[] {
  const matches = eventMatcher(filter, placeName);
  const indexes: number[] = [];
  steps.forEach((step, index) => {
    if (matches(step)) indexes.push(index);
  });
  return indexes;
}
