/**
 * What a link may name in a story: its events, places and actors, and the map's zoom range (the link codec's
 * limits, passed in so the codec stays a pure function of its inputs).
 */
import type { StoryModel } from '../story/model.ts';
import { ZOOM_LIMITS } from './camera.ts';
import type { LinkLimits } from './link-state.ts';

/** The limits of links into this story. */
export function linkLimitsOf(model: StoryModel): LinkLimits {
  return {
    eventIds: new Set(model.steps.map((step) => step.id)),
    placeIds: new Set(model.places.map((place) => place.properties.id)),
    actors: new Set(model.steps.flatMap((step) => step.actors)),
    ...ZOOM_LIMITS,
  };
}
