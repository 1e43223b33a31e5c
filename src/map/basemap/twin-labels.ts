/**
 * The basemap's own label for a place the story draws too ("Mokha" from Natural Earth beside the story's "Mokha
 * approx. ±5 km") is hidden: one place, one label. A basemap town or airport is the story's place when its name is
 * one the place goes by and it lies near it; both are needed, since "Mombasa" the city is not "Port of Mombasa",
 * and another town of the same name elsewhere is another place.
 */
import { circle } from '@turf/turf';
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MultiPolygon } from 'geojson';
import type { PlaceFeature } from '../../story/schema.ts';

/** How far from the story's spot (beyond its uncertainty) the basemap's point may lie and still be the same place. */
export const TWIN_DISTANCE_KM = 15;
/** The basemap layers that name places (Natural Earth towns and airports; a town's dot goes with its name). */
export const TWIN_LAYERS = ['basemap-town-labels', 'basemap-town-dots', 'basemap-airport-labels'];

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
  const byName = new Map<string, { area: MultiPolygon; ids: string[] }>();
  for (const place of places) {
    const at =
      place.geometry.type === 'Point'
        ? place.geometry.coordinates
        : meanOf(place.geometry.coordinates[0]!.slice(0, -1));
    const reach = (place.properties.radius_km ?? 0) + TWIN_DISTANCE_KM;
    const disc = circle(at, reach, { steps: 24, units: 'kilometers' }).geometry.coordinates;
    for (const name of twinNames(place.properties)) {
      const entry = byName.get(name) ?? { area: { type: 'MultiPolygon', coordinates: [] }, ids: [] };
      entry.area.coordinates.push(disc);
      entry.ids.push(place.properties.id);
      byName.set(name, entry);
    }
  }
  if (byName.size === 0) return undefined;
  const branches: unknown[] = [];
  for (const [name, { area, ids }] of byName) {
    const conditions = ids.map((id) => visible(id)).filter((condition) => condition !== true);
    const shown = conditions.length === ids.length ? ['any', ...conditions] : true;
    branches.push(name, shown === true ? ['within', area] : ['all', ['within', area], shown]);
  }
  // A match on the name first: a town whose name is no place's is decided without a geometry test.
  return [
    'match',
    ['downcase', ['to-string', ['get', 'name']]],
    ...branches,
    false,
  ] as unknown as ExpressionSpecification;
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
    if (!twin) map.setFilter(layer, original ?? null);
    else map.setFilter(layer, ['all', ...(original ? [original] : []), ['!', twin]] as FilterSpecification);
  }
}
