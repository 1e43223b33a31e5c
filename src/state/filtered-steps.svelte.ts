/**
 * The steps the link's filter lets through (search and filters of the event list), and the places' names the search
 * reads: the list, its search box and the timeline share them. The matching and match stepping are not first-view
 * code: they load when there is first a filter (navigation/matching/filter-matching.ts); a page opened from a link with a filter
 * loads them before it shows the story (see App), so it opens filtered.
 */
import type { StoryModel } from '../story/model.ts';
import type { EventFilter } from '../navigation/event-filter.ts';
import type * as Matching from '../navigation/matching/filter-matching.ts';
import { loadFailure, onDemand } from '../lib/on-demand.ts';

/** The matching code once loaded: a view created after the load filters in its first frame. */
let loaded = $state.raw<typeof Matching | undefined>();

/** Load the filter's matching and match stepping (shared by every caller; a failure is tried again next time). */
export const loadMatching = onDemand(() =>
  import('../navigation/matching/filter-matching.ts').then((module) => (loaded = module)),
);

/** A filter's matches and the code that steps through them (the Next and Previous buttons, the timeline). */
export interface FilterMatches {
  /** The indexes of the steps the filter lets through, in order. */
  readonly matches: readonly number[];
  readonly stepping: typeof Matching;
}

export interface FilteredSteps {
  /** Places' ids and names, for the search (it searches names, not ids). */
  readonly placeNames: { id: string; name: string }[];
  /**
   * The indexes of the steps the filter lets through, in order; undefined when nothing is filtered (and while the
   * matching's code loads).
   */
  readonly shownSteps: number[] | undefined;
  /** The same matches with the code to step through them: there whenever shownSteps is. */
  readonly within: FilterMatches | undefined;
  /** Why the filter could not be applied (its code did not load); empty when it could. */
  readonly failure: string;
}

/** Call during component initialisation (it creates an effect). */
export function useFilteredSteps(model: StoryModel, link: { readonly filter: EventFilter | undefined }): FilteredSteps {
  const placeNames = model.places.map((place) => ({ id: place.properties.id, name: place.properties.name }));
  const nameById: Record<string, string> = Object.fromEntries(placeNames.map((place) => [place.id, place.name]));
  const shownSteps = $derived(
    link.filter && loaded ? loaded.filterSteps(model.steps, link.filter, (id) => nameById[id]) : undefined,
  );
  const within: FilterMatches | undefined = $derived(
    shownSteps && loaded ? { matches: shownSteps, stepping: loaded } : undefined,
  );
  let failure = $state('');
  $effect(() => {
    if (!link.filter || loaded) return;
    loadMatching().then(
      () => (failure = ''),
      (error: unknown) => (failure = loadFailure('The search', error)),
    );
  });
  return {
    placeNames,
    get shownSteps() {
      return shownSteps;
    },
    get within() {
      return within;
    },
    get failure() {
      return failure;
    },
  };
}
