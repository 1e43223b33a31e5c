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
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { pointOnFeature } from '@turf/turf';
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

/** Natural Earth's web-map zoom (256-pixel tiles) as MapLibre's zoom, never below 0. */
export function mapLibreZoom(naturalEarthZoom: unknown, fallback: number): number {
  return typeof naturalEarthZoom === 'number' && Number.isFinite(naturalEarthZoom)
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
  const places = keep(
    readCollection(folder, 'ne_10m_populated_places_simple'),
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
 * One label point per country or map unit: Natural Earth's label-points file holds several per unit (one per
 * island group, at finer scale ranks); the one with the lowest scale rank is the unit's main label point.
 */
export function countryLabelPoints(source: FeatureCollection<Geometry | null, Properties>): Feature<Point>[] {
  const best = new Map<string, Feature<Point, Properties>>();
  for (const item of source.features) {
    const name = text(item.properties?.['sr_subunit']);
    const rank = item.properties?.['scalerank'];
    if (!name || item.geometry?.type !== 'Point' || typeof rank !== 'number') continue;
    const current = best.get(name);
    if (!current || rank < (current.properties['scalerank'] as number)) {
      best.set(name, { type: 'Feature', geometry: item.geometry, properties: { ...item.properties, scalerank: rank } });
    }
  }
  return [...best.entries()].map(([name, point]) => {
    const rank = point.properties['scalerank'] as number;
    return {
      type: 'Feature',
      geometry: point.geometry,
      properties: { name, minzoom: rank <= 1 ? 1 : rank <= 4 ? 3 : 4.5 },
    };
  });
}
