/**
 * The steps the link's filter lets through (search and filters of the event list), and the places' names the search
 * reads: the list, its search box and the timeline share them. The matching and match stepping are the filter's code,
 * loaded on demand (state/filter-code.svelte.ts): the link has a filter only once it is in.
 */
import type { StoryModel } from '../story/model.ts';
import type { EventFilter } from '../navigation/event-filter.ts';
import { filterCode, type FilterCode } from './filter-code.svelte.ts';

/** A filter's matches and the code that steps through them (the Next and Previous buttons, the timeline). */
export interface FilterMatches {
  /** The indexes of the steps the filter lets through, in order. */
  readonly matches: readonly number[];
  readonly stepping: FilterCode;
}

export interface FilteredSteps {
  /** Places' ids and names, for the search (it searches names, not ids). */
  readonly placeNames: { id: string; name: string }[];
  /** The indexes of the steps the filter lets through, in order; undefined when nothing is filtered. */
  readonly shownSteps: number[] | undefined;
  /** The same matches with the code to step through them: there whenever shownSteps is. */
  readonly within: FilterMatches | undefined;
}

export function useFilteredSteps(model: StoryModel, link: { readonly filter: EventFilter | undefined }): FilteredSteps {
  const placeNames = model.places.map((place) => ({ id: place.properties.id, name: place.properties.name }));
  const nameById: Record<string, string> = Object.fromEntries(placeNames.map((place) => [place.id, place.name]));
  const code = $derived(link.filter && filterCode());
  const shownSteps = $derived(
    link.filter && code ? code.filterSteps(model.steps, link.filter, (id) => nameById[id]) : undefined,
  );
  const within: FilterMatches | undefined = $derived(
    shownSteps && code ? { matches: shownSteps, stepping: code } : undefined,
  );
  return {
    placeNames,
    get shownSteps() {
      return shownSteps;
    },
    get within() {
      return within;
    },
  };
}
