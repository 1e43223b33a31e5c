/**
 * Natural Earth (world-atlas) country outlines by ISO 3166-1 alpha-3 code, for the check that each place lies in
 * the country it claims. Any country: the story's data names it, the engine names none.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * Every country outline in a world-atlas `countries` FeatureCollection, by its alpha-3 code.
 * @param countries - the result of topojson `feature(topology, topology.objects.countries)`; world-atlas keys
 *   countries by ISO 3166-1 numeric code ("368"), and a few (Kosovo, Somaliland, N. Cyprus…) have no id at all
 * @param toAlpha3 - ISO numeric code → alpha-3 ("404" → "KEN"), undefined for a code it does not know
 */
export function countryOutlines(
  countries: FeatureCollection<Polygon | MultiPolygon | null>,
  toAlpha3: (numeric: string) => string | undefined,
): Map<string, Feature<Polygon | MultiPolygon>> {
  const outlines = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const country of countries.features) {
    const code = country.id === undefined ? undefined : toAlpha3(String(country.id));
    if (code && country.geometry) outlines.set(code, country as Feature<Polygon | MultiPolygon>);
  }
  return outlines;
}
