/**
 * The basemap's layers from Natural Earth (public domain): land from the `world-atlas` package at three scales,
 * the rest from the 1:10m / 1:50m GeoJSON in `../shared/naturalearth/` (see its README). Each feature keeps
 * only the properties the style reads, and a `minzoom` in MapLibre's zoom: Natural Earth's `min_zoom` is
 * given for 256-pixel web-map zooms, one more than MapLibre's 512-pixel zoom for the same scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { area, bbox, booleanPointInPolygon, centerOfMass, distance, pointOnFeature, polygon } from '@turf/turf';
import type { LayerInput } from './tiler.ts';

/**
 * The deepest zoom stored; MapLibre over-zooms its tiles beyond it. A zoom-6 tile has 4096 units over about
 * 600 km, so positions keep about 150 m, well inside 1:10m data's kilometre; one zoom more would double the
 * archive (over the 6 MB budget) for no truer map.
 */
export const ARCHIVE_MAX_ZOOM = 6;

/** 1:10m data is drawn up to this zoom, 1:50m up to URBAN_MAX_ZOOM (see the Natural Earth README). */
export const NATURAL_EARTH_10M_MAX_ZOOM = 10;

const require = createRequire(import.meta.url);

type Properties = Record<string, unknown>;

function readCollection(folder: string, name: string): FeatureCollection<Geometry | null, Properties> {
  return JSON.parse(readFileSync(join(folder, `${name}.geojson`), 'utf8'));
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** Natural Earth's web-map zoom (256-pixel tiles) as MapLibre's zoom, never below 0; -99 is NE's "no value". */
export function mapLibreZoom(naturalEarthZoom: unknown, fallback: number): number {
  return typeof naturalEarthZoom === 'number' && Number.isFinite(naturalEarthZoom) && naturalEarthZoom >= 0
    ? Math.max(0, naturalEarthZoom - 1)
    : fallback;
}

function keep(
  source: FeatureCollection<Geometry | null, Properties>,
  accept: (properties: Properties) => boolean,
  properties: (properties: Properties, geometry: Geometry) => Properties,
): Feature[] {
  return source.features.flatMap((item) =>
    item.geometry && accept(item.properties ?? {})
      ? [{ type: 'Feature', geometry: item.geometry, properties: properties(item.properties ?? {}, item.geometry) }]
      : [],
  );
}

function worldAtlasLand(scale: '110m' | '50m' | '10m'): FeatureCollection {
  const topology = require(`world-atlas/land-${scale}.json`) as Topology<{ land: GeometryCollection }>;
  return feature(topology, topology.objects.land) as FeatureCollection;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Borders that are not settled international boundaries: drawn dashed. */
const DISPUTED_CLASSES = /disputed|indefinite|line of control|indeterminant/i;
/** Lease and overlay limits (Guantánamo, Baikonur…) are not borders between countries. */
const NOT_A_BORDER = /lease limit|overlay limit/i;

/**
 * Every basemap layer, ready for the tiler.
 * @param folder - the folder holding the Natural Earth GeoJSON files
 */
export function naturalEarthLayers(folder: string): LayerInput[] {
  const max = ARCHIVE_MAX_ZOOM;
  const rivers = keep(
    readCollection(folder, 'ne_10m_rivers_lake_centerlines'),
    // Lake centre lines would draw a river across the lake's own fill.
    (p) => String(p['featurecla']).startsWith('River'),
    (p) => ({
      name: text(p['name']),
      minzoom: mapLibreZoom(p['min_zoom'], 6),
      labelminzoom: mapLibreZoom(p['min_label'], 7),
    }),
  );
  const lakes = keep(
    readCollection(folder, 'ne_10m_lakes'),
    () => true,
    (p) => ({
      name: text(p['name']),
      minzoom: mapLibreZoom(p['min_zoom'], 6),
      labelminzoom: mapLibreZoom(p['min_label'], 7),
    }),
  );
  const urban = keep(
    readCollection(folder, 'ne_50m_urban_areas'),
    () => true,
    (p) => ({ minzoom: mapLibreZoom(p['min_zoom'], 5) }),
  );
  const placesSource = readCollection(folder, 'ne_10m_populated_places_simple');
  const places = keep(
    placesSource,
    (p) => text(p['name']) !== undefined,
    (p) => ({
      name: text(p['name']),
      rank: typeof p['scalerank'] === 'number' ? p['scalerank'] : 10,
      capital: p['adm0cap'] === 1 ? 1 : 0,
      minzoom: mapLibreZoom(p['min_zoom'], 8),
    }),
  );
  const airports = keep(
    readCollection(folder, 'ne_10m_airports'),
    (p) => text(p['name']) !== undefined,
    (p) => {
      const rank = typeof p['scalerank'] === 'number' ? p['scalerank'] : 9;
      // Natural Earth gives airports no min_zoom: major ones at regional zoom, the rest closer in.
      return {
        name: `${text(p['name'])}`.replace(/Int'l$/, 'International'),
        iata: text(p['iata_code']),
        minzoom: rank <= 4 ? 6 : 7.5,
      };
    },
  );
  const seas = keep(
    readCollection(folder, 'ne_10m_geography_marine_polys'),
    (p) => text(p['name']) !== undefined,
    (p) => ({
      name: text(p['name']),
      kind: p['featurecla'] === 'ocean' ? 'ocean' : 'sea',
      minzoom: mapLibreZoom(p['min_label'], 4),
      maxzoom: mapLibreZoom(p['max_label'], 8),
    }),
  ).map((sea): Feature<Point> => ({ ...pointOnFeature(sea), properties: sea.properties }));
  const countries = countryLabelPoints(readCollection(folder, 'ne_10m_admin_0_label_points'));
  const borders = [
    ...keep(
      readCollection(folder, 'ne_10m_admin_0_boundary_lines_land'),
      (p) => !NOT_A_BORDER.test(String(p['featurecla'])),
      (p) => ({
        disputed: DISPUTED_CLASSES.test(String(p['featurecla'])) ? 1 : 0,
        minzoom: mapLibreZoom(p['min_zoom'], 0),
      }),
    ),
    ...keep(
      readCollection(folder, 'ne_10m_admin_0_boundary_lines_disputed_areas'),
      () => true,
      (p) => ({ disputed: 1, minzoom: mapLibreZoom(p['min_zoom'], 3) }),
    ),
  ];
  return [
    {
      name: 'land',
      bands: [
        { minZoom: 0, maxZoom: 1, features: worldAtlasLand('110m') },
        { minZoom: 2, maxZoom: 4, features: worldAtlasLand('50m') },
        { minZoom: 5, maxZoom: max, features: worldAtlasLand('10m') },
      ],
    },
    { name: 'lakes', bands: [{ minZoom: 0, maxZoom: max, features: collection(lakes) }] },
    { name: 'rivers', bands: [{ minZoom: 0, maxZoom: max, features: collection(rivers) }] },
    // 1:50m outlines: stored up to zoom 7 only, and drawn no further (see the style).
    { name: 'urban', bands: [{ minZoom: 0, maxZoom: Math.min(max, 7), features: collection(urban) }] },
    { name: 'borders', bands: [{ minZoom: 0, maxZoom: max, features: collection(borders) }] },
    { name: 'places', bands: [{ minZoom: 0, maxZoom: max, features: collection(places) }] },
    { name: 'airports', bands: [{ minZoom: 0, maxZoom: max, features: collection(airports) }] },
    { name: 'seas', bands: [{ minZoom: 0, maxZoom: max, features: collection(seas) }] },
    { name: 'countries', bands: [{ minZoom: 0, maxZoom: max, features: collection(countries) }] },
  ];
}

/**
 * One label per country (world-atlas's 1:50m countries, so Somaliland, Kosovo and N. Cyprus too), at Natural
 * Earth's label point where it has one: the label-points file holds several per country (one per subunit and
 * island group), so the label goes at the lowest-ranked point inside the country's largest part, nearest that
 * part's centre; without one, at a point inside the part. Small countries are named from closer in.
 */
export function countryLabelPoints(labelPoints: FeatureCollection<Geometry | null, Properties>): Feature<Point>[] {
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const candidates = labelPoints.features.filter(
    (item): item is Feature<Point, Properties> =>
      item.geometry?.type === 'Point' && typeof item.properties?.['scalerank'] === 'number',
  );
  return countries.features.flatMap((country) => {
    const name = text(country.properties?.name);
    if (!name) return [];
    const parts = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const largest = parts.map((coordinates) => polygon(coordinates)).reduce((a, b) => (area(a) >= area(b) ? a : b));
    const [west, south, east, north] = bbox(largest);
    const centre = centerOfMass(largest).geometry.coordinates;
    const inside = candidates.filter((item) => {
      const [x, y] = item.geometry.coordinates as [number, number];
      return x >= west && x <= east && y >= south && y <= north && booleanPointInPolygon(item, largest);
    });
    const score = (item: Feature<Point, Properties>) =>
      (item.properties['scalerank'] as number) * 1000 + distance(item.geometry.coordinates, centre);
    const chosen = inside.sort((a, b) => score(a) - score(b))[0]?.geometry ?? pointOnFeature(largest).geometry;
    const squareKm = area(largest) / 1e6;
    const minzoom = squareKm >= 1e6 ? 1 : squareKm >= 2e5 ? 2 : squareKm >= 1e4 ? 3 : 4.5;
    return [{ type: 'Feature', geometry: chosen, properties: { name, minzoom } } satisfies Feature<Point>];
  });
}
