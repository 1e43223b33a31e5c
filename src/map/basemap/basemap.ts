/**
 * The offline basemap: Natural Earth (public domain) as pre-built vector tiles in one PMTiles archive that ships
 * with the app (`npm run basemap` builds it; see build/basemap/). MapLibre reads it through the `pmtiles`
 * protocol with HTTP range requests on our own host. No tile, glyph or sprite server: text is drawn locally
 * because the style has no `glyphs` URL (MapLibre >= 5.11).
 *
 * Each layer is drawn only as far in as its source's scale can carry (1:10m to zoom 10, 1:50m to zoom 7); beyond,
 * the map says so in words (see BasemapNote.svelte). If the archive cannot be read, the map falls back to
 * world-atlas's coarse 1:110m land, or to plain paper, and says that instead.
 */
import { addProtocol, type LayerSpecification } from 'maplibre-gl';
import { PMTiles, TileType } from 'pmtiles';
import { pmtilesProtocol } from './pmtiles-protocol.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import archiveUrl from '../../../basemap/natural-earth.pmtiles?url';
import coarseLandUrl from 'world-atlas/land-110m.json?url';

/**
 * An optional detail basemap, set at build time: a Protomaps-schema PMTiles archive (e.g. an OpenStreetMap
 * extract cut with `pmtiles extract`) that takes over above the zoom where Natural Earth stops. The URL is
 * relative to the page (served beside the app) or absolute; the flavour is one of @protomaps/basemaps' names.
 */
export interface DetailBasemapSetting {
  url: string;
  flavor: string;
}
const DETAIL_FLAVORS = ['light', 'dark', 'white', 'grayscale', 'black'];

/** The build's detail basemap setting (VITE_DETAIL_BASEMAP_URL, VITE_DETAIL_BASEMAP_FLAVOR), if any. */
export function detailBasemapSetting(env: Record<string, unknown> = import.meta.env): DetailBasemapSetting | undefined {
  const url = typeof env['VITE_DETAIL_BASEMAP_URL'] === 'string' ? env['VITE_DETAIL_BASEMAP_URL'].trim() : '';
  if (!url) return undefined;
  const flavor = String(env['VITE_DETAIL_BASEMAP_FLAVOR'] ?? 'light');
  return { url, flavor: DETAIL_FLAVORS.includes(flavor) ? flavor : 'light' };
}

/** What the map could load: the tiles, the coarse fallback outlines, or nothing (with why). */
export type Basemap =
  | {
      kind: 'tiles';
      url: string;
      /** The archive's zoom range (from its header), for the style's tile source. */
      zooms: { minzoom: number; maxzoom: number };
      detail?: { url: string; layers: LayerSpecification[] };
      detailProblem?: string;
    }
  | { kind: 'outlines'; land: FeatureCollection; reason: string }
  | { kind: 'none'; reason: string };

/** The built-in archive's size in bytes, from the build (vite.config.ts); undefined where no build set it. */
declare const __BASEMAP_ARCHIVE_BYTES__: number | undefined;
const BUILT_ARCHIVE_BYTES = typeof __BASEMAP_ARCHIVE_BYTES__ === 'number' ? __BASEMAP_ARCHIVE_BYTES__ : undefined;
const builtInArchiveUrl = () => new URL(archiveUrl, document.baseURI).href;

/** The archives the `pmtiles://` protocol serves, by URL (added once the protocol is registered). */
let archives: Map<string, PMTiles> | undefined;
let request: Promise<Basemap> | undefined;

/**
 * Open the archive and check it before the map asks for tiles: the header (magic bytes, version, a server that
 * answers ranges) and its last byte (a truncated file has a sound header but not its tiles).
 * @param builtBytes - the archive's size when the app was built, if this is the built-in archive: its last byte
 * is then asked for alongside the header instead of after it, which saves the page a round trip (and a wait
 * behind whatever else the page is doing when the header arrives) before the map can start
 */
async function openArchive(url: string, builtBytes?: number): Promise<PMTiles> {
  const archive = new PMTiles(url);
  const lastByte = (offset: number, etag?: string) =>
    archive.source.getBytes(offset, 1, undefined, etag).then((last) => {
      if (last.data.byteLength !== 1) throw new Error('the archive is shorter than its header says (truncated?)');
    });
  const built = builtBytes ? lastByte(builtBytes - 1) : undefined;
  // Handled here and awaited below: a header that fails first must not leave this one rejected unobserved.
  built?.catch(() => {});
  const header = await archive.getHeader();
  if (header.tileType !== TileType.Mvt) throw new Error('the archive holds no vector tiles');
  const end = header.tileDataOffset + (header.tileDataLength ?? 0);
  if (built && builtBytes! >= end) await built;
  else await lastByte(end - 1, header.etag);
  return archive;
}

async function loadCoarseLand(): Promise<FeatureCollection> {
  // The TopoJSON decoder too is needed only on this path: it loads with the outlines, not with the page.
  const [response, { feature }] = await Promise.all([fetch(coarseLandUrl), import('topojson-client')]);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ land: GeometryCollection }>;
  return feature(topology, topology.objects.land) as FeatureCollection;
}

/**
 * Load the basemap (memoised: the app starts it at start-up, in parallel with the story's data). Never rejects:
 * a basemap that cannot load is a notice, not a broken map.
 * @param url - the archive; by default the one built into the app
 */
export function loadBasemap(
  url: string = builtInArchiveUrl(),
  detail: DetailBasemapSetting | undefined = detailBasemapSetting(),
): Promise<Basemap> {
  request ??= openArchive(url, url === builtInArchiveUrl() ? BUILT_ARCHIVE_BYTES : undefined).then(
    async (archive): Promise<Basemap> => {
      if (!archives) {
        archives = new Map();
        addProtocol('pmtiles', pmtilesProtocol(archives));
      }
      archives.set(archive.source.getKey(), archive);
      const header = await archive.getHeader();
      const zooms = { minzoom: header.minZoom, maxzoom: header.maxZoom };
      if (!detail) return { kind: 'tiles', url, zooms };
      const detailUrl = new URL(detail.url, document.baseURI).href;
      try {
        const detailArchive = await openArchive(detailUrl);
        archives.set(detailArchive.source.getKey(), detailArchive);
        // Loaded only when a build names a detail basemap: the default build carries none of its code.
        const protomaps = await import('@protomaps/basemaps');
        const layers = detailLayers(
          protomaps.layers(DETAIL_SOURCE, protomaps.namedFlavor(detail.flavor), { lang: 'en' }),
        );
        return { kind: 'tiles', url, zooms, detail: { url: detailUrl, layers } };
      } catch (error) {
        return {
          kind: 'tiles',
          url,
          zooms,
          detailProblem: `The detail basemap could not load (${(error as Error).message}).`,
        };
      }
    },
    async (error: unknown): Promise<Basemap> => {
      const reason = `The basemap could not load (${(error as Error).message}).`;
      try {
        return { kind: 'outlines', land: await loadCoarseLand(), reason: `${reason} Showing coarse outlines.` };
      } catch {
        return { kind: 'none', reason };
      }
    },
  );
  return request;
}

/** 1:10m lines, points and labels are drawn below this zoom; 1:50m urban areas below URBAN_MAX_ZOOM. */
export const NATURAL_EARTH_MAX_ZOOM = 11;

/** The source id of the optional detail basemap. */
export const DETAIL_SOURCE = 'detail';

/**
 * @protomaps/basemaps' layers for the detail archive, drawn only from the zoom where Natural Earth stops. Layers
 * that need sprite icons are left out (the app ships no sprite, and asks no server for one), as is the
 * flavour's background (ours stays).
 */
function detailLayers(flavorLayers: LayerSpecification[]): LayerSpecification[] {
  return flavorLayers
    .filter((layer) => layer.type !== 'background')
    .filter((layer) => !(layer.type === 'symbol' && layer.layout && 'icon-image' in layer.layout))
    .filter((layer) => layer.maxzoom === undefined || layer.maxzoom > NATURAL_EARTH_MAX_ZOOM)
    .map((layer) => ({
      ...layer,
      id: `detail-${layer.id}`,
      minzoom: Math.max(layer.minzoom ?? 0, NATURAL_EARTH_MAX_ZOOM),
    })) as LayerSpecification[];
}
