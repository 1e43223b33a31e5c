/**
 * A blank map image for symbols that only hold room in MapLibre's label placement: circles (place dots, impacts,
 * the crowd) take no part in collision detection, so an invisible icon of their size stands in for them and
 * labels are laid out around it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const KEEP_CLEAR_IMAGE = 'keep-clear-mark';
/** Side of the blank image in pixels: a place dot with its outline (radius 4.5 + stroke 2) and a little air. */
export const KEEP_CLEAR_SIZE_PX = 16;

/** Add the blank image once; raw pixels need no decoding, so layers can use it as soon as they are added. */
export function addKeepClearImage(map: MapLibreMap): void {
  if (map.hasImage(KEEP_CLEAR_IMAGE)) return;
  const side = KEEP_CLEAR_SIZE_PX;
  map.addImage(KEEP_CLEAR_IMAGE, { width: side, height: side, data: new Uint8Array(side * side * 4) });
}
