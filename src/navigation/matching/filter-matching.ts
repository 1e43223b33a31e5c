/**
 * What a filter needs once there is one, in one chunk loaded on demand (state/filter-code.svelte.ts): reading and
 * writing it in a link, the steps it lets through, and stepping from match to match. A first view without a filter
 * never loads it.
 */
export { formatEventFilter, keptFilter, readLinkFilter } from './filter-link.ts';
export { filterSteps } from './event-matcher.ts';
export { matchForKey, matchLabel, nextMatch, previousMatch, reduceWithinMatches } from './match-stepping.ts';
