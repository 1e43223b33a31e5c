/**
 * The live map, published to child components (layers added by later features) through a context, as
 * svelte-maplibre-gl does: a Symbol key and a raw (non-proxied) holder.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const MAP_CONTEXT = Symbol('situation-map');

export interface MapHolder {
  /** The map once its style and the place layers are ready, else null. */
  readonly map: MapLibreMap | null;
  /**
   * The map's element in the page (`#map`), which carries its state for tests and inspection (`data-camera`,
   * `data-scene`). Not `map.getContainer()`: the map is started before the page and lives in a host inside it.
   */
  readonly element: HTMLElement | undefined;
}

export function setMapContext(holder: MapHolder): void {
  setContext(MAP_CONTEXT, holder);
}

export function getMapContext(): MapHolder {
  const holder = getContext<MapHolder | undefined>(MAP_CONTEXT);
  if (!holder) throw new Error('map layers must be placed inside <MapView>');
  return holder;
}
