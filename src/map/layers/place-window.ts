/**
 * One window of a long story's steps on the map at a time (see scene/step-window.ts): a global state names the
 * window, and the place layers draw a place only while its windows hold it, so changing windows uploads no data.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { windowToken } from '../../scene/step-window.ts';

/**
 * The current step's window (see scene/step-window.ts) as its token, or none for a story drawn whole: a place is
 * drawn when its `windows` holds the token. The empty token is in every string, so no window draws every place.
 */
const STEP_WINDOW_STATE = 'stepWindow';
export const inStepWindow = [
  'in',
  ['coalesce', ['global-state', STEP_WINDOW_STATE], ''],
  ['coalesce', ['get', 'windows'], ''],
] as unknown as ExpressionSpecification;

/** The window token each map was last given. */
const shownWindow = new WeakMap<MapLibreMap, string | null>();

/**
 * Draw the places of this window only (see scene/step-window.ts); undefined draws every place. A global state, so
 * the data is not uploaded again; set only when the window changes, since each change lays the labels out again.
 */
export function setStepWindow(map: MapLibreMap, window: number | undefined): void {
  const token = window === undefined ? null : windowToken(window);
  if (shownWindow.get(map) === token) return;
  shownWindow.set(map, token);
  map.setGlobalStateProperty(STEP_WINDOW_STATE, token);
}

/** A new map, or new sources: no window yet, every place drawn. */
export function resetStepWindow(map: MapLibreMap): void {
  map.setGlobalStateProperty(STEP_WINDOW_STATE, null);
  shownWindow.set(map, null);
}
