/**
 * `npm run basemap`: rebuild the offline basemap archive (basemap/natural-earth.pmtiles) from Natural Earth:
 * the 1:10m / 1:50m layers in ../shared/naturalearth/ (or NATURAL_EARTH_DIR) and world-atlas's land. The archive
 * is committed, so building and running the app never needs this script nor ../shared/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARCHIVE_MAX_ZOOM, naturalEarthLayers } from '../build/basemap/natural-earth.ts';
import { tileLayers } from '../build/basemap/tiler.ts';
import { writePmtiles } from '../build/basemap/pmtiles-writer.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const folder = resolve(process.env.NATURAL_EARTH_DIR ?? resolve(ROOT, '../shared/naturalearth'));
const output = resolve(ROOT, 'basemap/natural-earth.pmtiles');

const started = Date.now();
const layers = naturalEarthLayers(folder);
const tiles = tileLayers(layers, 0, ARCHIVE_MAX_ZOOM);
const archive = writePmtiles(tiles, {
  metadata: {
    name: 'Natural Earth basemap',
    attribution: 'Natural Earth',
    description: 'Natural Earth 1:10m / 1:50m / 1:110m (public domain), via world-atlas and naturalearthdata.com',
    vector_layers: layers.map((layer) => ({ id: layer.name, fields: {} })),
  },
  bounds: [-180, -85.0511, 180, 85.0511],
  center: [44, 33, 4],
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, archive);

const perZoom = new Map<number, { count: number; bytes: number; max: number }>();
for (const tile of tiles) {
  const size = gzipSync(tile.data).length;
  const entry = perZoom.get(tile.z) ?? { count: 0, bytes: 0, max: 0 };
  perZoom.set(tile.z, { count: entry.count + 1, bytes: entry.bytes + size, max: Math.max(entry.max, size) });
}
for (const [z, { count, bytes, max }] of [...perZoom].sort((a, b) => a[0] - b[0])) {
  console.log(`z${z}: ${count} tiles, ${(bytes / 1024).toFixed(0)} KiB gzip, largest ${(max / 1024).toFixed(1)} KiB`);
}
console.log(
  `${output}: ${(archive.length / 1024 / 1024).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
