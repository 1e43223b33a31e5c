/**
 * Vite plugin: `virtual:basemap-twins` exports the ids of the story's places that the built-in basemap has a twin
 * of (a town or airport of one of the place's names near it: src/map/basemap/twin-labels.ts), found at build time
 * in the archive that ships with the app; null when the story's files do not read (the page then checks every
 * place, as before). The page hides twins with a filter that every map worker compiles for every basemap place
 * layer: with every place in it, a 10,000-event story's filter (500 places) cost its first idle about 270 ms, and
 * its 1,000 places at 50,000 events more than a second. The synthetic stories' places have no twin at all.
 *
 * The record holds for the story's files as the build read them; the page uses it only for exactly those bytes
 * (the digests of virtual:validated-story), and checks every place of any other data.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import type { Plugin } from 'vite';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';
import { TWIN_DISTANCE_KM, TWIN_SOURCE_LAYERS, twinAnchor, twinNames } from '../src/map/basemap/twin-labels.ts';
import type { PlaceFeature } from '../src/story/schema.ts';
import { BASEMAP_ARCHIVE } from './basemap-archive-define.ts';

const VIRTUAL_ID = 'virtual:basemap-twins';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Beyond a twin's reach, how far a basemap point may lie and still count: the runtime test is on each zoom's tile,
 * whose positions are rounded to its grid (about 10 km at zoom 0), so a town the deepest tile puts just outside the
 * reach may fall inside at a lower zoom. Counting one place too many only costs a branch of the filter.
 */
export const TWIN_MARGIN_KM = 20;

/** The archive's bytes, read from the file as the page reads them over HTTP ranges. */
class FileSource implements Source {
  constructor(private readonly path: string) {}
  getKey() {
    return this.path;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const bytes = new Uint8Array(length);
    const file = openSync(this.path, 'r');
    try {
      const read = readSync(file, bytes, 0, length, offset);
      return { data: bytes.buffer.slice(0, read) };
    } finally {
      closeSync(file);
    }
  }
}

/** A named point of the basemap's place layers. */
interface BasemapPoint {
  name: string;
  at: Position;
}

/** The slippy-map tile of a position at zoom z. */
function tileOf([lng, lat]: Position, z: number): [number, number] {
  const n = 2 ** z;
  const rad = (Math.max(-85, Math.min(85, lat!)) * Math.PI) / 180;
  const x = Math.floor(((lng! + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/**
 * The ids of the places whose basemap twin the page must hide: a town or airport of the archive's place layers,
 * named one of the place's names, within its reach (TWIN_DISTANCE_KM beyond its uncertainty) and TWIN_MARGIN_KM.
 * @param places - the story's places
 * @param archive - the basemap archive (pmtiles) to look in
 */
export async function basemapTwinIds(places: readonly PlaceFeature[], archive = BASEMAP_ARCHIVE): Promise<string[]> {
  const pmtiles = new PMTiles(new FileSource(archive));
  const zoom = (await pmtiles.getHeader()).maxZoom;
  const tiles = new Map<string, Promise<BasemapPoint[]>>();
  const pointsOf = (x: number, y: number): Promise<BasemapPoint[]> => {
    const key = `${x}/${y}`;
    let points = tiles.get(key);
    if (!points) {
      points = pmtiles.getZxy(zoom, x, y).then((tile) => {
        if (!tile) return [];
        const layers = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers;
        return TWIN_SOURCE_LAYERS.flatMap((name) => {
          const layer = layers[name];
          if (!layer) return [];
          return Array.from({ length: layer.length }, (_, index) => layer.feature(index).toGeoJSON(x, y, zoom)).flatMap(
            (feature) =>
              feature.geometry.type === 'Point' && feature.properties?.['name'] !== undefined
                ? [{ name: String(feature.properties['name']).toLowerCase(), at: feature.geometry.coordinates }]
                : [],
          );
        });
      });
      tiles.set(key, points);
    }
    return points;
  };
  const twins: string[] = [];
  for (const place of places) {
    const names = new Set(twinNames(place.properties));
    if (names.size === 0) continue;
    const at = twinAnchor(place);
    const reach = (place.properties.radius_km ?? 0) + TWIN_DISTANCE_KM + TWIN_MARGIN_KM;
    // The tiles the reach may touch: its corners' tiles and those between (a degree of latitude is 111 km).
    const dLat = reach / 111;
    const dLng = reach / (111 * Math.max(0.1, Math.cos((at[1]! * Math.PI) / 180)));
    const [x0, y0] = tileOf([at[0]! - dLng, at[1]! + dLat], zoom);
    const [x1, y1] = tileOf([at[0]! + dLng, at[1]! - dLat], zoom);
    let found = false;
    for (let x = x0; x <= x1 && !found; x++) {
      for (let y = y0; y <= y1 && !found; y++) {
        found = (await pointsOf(x, y)).some(
          (point) => names.has(point.name) && distance(at, point.at, { units: 'kilometers' }) <= reach,
        );
      }
    }
    if (found) twins.push(place.properties.id);
  }
  return twins;
}

/** @param dir - the story folder (default: `STORY_DIR`, else geodata/) */
export function basemapTwinsPlugin(dir = storyDir()): Plugin {
  let building = false;
  return {
    name: 'basemap-twins',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Used only with the build's digests of the story (none in the dev server, whose files change under it).
      if (!building) return 'export default null;';
      const { files, issues } = readStoryFiles(dir);
      if (issues.length > 0) return 'export default null;';
      const places = Object.values(files.areas).flatMap(
        (area) => (area as { features?: PlaceFeature[] }).features ?? [],
      );
      try {
        return `export default ${JSON.stringify(await basemapTwinIds(places))};`;
      } catch (error) {
        // Data validation reports a broken story; here, a place the search cannot read means checking all.
        this.warn(`basemap twins not found ahead (${(error as Error).message}): the page checks every place`);
        return 'export default null;';
      }
    },
  };
}
