/**
 * One window of a long story's steps on the map at a time (see scene/step-window.ts): the place sources hold the
 * current window's places only, and change once per window. They used to hold every place, with the window as a
 * filter: at 10,000 events that put 500 places and their uncertainty circles through the workers' tiling before the
 * first idle (the filter only kept them out of the layout), and kept their tiles in memory.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../story/schema.ts';

/** A map's windowed places: all of them, the windows each is named in, how to put a set on the map, and which is. */
interface WindowedPlaces {
  places: readonly PlaceFeature[];
  windows: ReadonlyMap<string, ReadonlySet<number>>;
  show: (places: readonly PlaceFeature[]) => void;
  shown: number | undefined;
}

const windowed = new WeakMap<MapLibreMap, WindowedPlaces>();

/**
 * The places a window draws: those its steps name; every place when there is no window (a short story).
 * @param windows - the windows each place is named in (scene/step-window.ts placeWindows)
 */
export function placesInWindow(
  places: readonly PlaceFeature[],
  windows: ReadonlyMap<string, ReadonlySet<number>>,
  window: number | undefined,
): readonly PlaceFeature[] {
  if (window === undefined) return places;
  return places.filter((place) => windows.get(place.properties.id)?.has(window));
}

/**
 * Put the places of a window on a map, and remember how to put another's there (setStepWindow).
 * @param show - puts a set of places in the map's place sources
 * @param window - the window to start with (undefined: a story drawn whole)
 */
export function showPlacesByWindow(
  map: MapLibreMap,
  places: readonly PlaceFeature[],
  windows: ReadonlyMap<string, ReadonlySet<number>>,
  show: (places: readonly PlaceFeature[]) => void,
  window: number | undefined,
): void {
  windowed.set(map, { places, windows, show, shown: window });
  show(placesInWindow(places, windows, window));
}

/**
 * Draw the places of this window only (see scene/step-window.ts); undefined draws every place. The sources change
 * only when the window does, since each change tiles and lays the places out again.
 */
export function setStepWindow(map: MapLibreMap, window: number | undefined): void {
  const state = windowed.get(map);
  if (!state || state.shown === window) return;
  state.shown = window;
  state.show(placesInWindow(state.places, state.windows, window));
}
