/** Waiting for the map to settle. */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Resolves once the map has drawn again and has nothing left to load, place or fade in. The repaint makes sure an
 * `idle` comes even when the map was idle already (it fires only after a frame).
 */
export async function drawnAndIdle(map: MapLibreMap): Promise<void> {
  const idle = map.once('idle');
  map.triggerRepaint();
  await idle;
}
