/**
 * What a link may name in a story: its events, places and actors, and the map's zoom range (the link codec's
 * limits, passed in so the codec stays a pure function of its inputs).
 */
import type { StoryModel } from '../story/model.ts';
import { ZOOM_LIMITS } from './camera.ts';
import type { LinkLimits } from './link-state.ts';

/**
 * The limits of links into this story. Each set is made when a link first needs it: most links name no event and
 * no filter, and at 50,000 events the sets cost the first idle tens of milliseconds.
 */
export function linkLimitsOf(model: StoryModel): LinkLimits {
  let eventIds: ReadonlySet<string> | undefined;
  let placeIds: ReadonlySet<string> | undefined;
  let actors: ReadonlySet<string> | undefined;
  return {
    get eventIds() {
      return (eventIds ??= new Set(model.steps.map((step) => step.id)));
    },
    get placeIds() {
      return (placeIds ??= new Set(model.places.map((place) => place.properties.id)));
    },
    get actors() {
      return (actors ??= new Set(model.steps.flatMap((step) => step.actors)));
    },
    ...ZOOM_LIMITS,
  };
}
