/**
 * The basemap's own label for a place the story draws too ("Mokha" from Natural Earth beside the story's "Mokha
 * approx. ±5 km") is hidden: one place, one label. A basemap town or airport is the story's place when its name is
 * one the place goes by and it lies near it; both are needed, since "Mombasa" the city is not "Port of Mombasa",
 * and another town of the same name elsewhere is another place.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MultiPolygon, Position } from 'geojson';
import type { PlaceFeature } from '../../story/schema.ts';
import { circlePolygon } from '../../scene/geodesy.ts';

/** How far from the story's spot (beyond its uncertainty) the basemap's point may lie and still be the same place. */
export const TWIN_DISTANCE_KM = 15;
/** The basemap layers that name places (Natural Earth towns and airports; a town's dot goes with its name). */
export const TWIN_LAYERS = ['basemap-town-labels', 'basemap-town-dots', 'basemap-airport-labels'];
/** The archive's layers those draw from (build/basemap-twins-plugin.ts looks for twins in them ahead). */
export const TWIN_SOURCE_LAYERS = ['places', 'airports'];

/**
 * The names a basemap may give the place, lower case: its own name, without a parenthesis ("Mokha (al-Mukha)")
 * or what follows a comma ("Camp Lemonnier, Djibouti"), with hyphens as spaces or gone ("al-Mukha": "al mukha",
 * "alqaim"), and the article's names for it.
 */
export function twinNames(place: Pick<PlaceFeature['properties'], 'name' | 'article_names'>): string[] {
  const bases = [place.name, ...(place.article_names ?? [])].flatMap((name) => [
    name,
    name.replace(/\s*\(.*\)\s*/g, ' ').trim(),
    name.split(',')[0]!.trim(),
    ...[...name.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!),
  ]);
  const names = bases.flatMap((name) => [name, name.replace(/-/g, ' '), name.replace(/-/g, '')]);
  return [...new Set(names.map((name) => name.toLowerCase().trim()).filter((name) => name.length > 1))];
}

/**
 * A filter expression true for a basemap feature that is one of the story's places, by name and position.
 * @param visible - per place id, an extra condition for the twin to be hidden (e.g. only while the story labels it)
 * @returns undefined for a story none of whose places has a name
 */
export function twinExpression(
  places: readonly PlaceFeature[],
  visible: (id: string) => ExpressionSpecification | true = () => true,
): ExpressionSpecification | undefined {
  // Each name's places; then the names that mean the same places share one branch (a `match` label may be a list),
  // so a place's disc is written once, not once per spelling of its name: at 500 places the expression went from
  // 540 KB to a sixth of that, and each of the map's workers compiles it once per basemap layer.
  const placesByName = new Map<string, PlaceFeature[]>();
  for (const place of places) {
    for (const name of twinNames(place.properties)) {
      const named = placesByName.get(name) ?? [];
      named.push(place);
      placesByName.set(name, named);
    }
  }
  if (placesByName.size === 0) return undefined;
  const groups = new Map<string, { names: string[]; places: PlaceFeature[] }>();
  for (const [name, named] of placesByName) {
    const key = named.map((place) => place.properties.id).join('\n');
    const group = groups.get(key) ?? { names: [], places: named };
    group.names.push(name);
    groups.set(key, group);
  }
  const branches: unknown[] = [];
  for (const { names, places: named } of groups.values()) {
    const area: MultiPolygon = { type: 'MultiPolygon', coordinates: named.map(twinDisc) };
    const conditions = named.map((place) => visible(place.properties.id)).filter((condition) => condition !== true);
    const shown = conditions.length === named.length ? ['any', ...conditions] : true;
    branches.push(names.length === 1 ? names[0] : names);
    branches.push(shown === true ? ['within', area] : ['all', ['within', area], shown]);
  }
  // A match on the name first: a town whose name is no place's is decided without a geometry test.
  return [
    'match',
    ['downcase', ['to-string', ['get', 'name']]],
    ...branches,
    false,
  ] as unknown as ExpressionSpecification;
}

/** Where a basemap point may lie and be the place: a disc around it, its uncertainty and TWIN_DISTANCE_KM wide. */
function twinDisc(place: PlaceFeature): MultiPolygon['coordinates'][number] {
  const at = twinAnchor(place);
  const reach = (place.properties.radius_km ?? 0) + TWIN_DISTANCE_KM;
  // 16 sides: within 2% of the circle's radius, against a reach of 15 km or more; positions to 0.001° (about 100 m),
  // a third of the expression's size at full precision.
  return circlePolygon(at, reach, 16, {}).geometry.coordinates.map((ring) =>
    ring.map(([lon, lat]) => [Math.round(lon! * 1000) / 1000, Math.round(lat! * 1000) / 1000]),
  );
}

/** The centre of a place's twin disc: its point, or the mean of its outline's vertices. */
export function twinAnchor(place: PlaceFeature): Position {
  return place.geometry.type === 'Point'
    ? place.geometry.coordinates
    : meanOf(place.geometry.coordinates[0]!.slice(0, -1));
}

function meanOf(ring: number[][]): [number, number] {
  return [ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length, ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length];
}

/** The filters the basemap's place layers had before the story's twins were taken out, to add to, not stack on. */
const originalFilters = new WeakMap<MapLibreMap, Map<string, FilterSpecification | undefined>>();

/**
 * Hide the basemap's label (and town dot) of every story place, wherever the story labels it.
 * @param visible - per place id, when the story's own label shows (a condition on zoom or on the current step)
 */
export function hideBasemapTwins(
  map: MapLibreMap,
  places: readonly PlaceFeature[],
  visible?: (id: string) => ExpressionSpecification | true,
): void {
  const twin = twinExpression(places, visible);
  const originals = originalFilters.get(map) ?? new Map<string, FilterSpecification | undefined>();
  originalFilters.set(map, originals);
  for (const layer of TWIN_LAYERS) {
    if (!map.getLayer(layer)) continue;
    if (!originals.has(layer)) originals.set(layer, map.getFilter(layer) ?? undefined);
    const original = originals.get(layer);
    // Not validated here (its compiling was most of the cost on the page's thread at 500 places): the expression is
    // validated against the style spec in tests/map/twin-labels.test.ts.
    if (!twin) map.setFilter(layer, original ?? null, { validate: false });
    else
      map.setFilter(layer, ['all', ...(original ? [original] : []), ['!', twin]] as FilterSpecification, {
        validate: false,
      });
  }
}
