/**
 * The offline basemap: Natural Earth 1:50m countries from the `world-atlas` package, shipped with the app as
 * one TopoJSON file (land, country fills and borders all come from it) plus a few city labels. No tile, glyph
 * or sprite server: text is drawn locally because the style has no `glyphs` URL (MapLibre >= 5.11).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { basemapCities } from './basemap-cities.ts';
import { ISO_NUMERIC } from '../core/countries.ts';

export const BASEMAP_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export const basemapColors = {
  sea: '#d8e4ec',
  land: '#f3f0e8',
  storyCountry: '#ebe4d6',
  border: '#9c958a',
  coast: '#8fa7b8',
  label: '#4a4a4a',
  halo: '#ffffff',
} as const;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

let topologyRequest: Promise<CountriesTopology> | undefined;

/**
 * Fetch the basemap's TopoJSON (served with the app, so this stays on our own host). Memoised: the app starts
 * the request at start-up, in parallel with the story's data, and the map picks up the same promise.
 */
export function loadBasemapTopology(): Promise<CountriesTopology> {
  topologyRequest ??= fetch(countriesUrl).then(async (response) => {
    if (!response.ok) throw new Error(`basemap data: HTTP ${response.status}`);
    return (await response.json()) as CountriesTopology;
  });
  // A failed request may be retried by the next caller.
  topologyRequest.catch(() => (topologyRequest = undefined));
  return topologyRequest;
}

/** The countries as GeoJSON, for the style and for anything else that needs outlines. */
export function countriesFromTopology(topology: CountriesTopology): FeatureCollection<Polygon | MultiPolygon> {
  return feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
}

/**
 * Build the basemap style.
 * @param topology - world-atlas countries-50m
 * @param attribution - extra credit to show beside Natural Earth's (the article)
 */
export function basemapStyle(topology: CountriesTopology, attribution: string): StyleSpecification {
  // The ISO code as a property: five world-atlas countries (Kosovo, Somaliland, …) have no feature id, and
  // MapLibre's ['id'] gives those an undefined that ['in'] rejects at run time (a console warning and a black fill).
  const outlines = countriesFromTopology(topology);
  const countries = {
    ...outlines,
    features: outlines.features.map((country) => ({
      ...country,
      properties: { ...country.properties, iso: country.id === undefined ? '' : String(country.id) },
    })),
  };
  // Shared arcs only: each border drawn once, coastlines left to the land fill's edge.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const storyCountries = Object.values(ISO_NUMERIC);
  return {
    version: 8,
    name: 'Situation map offline basemap',
    sources: {
      countries: { type: 'geojson', data: countries, attribution: `${BASEMAP_ATTRIBUTION}; ${attribution}` },
      borders: { type: 'geojson', data: borders },
      cities: { type: 'geojson', data: basemapCities },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': basemapColors.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'case',
            ['in', ['get', 'iso'], ['literal', storyCountries]],
            basemapColors.storyCountry,
            basemapColors.land,
          ],
        },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': basemapColors.coast, 'line-width': 0.6 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': basemapColors.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'countries',
        minzoom: 3,
        layout: {
          'text-field': ['get', 'name'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 15],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.15,
          'text-max-width': 8,
        },
        paint: { 'text-color': '#8a8175', 'text-halo-color': basemapColors.halo, 'text-halo-width': 1 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'cities',
        minzoom: 4,
        paint: { 'circle-radius': 2.5, 'circle-color': basemapColors.label },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'cities',
        minzoom: 4,
        layout: {
          'text-field': ['get', 'name'],
          'text-size': 12,
          'text-anchor': 'left',
          'text-offset': [0.6, 0],
        },
        paint: { 'text-color': basemapColors.label, 'text-halo-color': basemapColors.halo, 'text-halo-width': 1.2 },
      },
    ],
  };
}
