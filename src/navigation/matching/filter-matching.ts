/**
 * What a filter needs once there is one, in one chunk loaded on demand (state/filtered-steps.svelte.ts): the steps
 * it lets through, and stepping from match to match. A first view without a filter never loads it.
 */
export { filterSteps } from './event-matcher.ts';
export { matchAt, matchLabel, nextMatch, previousMatch, reduceWithinMatches } from './match-stepping.ts';
