import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countryOutlines, ISO_NUMERIC } from '../../src/core/countries.ts';

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

describe('countryOutlines', () => {
  it("picks our countries by their ISO numeric id, numeric or string, and skips the world's others", () => {
    const countries = {
      type: 'FeatureCollection',
      features: [outline('368', box), outline(840, box), outline('250', box), outline(undefined, box)],
    } as FeatureCollection<Polygon | MultiPolygon | null>;
    const outlines = countryOutlines(countries);
    expect([...outlines.keys()].sort()).toEqual(['IRQ', 'USA']);
    expect(outlines.get('IRQ')!.id).toBe('368');
  });

  it('skips a country whose outline has no geometry', () => {
    const countries = {
      type: 'FeatureCollection',
      features: [outline('414', null)],
    } as FeatureCollection<Polygon | MultiPolygon | null>;
    expect(countryOutlines(countries).has('KWT')).toBe(false);
  });

  it('knows the four countries of the story by the codes world-atlas uses', () => {
    expect(ISO_NUMERIC).toEqual({ IRQ: '368', SYR: '760', KWT: '414', USA: '840' });
  });
});
