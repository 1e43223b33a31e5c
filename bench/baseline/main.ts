/**
 * The benchmark's baseline: a bare MapLibre page with exactly the app's basemap and nothing else, framed on
 * the app's first view.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, loadBasemap } from '../../src/map/basemap.ts';

setWorkerUrl(workerUrl);

// The benchmark passes the app's map size, so both draw the same number of pixels.
const size = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
for (const side of ['width', 'height'] as const) {
  const pixels = Number(size.get(side));
  if (pixels > 0) container.style[side] = `${pixels}px`;
}

const basemap = await loadBasemap();
const map = new MapLibreMap({
  container: 'map',
  style: basemapStyle(basemap, 'baseline'),
  bounds: [44.1, 35.35, 44.5, 35.65],
  renderWorldCopies: false,
});
map.once('idle', () => performance.mark('situation-map:first-idle'));
Object.defineProperty(window, 'situationMap', { value: map });
