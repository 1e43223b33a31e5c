/**
 * Natural Earth (world-atlas) country outlines by the ISO codes our places use.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryCode } from './schema.ts';

/** world-atlas keys countries by ISO 3166-1 numeric code. */
export const ISO_NUMERIC: Readonly<Record<CountryCode, string>> = {
  IRQ: '368',
  SYR: '760',
  KWT: '414',
  USA: '840',
};

/**
 * Pick our countries' outlines out of a world-atlas `countries` FeatureCollection.
 * @param countries - the result of topojson `feature(topology, topology.objects.countries)`
 */
export function countryOutlines(
  countries: FeatureCollection<Polygon | MultiPolygon | null>,
): Map<CountryCode, Feature<Polygon | MultiPolygon>> {
  const outlines = new Map<CountryCode, Feature<Polygon | MultiPolygon>>();
  for (const [code, numeric] of Object.entries(ISO_NUMERIC) as [CountryCode, string][]) {
    const outline = countries.features.find((country) => String(country.id) === numeric);
    if (outline?.geometry) outlines.set(code, outline as Feature<Polygon | MultiPolygon>);
  }
  return outlines;
}
