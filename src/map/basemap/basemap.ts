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
import {
  addProtocol,
  type ExpressionSpecification,
  type LayerSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { perFeature } from '../layers/per-feature.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import archiveUrl from '../../../basemap/natural-earth.pmtiles?url';
import coarseLandUrl from 'world-atlas/land-110m.json?url';

export const BASEMAP_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** 1:10m lines, points and labels are drawn below this zoom; 1:50m urban areas below URBAN_MAX_ZOOM. */
export const NATURAL_EARTH_MAX_ZOOM = 11;
const URBAN_MAX_ZOOM = 8;
/** The source id of the tiles, for telling the basemap's errors from the story's. */
export const BASEMAP_SOURCE = 'basemap';

/** Paint for a basemap fill: its colour, in the shader variant the story's fills use (see perFeature). */
const fillPaint = (color: string) => ({ 'fill-color': perFeature(color), 'fill-opacity': perFeature(1) });

/** A calm, print-like palette: paper land, grey-blue water, muted borders, so the story's layers are loudest. */
export const basemapColors = {
  sea: '#dde6ec',
  land: '#f5f2eb',
  urban: '#ebe5da',
  water: '#dde6ec',
  river: '#8fb0c8',
  coast: '#a9bccb',
  border: '#a69d90',
  countryLabel: '#6e6457',
  seaLabel: '#44627a',
  placeLabel: '#3d3d3d',
  townLabel: '#555555',
  airportLabel: '#5c5c5c',
  halo: '#f5f2eb',
} as const;

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

let protocol: Protocol | undefined;
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
  const response = await fetch(coarseLandUrl);
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
      if (!protocol) {
        protocol = new Protocol();
        addProtocol('pmtiles', protocol.tile);
      }
      protocol.add(archive);
      const header = await archive.getHeader();
      const zooms = { minzoom: header.minZoom, maxzoom: header.maxZoom };
      if (!detail) return { kind: 'tiles', url, zooms };
      const detailUrl = new URL(detail.url, document.baseURI).href;
      try {
        protocol.add(await openArchive(detailUrl));
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

/** A label's halo: the paper it sits on, so text reads over borders, rivers and tints. */
const halo = { 'text-halo-color': basemapColors.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };
/** Features carry the first zoom they are drawn at (from Natural Earth's min_zoom); filters test the tile zoom. */
const fromMinZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];
const source = { source: BASEMAP_SOURCE, maxzoom: NATURAL_EARTH_MAX_ZOOM };

function tileLayers(): LayerSpecification[] {
  return [
    {
      id: 'basemap-land',
      type: 'fill',
      source: BASEMAP_SOURCE,
      'source-layer': 'land',
      paint: fillPaint(basemapColors.land),
    },
    {
      id: 'basemap-urban',
      type: 'fill',
      ...source,
      maxzoom: URBAN_MAX_ZOOM,
      'source-layer': 'urban',
      filter: fromMinZoom,
      paint: fillPaint(basemapColors.urban),
    },
    {
      id: 'basemap-lakes',
      type: 'fill',
      ...source,
      'source-layer': 'lakes',
      filter: fromMinZoom,
      paint: fillPaint(basemapColors.water),
    },
    {
      id: 'basemap-coast',
      type: 'line',
      ...source,
      'source-layer': 'land',
      paint: { 'line-color': basemapColors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 8, 1] },
    },
    {
      id: 'basemap-rivers',
      type: 'line',
      ...source,
      'source-layer': 'rivers',
      filter: fromMinZoom,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': basemapColors.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.2, 10, 2],
      },
    },
    {
      id: 'basemap-borders',
      type: 'line',
      ...source,
      'source-layer': 'borders',
      filter: ['all', fromMinZoom, ['==', ['get', 'disputed'], 0]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': basemapColors.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.3],
      },
    },
    {
      id: 'basemap-borders-disputed',
      type: 'line',
      ...source,
      'source-layer': 'borders',
      filter: ['all', fromMinZoom, ['==', ['get', 'disputed'], 1]],
      paint: {
        'line-color': basemapColors.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.3],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'basemap-river-labels',
      type: 'symbol',
      ...source,
      'source-layer': 'rivers',
      filter: ['all', ['has', 'name'], ['>=', ['zoom'], ['get', 'labelminzoom']]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-letter-spacing': 0.05,
        'text-max-angle': 30,
      },
      paint: { 'text-color': basemapColors.seaLabel, ...halo },
    },
    {
      id: 'basemap-airport-labels',
      type: 'symbol',
      ...source,
      'source-layer': 'airports',
      filter: fromMinZoom,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 10,
        'text-max-width': 8,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.4,
      },
      paint: { 'text-color': basemapColors.airportLabel, ...halo },
    },
    {
      id: 'basemap-town-dots',
      type: 'circle',
      ...source,
      'source-layer': 'places',
      filter: fromMinZoom,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'capital'], 1], 3.5, ['<=', ['get', 'rank'], 4], 2.6, 2],
        'circle-color': ['case', ['==', ['get', 'capital'], 1], basemapColors.land, basemapColors.placeLabel],
        'circle-stroke-color': perFeature(basemapColors.placeLabel),
        'circle-stroke-width': ['case', ['==', ['get', 'capital'], 1], 1.6, 0],
      },
    },
    {
      id: 'basemap-town-labels',
      type: 'symbol',
      ...source,
      'source-layer': 'places',
      filter: fromMinZoom,
      layout: {
        'text-field': ['get', 'name'],
        // Capitals first, then by Natural Earth's scale rank (bigger places first).
        'symbol-sort-key': ['-', ['get', 'rank'], ['*', 10, ['get', 'capital']]],
        'text-size': ['case', ['==', ['get', 'capital'], 1], 13, ['<=', ['get', 'rank'], 4], 12, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['case', ['<=', ['get', 'rank'], 4], basemapColors.placeLabel, basemapColors.townLabel],
        ...halo,
      },
    },
    {
      id: 'basemap-sea-labels',
      type: 'symbol',
      ...source,
      'source-layer': 'seas',
      filter: ['all', fromMinZoom, ['<', ['zoom'], ['get', 'maxzoom']]],
      layout: {
        'text-field': ['get', 'name'],
        'text-size': ['case', ['==', ['get', 'kind'], 'ocean'], 13, 12],
        'text-transform': ['case', ['==', ['get', 'kind'], 'ocean'], 'uppercase', 'none'],
        'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'ocean'], 0.25, 0.08],
        'text-max-width': 7,
      },
      paint: { 'text-color': basemapColors.seaLabel, ...halo, 'text-halo-color': basemapColors.sea },
    },
    {
      // Last, so country names win every collision with the layers above (symbols place top-down).
      id: 'basemap-country-labels',
      type: 'symbol',
      ...source,
      'source-layer': 'countries',
      filter: fromMinZoom,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 7, 15],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.14,
        'text-max-width': 7,
        // Free to move a little off its point when a story label sits on it, rather than vanish.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
      },
      paint: { 'text-color': basemapColors.countryLabel, ...halo },
    },
  ];
}

/**
 * The basemap style for what could be loaded.
 * @param basemap - from {@link loadBasemap}
 * @param attribution - extra credit to show beside Natural Earth's (the article); the live map, started before
 *   the story is known, leaves it out and shows the story's credit in its attribution control instead
 */
export function basemapStyle(basemap: Basemap, attribution?: string): StyleSpecification {
  // MapLibre writes credits as HTML: the story's words go in escaped.
  const credit = attribution ? `${BASEMAP_ATTRIBUTION}; ${escapeHtml(attribution)}` : BASEMAP_ATTRIBUTION;
  const sea = { id: 'basemap-sea', type: 'background', paint: { 'background-color': basemapColors.sea } } as const;
  if (basemap.kind === 'tiles') {
    const detail = basemap.detail;
    return {
      version: 8,
      name: 'Situation map offline basemap',
      sources: {
        // The tiles' address and zooms written in, not a TileJSON `url`: MapLibre would ask for the TileJSON first
        // (through the protocol, a round trip via the main thread) and ask for tiles only once it came, after the
        // story's sources had filled the worker's queue with their own tiles.
        [BASEMAP_SOURCE]: {
          type: 'vector',
          tiles: [`pmtiles://${basemap.url}/{z}/{x}/{y}`],
          ...basemap.zooms,
          attribution: credit,
        },
        ...(detail && {
          [DETAIL_SOURCE]: {
            type: 'vector',
            url: `pmtiles://${detail.url}`,
            attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
          },
        }),
      },
      layers: [sea, ...tileLayers(), ...(detail?.layers ?? [])],
    };
  }
  if (basemap.kind === 'outlines') {
    return {
      version: 8,
      name: 'Situation map coarse fallback',
      sources: { outlines: { type: 'geojson', data: basemap.land, attribution: credit } },
      layers: [
        sea,
        { id: 'basemap-land', type: 'fill', source: 'outlines', paint: { 'fill-color': basemapColors.land } },
        {
          id: 'basemap-coast',
          type: 'line',
          source: 'outlines',
          paint: { 'line-color': basemapColors.coast, 'line-width': 0.6 },
        },
      ],
    };
  }
  return {
    version: 8,
    name: 'Situation map without basemap',
    sources: {},
    layers: [{ ...sea, paint: { 'background-color': basemapColors.land } }],
  };
}
