/**
 * `npm run gazetteer`: build the offline gazetteer `npm run draft` matches place names
 * against, from the Natural Earth layers in ../shared/naturalearth/ (populated places, airports, regions points),
 * world-atlas's country outlines (centre and extent of each country) and the story's own places (geodata/*.geojson),
 * as gazetteer/places.tsv.
 * The output is committed: a fresh clone drafts without ../shared.
 *
 * Usage: tsx scripts/build-gazetteer.ts [NATURAL_EARTH_DIR] [STORY_DIR]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, centroid, point } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { nameKey } from '../src/draft/names.ts';
import type { GazetteerKind, GazetteerSource } from '../src/draft/types.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const NE_DIR = process.argv[2] ?? join(ROOT, '../shared/naturalearth');
const STORY_DIR = process.argv[3] ?? join(ROOT, 'geodata');
const OUT = join(ROOT, 'gazetteer/places.tsv');

type Row = [string, string, GazetteerKind, number, number, string, number, number, 0 | 1, string];
const NE = 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/';
const sources: Record<string, GazetteerSource[]> = {
  'ne-places': [
    { outlet: 'Natural Earth', title: 'Populated Places (1:10m, v4.0)', url: `${NE}10m-populated-places/` },
  ],
  'ne-airports': [{ outlet: 'Natural Earth', title: 'Airports (1:10m, v4.0)', url: `${NE}airports/` }],
  'ne-countries': [
    {
      outlet: 'Natural Earth',
      title: 'Admin 0 – Countries (1:50m, via world-atlas)',
      url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/',
    },
  ],
  'ne-regions': [
    {
      outlet: 'Natural Earth',
      title: 'Physical labels: regions points (1:10m, v4.0)',
      url: 'https://www.naturalearthdata.com/downloads/10m-physical-vectors/10m-physical-labels/',
    },
  ],
};

/** Names readers use for countries that Natural Earth spells otherwise (general English usage, no story's). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ['United States', 'U.S.', 'U.S.A.', 'USA', 'America'],
  GBR: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  RUS: ['Russian Federation'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  COD: ['Democratic Republic of the Congo', 'DR Congo'],
  COG: ['Republic of the Congo'],
  CAF: ['Central African Republic'],
  CZE: ['Czech Republic'],
  ARE: ['UAE', 'U.A.E.'],
  BIH: ['Bosnia'],
  IRN: ['Persia'],
  MMR: ['Burma'],
  CIV: ["Côte d'Ivoire", 'Ivory Coast'],
  SSD: ['South Sudan'],
  DOM: ['Dominican Republic'],
  GNQ: ['Equatorial Guinea'],
  SYR: ['Syrian Arab Republic'],
  PSE: ['Palestinian Territories'],
};

const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A town a few km, a city up to about 25 km: grows with the square root of the population it holds. */
function cityRadiusKm(population: number): number {
  return Math.round(Math.min(25, Math.max(2, 2 + 0.0035 * Math.sqrt(Math.max(0, population)))));
}

function distanceKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b[1]! - a[1]!) * rad) / 2) ** 2 +
    Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(((b[0]! - a[0]!) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface NePlace {
  name: string;
  namealt: string | null;
  nameascii: string;
  adm0_a3: string;
  adm0cap: number;
  featurecla: string;
  pop_max: number;
}
const places = readJson<FeatureCollection<Point, NePlace>>(join(NE_DIR, 'ne_10m_populated_places_simple.geojson'));
const rows: Row[] = [];
for (const { geometry, properties: p } of places.features) {
  // Matching ignores accents, so an ASCII spelling that differs from the name only by them is not kept.
  const alt = new Set([...(p.namealt ?? '').split('|'), p.nameascii].map((n) => n?.trim() ?? ''));
  for (const name of alt) if (name === '' || nameKey(name) === nameKey(p.name)) alt.delete(name);
  const city = p.pop_max >= 100_000 || p.adm0cap === 1 || /capital/i.test(p.featurecla);
  const [lon, lat] = geometry.coordinates as [number, number];
  rows.push([
    p.name,
    [...alt].join('|'),
    city ? 'city' : 'town',
    round(lon),
    round(lat),
    p.adm0_a3,
    Math.max(0, p.pop_max),
    cityRadiusKm(p.pop_max),
    p.adm0cap === 1 ? 1 : 0,
    'ne-places',
  ]);
}

// Countries: world-atlas outlines give each country's centre (of its largest part, so Alaska does not pull the
// United States north-west) and extent; the ISO3 code is the one most populated places inside it carry.
const topology = readJson<Topology>(join(ROOT, 'node_modules/world-atlas/countries-50m.json'));
const countries = feature(topology, topology.objects['countries']!) as FeatureCollection<
  Polygon | MultiPolygon | null,
  { name: string }
>;
for (const country of countries.features) {
  if (!country.geometry) continue;
  const parts: Position[][][] =
    country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const largest = parts
    .map((rings) => ({ type: 'Polygon', coordinates: rings }) as Polygon)
    .sort((a, b) => area(b) - area(a))[0]!;
  const codes = new Map<string, number>();
  for (const place of places.features) {
    if (booleanPointInPolygon(place.geometry, country as Feature<Polygon | MultiPolygon>)) {
      codes.set(place.properties.adm0_a3, (codes.get(place.properties.adm0_a3) ?? 0) + 1);
    }
  }
  const code = [...codes].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!code) continue;
  const centre = centroid(largest).geometry.coordinates;
  const extent = Math.max(...largest.coordinates[0]!.map((vertex) => distanceKm(centre, vertex)));
  const population = places.features
    .filter((p) => p.properties.adm0_a3 === code)
    .reduce((sum, p) => sum + Math.max(0, p.properties.pop_max), 0);
  rows.push([
    country.properties.name,
    (COUNTRY_ALIASES[code] ?? []).join('|'),
    'country',
    round(centre[0]!),
    round(centre[1]!),
    code,
    population,
    Math.min(500, Math.max(5, Math.round(extent))),
    0,
    'ne-countries',
  ]);
}

interface NeAirport {
  name: string;
  type: string;
}
const airports = readJson<FeatureCollection<Point, NeAirport>>(join(NE_DIR, 'ne_10m_airports.geojson'));
const countryOf = (position: Position): string => {
  const inside = countries.features.find(
    (c) => c.geometry && booleanPointInPolygon(point(position), c as Feature<Polygon | MultiPolygon>),
  );
  const row = inside && rows.find((r) => r[2] === 'country' && r[0] === inside.properties.name);
  return row ? row[5] : '';
};
for (const { geometry, properties: a } of airports.features) {
  // "X Airport", "X Air Base" and the like are derived when the gazetteer is loaded (names.ts), not stored.
  const [lon, lat] = geometry.coordinates as [number, number];
  rows.push([
    a.name,
    '',
    /military/.test(a.type) ? 'air-base' : 'airfield',
    round(lon),
    round(lat),
    countryOf(geometry.coordinates),
    0,
    3,
    0,
    'ne-airports',
  ]);
}

interface NeRegion {
  name: string;
  name_alt: string | null;
  featurecla: string;
}
const regions = readJson<FeatureCollection<Point, NeRegion>>(join(NE_DIR, 'ne_10m_geography_regions_points.geojson'));
for (const { geometry, properties: r } of regions.features) {
  const [lon, lat] = geometry.coordinates as [number, number];
  rows.push([
    r.name,
    r.name_alt ?? '',
    'region',
    round(lon),
    round(lat),
    countryOf(geometry.coordinates),
    0,
    /island|plain/.test(r.featurecla) ? 50 : 10,
    0,
    'ne-regions',
  ]);
}

// The story's own places: hand-checked positions, under the names the article uses for them.
interface StoryPlace {
  id: string;
  name: string;
  kind: GazetteerKind;
  /** Absent for a region that spans countries. */
  country?: string;
  radius_km?: number;
  article_names?: string[];
  sources: { outlet: string; title: string; url: string }[];
}
for (const file of readdirSync(STORY_DIR).filter((f) => f.endsWith('.geojson'))) {
  const collection = readJson<FeatureCollection<Point | Polygon, StoryPlace>>(join(STORY_DIR, file));
  for (const { geometry, properties: p } of collection.features) {
    const position = geometry.type === 'Point' ? geometry.coordinates : centroid(geometry).geometry.coordinates;
    const key = `story:${p.id}`;
    // All of the place's sources: a drafted place cites what the hand-made one does.
    sources[key] = p.sources.map(({ outlet, title, url }) => ({ outlet, title, url }));
    rows.push([
      p.name,
      (p.article_names ?? []).filter((n) => n !== p.name).join('|'),
      p.kind,
      round(position[0]!, 4),
      round(position[1]!, 4),
      p.country ?? '',
      0,
      p.radius_km ?? 1,
      0,
      key,
    ]);
  }
}

const layers = new Map<string, Row[]>();
for (const row of rows) layers.set(row[9], [...(layers.get(row[9]) ?? []), row]);
const clean = (value: string | number): string => String(value).replace(/[\t\n]/g, ' ');
// Tab-separated, one place per line: compact, readable in a diff, and left alone by the formatter.
const text = [
  '# The offline gazetteer of `npm run draft`, built by scripts/build-gazetteer.ts (npm run gazetteer) from Natural',
  "# Earth (public domain, naturalearthdata.com) and the story's own places. Do not edit by hand: rebuild.",
  '# @source KEY OUTLET TITLE URL, then @layer KEY and its rows:',
  '# name, alternates (|), kind, lon, lat, country ISO3, population, radius_km, capital (1/0)',
  ...[...layers].flatMap(([key, layer]) => [
    ...sources[key]!.map((source) => ['@source', key, source.outlet, source.title, source.url].map(clean).join('\t')),
    `@layer\t${key}`,
    ...layer.map((row) => row.slice(0, 9).map(clean).join('\t')),
  ]),
  '',
].join('\n');
writeFileSync(OUT, text);
console.log(`${OUT}: ${rows.length} entries, ${Buffer.byteLength(text)} bytes`);
