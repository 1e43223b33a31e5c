/**
 * Start the map at page load, before the story is fetched and validated: the GL context, the basemap archive,
 * the style and the workers' copy of its layers are ready by the time the story's framing is known. MapView
 * takes the map over (`adopt`), places it in the page, frames it and adds the story's layers.
 *
 * Until then the map sits in a hidden host with no size, so it draws nothing the reader could see (no world view
 * flying in to the story's frame). With no size MapLibre still asks for the tiles under its centre; at zoom 0
 * that is the world's tile (28 KB, decoded for nothing), so the waiting camera is on open ocean at a zoom where
 * the archive holds no tile: nothing is fetched before the real camera is set.
 */
import { GPUInitializationError, Map as MapLibreMap, type ErrorEvent } from 'maplibre-gl';
import { ZOOM_LIMITS } from '../navigation/camera.ts';
import { basemapStyle } from './basemap/style.ts';
import { loadBasemap, type Basemap } from './basemap/basemap.ts';
// Sets the worker URL before any map exists (main.ts also starts the workers early).
import './warm-up.ts';

/** The South Pacific at zoom 6: no land, so no basemap tile (see above). */
const WAITING_CAMERA = { center: [-150, -45] as [number, number], zoom: 6 };

/** The started map, or why there is none. */
export type StartedMap =
  | {
      ok: true;
      map: MapLibreMap;
      basemap: Basemap;
      /** Resolves once the style is loaded: sources and layers can be added. */
      styleLoaded: Promise<void>;
      /** Map errors go here once someone listens; those raised before are replayed to the first listener. */
      onError: (listener: (event: ErrorEvent) => void) => void;
    }
  | { ok: false; reason: string };

export interface MapStart {
  /** The element holding the map's canvas, for MapView to place in the page. */
  readonly host: HTMLDivElement;
  readonly started: Promise<StartedMap>;
  /** Remove the map and its host (the story failed to load, or its view was destroyed). */
  discard(): void;
}

/**
 * Create the map now, hidden and without a size, with the basemap's style.
 * @returns the host element and a promise of the map; never rejects
 */
export function startMap(): MapStart {
  const host = document.createElement('div');
  host.className = 'map-host';
  // Hidden and sizeless until MapView places it: MapView's stylesheet gives it the map area's size.
  host.style.cssText = 'position:absolute;width:0;height:0;visibility:hidden;overflow:hidden';
  document.body.append(host);
  let discarded = false;
  let created: MapLibreMap | undefined;

  // No probe context first: MapLibre's own context creation says whether WebGL 2 is there (see the catch below).
  // A throwaway context costs a software-GL browser a second context's set-up on the way to the first frame.
  const started = (async (): Promise<StartedMap> => {
    const basemap = await loadBasemap();
    if (discarded) return { ok: false, reason: 'The map was removed before it started.' };
    performance.mark('situation-map:map-created');
    const map = new MapLibreMap({
      container: host,
      // The story's credit joins Natural Earth's once the story is known (MapView's attribution control).
      style: basemapStyle(basemap),
      ...WAITING_CAMERA,
      attributionControl: false,
      ...ZOOM_LIMITS,
      // The story jumps between far-apart zooms (world ↔ a compound), so MapLibre's default tile cache (5 zoom
      // levels' worth per source) only fills, step after step; our sources are local GeoJSON that re-tiles
      // in milliseconds. Measured in `npm run bench`: heap after 200 steps 1.03× that after 20 (was 1.15×).
      maxTileCacheZoomLevels: 1,
      // And at most 4 tiles out of view per source (one zoom level's worth is 9 at 1280×800). The basemap's
      // tiles hold about 100 KB of heap each, and every step's flight passes other zooms, so the cache filled
      // with tiles no later step asked for: 15 settled steps back and forth made the same ~430 tile requests
      // and took as long with 9 as with 4, while the heap after 200 steps fell from 1.07× that after 20 to 1.04×.
      maxTileCacheSize: 4,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      // Embedded in a page on a touch screen, one finger scrolls the page and two move the map.
      cooperativeGestures: window.self !== window.top && window.matchMedia('(pointer: coarse)').matches,
    });
    created = map;
    map.touchZoomRotate.disableRotation();
    const styleLoaded = new Promise<void>((resolve) =>
      map.once('style.load', () => {
        performance.mark('situation-map:style-loaded');
        resolve();
      }),
    );
    // Until MapView listens, errors wait here; without any listener MapLibre would log them itself.
    const early: ErrorEvent[] = [];
    let listener: ((event: ErrorEvent) => void) | undefined;
    map.on('error', (event) => (listener ? listener(event) : early.push(event)));
    const onError = (next: (event: ErrorEvent) => void) => {
      listener = next;
      early.splice(0).forEach(next);
    };
    return { ok: true, map, basemap, styleLoaded, onError };
  })().catch((error: unknown): StartedMap => ({
    ok: false,
    reason:
      error instanceof GPUInitializationError
        ? 'This map needs WebGL 2, which this browser has turned off or does not support.'
        : `The map could not start: ${(error as Error).message}`,
  }));

  return {
    host,
    started,
    discard() {
      discarded = true;
      created?.remove();
      host.remove();
    },
  };
}
