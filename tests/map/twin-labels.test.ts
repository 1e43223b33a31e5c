import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { pointPlace } from '../fixtures/story.ts';
import { twinExpression, twinNames } from '../../src/map/basemap/twin-labels.ts';

const place = (id: string, name: string, lon: number, lat: number, radiusKm = 5) =>
  pointPlace(id, name, lon, lat, { radius_km: radiusKm });

describe('the names a basemap may give a story place', () => {
  it('drops a parenthesis or what follows a comma, and spells hyphens either way', () => {
    expect(twinNames({ name: 'Abu Kamal (al-Bukamal)' })).toEqual(
      expect.arrayContaining(['abu kamal', 'al-bukamal', 'al bukamal']),
    );
    expect(twinNames({ name: 'Mar-a-Lago, Palm Beach' })).toContain('mar-a-lago');
    expect(twinNames({ name: 'al-Qaim' })).toEqual(expect.arrayContaining(['al-qaim', 'al qaim', 'alqaim']));
  });

  it("adds the article's names for the place", () => {
    expect(twinNames({ name: 'Town', article_names: ['Burg'] })).toContain('burg');
  });
});

describe('the twin filter', () => {
  /**
   * What the filter decides for a basemap feature named `name` at [lon, lat]: the match picks the name's branch,
   * whose `within` area is tested here as MapLibre tests it on the tile (the browser tests check it on the map).
   */
  function isTwin(expression: ExpressionSpecification, name: string, lon: number, lat: number): boolean {
    const [operator, input, ...rest] = expression as unknown as [string, unknown, ...unknown[]];
    expect([operator, input]).toEqual(['match', ['downcase', ['to-string', ['get', 'name']]]]);
    const matches = (label: unknown) =>
      Array.isArray(label) ? label.includes(name.toLowerCase()) : label === name.toLowerCase();
    const index = rest.findIndex((label, i) => i % 2 === 0 && i < rest.length - 1 && matches(label));
    if (index < 0) return false;
    const branch = rest[index + 1] as ['within', MultiPolygon];
    expect(branch[0]).toBe('within');
    return booleanPointInPolygon([lon, lat], branch[1]);
  }

  const kirkuk = place('kirkuk', 'Kirkuk', 44.39, 35.47);

  it("hides the basemap's label of the same name near the story's place", () => {
    expect(isTwin(twinExpression([kirkuk])!, 'Kirkuk', 44.4, 35.48)).toBe(true);
  });

  it('keeps a label of another name at the same spot', () => {
    expect(isTwin(twinExpression([kirkuk])!, 'Kirkuk Airport', 44.4, 35.48)).toBe(false);
  });

  it('keeps a town of the same name far from the story place', () => {
    expect(isTwin(twinExpression([kirkuk])!, 'Kirkuk', 40, 30)).toBe(false);
  });

  it("hides a label under any spelling of the place's name, each spelling listed once", () => {
    const qaim = place('al-qaim', 'al-Qaim', 41.07, 34.37);
    const expression = twinExpression([qaim])!;
    for (const name of ['al-Qaim', 'Al Qaim', 'Alqaim']) expect(isTwin(expression, name, 41.08, 34.38)).toBe(true);
    // One branch: the spellings share one label list and one disc.
    expect((expression as unknown as unknown[]).length).toBe(2 + 2 + 1);
  });

  it('hides a label near either of two places of the same name, and not between them', () => {
    const expression = twinExpression([kirkuk, place('other-kirkuk', 'Kirkuk', 40.0, 30.0)])!;
    expect(isTwin(expression, 'Kirkuk', 44.4, 35.48)).toBe(true);
    expect(isTwin(expression, 'Kirkuk', 40.01, 30.01)).toBe(true);
    expect(isTwin(expression, 'Kirkuk', 42.2, 32.7)).toBe(false);
  });

  it('is a valid filter for the basemap layers', () => {
    const style = {
      version: 8 as const,
      sources: { basemap: { type: 'vector' as const, tiles: ['https://example.invalid/{z}/{x}/{y}'] } },
      layers: [
        {
          id: 'towns',
          type: 'circle' as const,
          source: 'basemap',
          'source-layer': 'places',
          filter: [
            '!',
            twinExpression([kirkuk, place('al-qaim', 'al-Qaim', 41.07, 34.37)], (id) => [
              'in',
              id,
              ['literal', ['kirkuk']],
            ])!,
          ],
        },
      ],
    };
    expect(validateStyleMin(style as never).map((error) => error.message)).toEqual([]);
  });
});
