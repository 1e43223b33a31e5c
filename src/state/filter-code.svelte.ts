/**
 * The filter's code, loaded on demand (navigation/matching/filter-matching.ts): reading and writing a filter in a link,
 * the steps it lets through, and stepping from match to match. A first view without a filter never loads it; a link
 * naming one loads it before the story shows (see App), a reader's first search when they type it.
 */
import type * as FilterMatching from '../navigation/matching/filter-matching.ts';
import { onDemand } from '../lib/on-demand.ts';

export type FilterCode = typeof FilterMatching;

/** State: what reads it (the link's address, the matches) updates when the code arrives. */
let loaded = $state.raw<FilterCode | undefined>();

/** The filter's code once loaded; undefined until then. */
export function filterCode(): FilterCode | undefined {
  return loaded;
}

/** Load the filter's code, shared by every caller (see lib/on-demand.ts for what a failed load leaves behind). */
export const loadFilterCode = onDemand(() =>
  import('../navigation/matching/filter-matching.ts').then((module) => (loaded = module)),
);
