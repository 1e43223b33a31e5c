/**
 * What the map frames and highlights, derived from the story's state: a camera from a link wins; otherwise a place
 * when its panel is open, else what the step's framing rule frames (navigation/event-frame.ts). What a link opened appears at once; what the
 * reader chose, the camera travels to.
 */
import type { StoryModel } from '../story/model.ts';
import { placesOfEvent } from '../story/model.ts';
import { placesBounds } from '../scene/geometry.ts';
import type { ViewRequest } from '../navigation/camera.ts';
import { frameEvent } from '../navigation/event-frame.ts';
import type { StoryState } from './story-state.svelte.ts';
import type { MapStep } from './map-step.svelte.ts';

export interface Framing {
  readonly view: ViewRequest;
  /** The places the map highlights. */
  readonly highlightedIds: string[];
}

export function useFraming(model: StoryModel, story: StoryState, mapStep: MapStep): Framing {
  const mapPlaces = $derived(placesOfEvent(model, model.steps[mapStep.index]!));
  /**
   * The whole story's area, a fallback only: computed when first needed, not at mount (every approximate place's
   * circle, about 330 of them at 10,000 events, on the way to the map's first frame).
   */
  let storyBounds: ReturnType<typeof placesBounds>;
  const wholeStoryBounds = () => (storyBounds ??= placesBounds(model.places)!);
  const view: ViewRequest = $derived.by(() => {
    if (story.requestedCamera) return { camera: story.requestedCamera };
    const instant = story.arrivedByLink || mapStep.instant;
    if (story.openPlace) {
      const hasArea = story.openPlace.geometry.type === 'Polygon';
      return { bounds: placesBounds([story.openPlace])!, instant, hasArea };
    }
    // The step's framing rule (navigation/event-frame.ts): what its kind of event is about, at an honest zoom.
    const frame = frameEvent(model.steps[mapStep.index]!, (id) => model.placesById.get(id));
    // Every event has places (validated); the whole story's area is the fallback should one not.
    return frame ? { bounds: frame.bounds, instant, hasArea: frame.hasArea } : { bounds: wholeStoryBounds(), instant };
  });
  const highlightedIds = $derived(
    story.openPlace ? [story.openPlace.properties.id] : mapPlaces.map((place) => place.properties.id),
  );
  return {
    get view() {
      return view;
    },
    get highlightedIds() {
      return highlightedIds;
    },
  };
}
