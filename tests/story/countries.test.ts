import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countryOutlines } from '../../src/story/countries.ts';
import { readCountryOutlines } from '../../scripts/story-files.ts';

const outline = (id: string | number | undefined, geometry: Polygon | null): Feature<Polygon | null> => ({
  type: 'Feature',
  id,
  geometry,
  properties: { name: String(id) },
});
const box: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
/** A two-entry code table, standing in for the ISO one. */
const toAlpha3 = (numeric: string) => ({ '368': 'IRQ', '840': 'USA' })[numeric];

describe('countryOutlines', () => {
  it('keys every outline by its alpha-3 code, from a numeric id given as number or string', () => {
    const countries = {
      type: 'FeatureCollection',
      features: [outline('368', box), outline(840, box)],
    } as FeatureCollection<Polygon | MultiPolygon | null>;
    const outlines = countryOutlines(countries, toAlpha3);
    expect([...outlines.keys()].sort()).toEqual(['IRQ', 'USA']);
    expect(outlines.get('IRQ')!.id).toBe('368');
  });

  it('skips an outline without an id, or with a code the table does not know', () => {
    const countries = {
      type: 'FeatureCollection',
      features: [outline(undefined, box), outline('999', box)],
    } as FeatureCollection<Polygon | MultiPolygon | null>;
    expect(countryOutlines(countries, toAlpha3).size).toBe(0);
  });

  it('skips a country whose outline has no geometry', () => {
    const countries = {
      type: 'FeatureCollection',
      features: [outline('368', null)],
    } as FeatureCollection<Polygon | MultiPolygon | null>;
    expect(countryOutlines(countries, toAlpha3).has('IRQ')).toBe(false);
  });
});

describe('readCountryOutlines (Natural Earth 1:10m, ISO codes)', () => {
  it('knows countries well beyond the first story’s, by alpha-3 code', () => {
    const outlines = readCountryOutlines();
    for (const code of ['IRQ', 'SYR', 'KWT', 'USA', 'UKR', 'FRA', 'JPN', 'BRA', 'ZAF']) {
      expect(outlines.has(code), code).toBe(true);
    }
    expect(outlines.size).toBeGreaterThan(200);
  });
});
