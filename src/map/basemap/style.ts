/**
 * The basemap's MapLibre style: Natural Earth's layers, each drawn only as far in as its source's scale carries
 * (1:10m to zoom 10, 1:50m to zoom 7), in a calm print-like palette so the story's layers are loudest, and the
 * optional detail basemap's layers above the zoom where Natural Earth stops.
 */
import { type ExpressionSpecification, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import { perFeature } from '../layers/per-feature.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { type Basemap, DETAIL_SOURCE, NATURAL_EARTH_MAX_ZOOM } from './basemap.ts';

export const BASEMAP_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

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

/** A label's halo: the paper it sits on, so text reads over borders, rivers and tints. */
const halo = { 'text-halo-color': basemapColors.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };
/** Features carry the first zoom they are drawn at (from Natural Earth's min_zoom); filters test the tile zoom. */
export const fromMinZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];
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
