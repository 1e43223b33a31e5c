/**
 * The steps the link's filter lets through (search and filters of the event list), and the places' names the search
 * reads: the list, its search box and the timeline share them.
 */
import type { StoryModel } from '../story/model.ts';
import { filterSteps, type EventFilter } from '../navigation/event-filter.ts';

export interface FilteredSteps {
  /** Places' ids and names, for the search (it searches names, not ids). */
  readonly placeNames: { id: string; name: string }[];
  /** The indexes of the steps the filter lets through, in order; undefined when nothing is filtered. */
  readonly shownSteps: number[] | undefined;
}

export function useFilteredSteps(model: StoryModel, link: { readonly filter: EventFilter | undefined }): FilteredSteps {
  const placeNames = model.places.map((place) => ({ id: place.properties.id, name: place.properties.name }));
  const nameById: Record<string, string> = Object.fromEntries(placeNames.map((place) => [place.id, place.name]));
  const shownSteps = $derived(link.filter ? filterSteps(model.steps, link.filter, (id) => nameById[id]) : undefined);
  return {
    placeNames,
    get shownSteps() {
      return shownSteps;
    },
  };
}
