/**
 * The benchmark's baseline: a bare MapLibre page with exactly the app's basemap style and nothing else, at the app's
 * map size and first camera (the benchmark reads both from the app and passes them in the query).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle } from '../../src/map/basemap/style.ts';
import { loadBasemap } from '../../src/map/basemap/basemap.ts';

setWorkerUrl(workerUrl);

// The benchmark passes the app's map size, so both draw the same number of pixels.
const query = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
for (const side of ['width', 'height'] as const) {
  const pixels = Number(query.get(side));
  if (pixels > 0) container.style[side] = `${pixels}px`;
}
// …and the app's first camera, so both draw the same tiles; without one, about the app's first view (K-1).
const [lng, lat] = (query.get('center') ?? '').split(',').map(Number);
const zoom = Number(query.get('zoom'));
const camera =
  Number.isFinite(lng) && Number.isFinite(lat) && query.has('zoom') && Number.isFinite(zoom)
    ? { center: [lng!, lat!] as [number, number], zoom }
    : { bounds: [44.1, 35.35, 44.5, 35.65] as [number, number, number, number] };

const basemap = await loadBasemap();
const map = new MapLibreMap({
  container: 'map',
  // The app's style exactly: the app's map also starts without the story's credit in it.
  style: basemapStyle(basemap),
  ...camera,
  renderWorldCopies: false,
});
map.once('idle', () => performance.mark('situation-map:first-idle'));
Object.defineProperty(window, 'situationMap', { value: map });
