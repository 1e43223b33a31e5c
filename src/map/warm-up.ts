/**
 * Start what the map needs before the story is ready, so that neither waits on the other: the worker pool
 * (whose script MapLibre otherwise fetches only once the map exists) and the basemap download.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { loadBasemap } from './basemap/basemap.ts';

// MapLibre 6 ships its worker as a separate file that the bundle does not emit by itself.
setWorkerUrl(workerUrl);

export function warmUpMap(): void {
  prewarm();
  // Memoised: the map picks up the same promise, which never rejects (a failure is a notice on the map).
  void loadBasemap();
}
