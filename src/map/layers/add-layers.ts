/**
 * Adding our own layers without MapLibre's run-time validation. `map.addLayer` validates each layer against the
 * style spec, and to do so serialises the whole style, basemap included, once per layer added: for the story's
 * layers that was about 70 ms of main-thread time on the way to the first view. Our layer specs are fixed code, so
 * they are validated once, in the unit tests (tests/map/layer-specs.test.ts), not on every reader's page.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** Add the layers in order, on top (or below `beforeId`), unvalidated; the map updates once. */
export function addLayersUnvalidated(map: MapLibreMap, layers: readonly LayerSpecification[], beforeId?: string): void {
  for (const layer of layers) map.style.addLayer(layer, beforeId, { validate: false });
  // What map.addLayer does after adding: mark the style changed and ask for a frame.
  map._update(true);
}
