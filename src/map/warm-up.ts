/**
 * Start what the map needs before the story is ready, so that neither waits on the other: the worker pool
 * (whose script MapLibre otherwise fetches only once the map exists) and the basemap download.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { loadBasemapTopology } from './basemap.ts';

// MapLibre 6 ships its worker as a separate file that the bundle does not emit by itself.
setWorkerUrl(workerUrl);

export function warmUpMap(): void {
  prewarm();
  // Errors surface when the map asks for the basemap again (the promise is memoised).
  loadBasemapTopology().catch(() => undefined);
}
