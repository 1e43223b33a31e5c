import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/story/schema.ts';
import { distanceKm, placesBounds, uncertaintyCircle, uncertaintyCircles } from '../../src/scene/geometry.ts';

function pointPlace(id: string, coordinates: [number, number], radiusKm?: number): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name: id,
      kind: 'air-base',
      country: 'IRQ',
      description: 'A place.',
      precision: radiusKm === undefined ? 'exact' : 'approximate',
      radius_km: radiusKm,
      sources: [{ outlet: 'Example', title: 'A test place', url: 'https://example.org/' }],
    },
  };
}

const square: PlaceFeature = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [44, 33],
        [45, 33],
        [45, 34],
        [44, 34],
        [44, 33],
      ],
    ],
  },
  properties: { ...pointPlace('square', [0, 0], 5).properties },
};

describe('uncertaintyCircle', () => {
  it('draws an approximate point place as a 64-step circle of its radius, carrying its id, kind and radius', () => {
    const circle = uncertaintyCircle(pointPlace('k1', [44, 35], 10))!;
    expect(circle.properties).toEqual({ id: 'k1', kind: 'air-base', radius_km: 10 });
    const ring = circle.geometry.coordinates[0]!;
    expect(ring).toHaveLength(65);
    for (const vertex of ring) expect(distanceKm([44, 35], vertex)).toBeCloseTo(10, 1);
  });

  it('gives an exact place no circle', () => {
    expect(uncertaintyCircle(pointPlace('exact', [44, 35]))).toBeUndefined();
  });

  it('gives an approximate place without a radius no circle', () => {
    const place = pointPlace('no-radius', [44, 35], 3);
    delete place.properties.radius_km;
    expect(uncertaintyCircle(place)).toBeUndefined();
  });

  it('gives an approximate polygon no circle: its outline is already the uncertainty', () => {
    expect(uncertaintyCircle(square)).toBeUndefined();
  });
});

describe('uncertaintyCircles', () => {
  it('collects the circles of approximate point places only', () => {
    const circles = uncertaintyCircles([pointPlace('a', [44, 35], 2), pointPlace('b', [40, 30]), square]);
    expect(circles.type).toBe('FeatureCollection');
    expect(circles.features.map((circle) => circle.properties!.id)).toEqual(['a']);
  });
});

describe('placesBounds', () => {
  it('has no bounds for no places', () => {
    expect(placesBounds([])).toBeUndefined();
  });

  it('frames an exact point as that point', () => {
    expect(placesBounds([pointPlace('p', [44, 35])])).toEqual([44, 35, 44, 35]);
  });

  it("includes an approximate place's whole uncertainty circle", () => {
    const [west, south, east, north] = placesBounds([pointPlace('p', [44, 35], 11.1)])!;
    // 11.1 km is about 0.1° of latitude.
    expect(north - 35).toBeCloseTo(0.1, 2);
    expect(35 - south).toBeCloseTo(0.1, 2);
    expect(west).toBeLessThan(44 - 0.1);
    expect(east).toBeGreaterThan(44 + 0.1);
  });

  it('spans several places, in [west, south, east, north] order', () => {
    expect(placesBounds([pointPlace('a', [44, 35]), pointPlace('b', [-79, 35.1]), square])).toEqual([
      -79, 33, 45, 35.1,
    ]);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distance in km', () => {
    // One degree of longitude on the equator: 111.19 km on turf's sphere.
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.19, 1);
  });
});
