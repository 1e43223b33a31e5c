import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { countryLabelPoints, mapLibreZoom } from '../../build/basemap/natural-earth.ts';

const labelPoints = (
  ...points: [number, number, number][]
): FeatureCollection<Geometry | null, Record<string, unknown>> => ({
  type: 'FeatureCollection',
  features: points.map(([lng, lat, scalerank]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { scalerank },
  })),
});

describe('countryLabelPoints', () => {
  it('names every world-atlas country once, those without an ISO code included', () => {
    const names = countryLabelPoints(labelPoints()).map((point) => point.properties?.['name']);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['Somaliland', 'Kosovo', 'N. Cyprus', 'Iraq']) expect(names).toContain(name);
  });

  it("puts a country's label at its lowest-ranked Natural Earth label point inside it", () => {
    const iraq = countryLabelPoints(labelPoints([44.0, 35.5, 3], [43.7, 33.0, 0], [30.0, 30.0, 0])).find(
      (point) => point.properties?.['name'] === 'Iraq',
    );
    expect(iraq?.geometry.coordinates).toEqual([43.7, 33.0]);
  });

  it('names small countries from closer in than large ones', () => {
    const points = countryLabelPoints(labelPoints());
    const minzoom = (name: string) =>
      points.find((point) => point.properties?.['name'] === name)?.properties?.['minzoom'];
    expect(minzoom('Russia')).toBeLessThan(minzoom('Kuwait'));
  });
});

describe('mapLibreZoom', () => {
  it("is one less than Natural Earth's 256-pixel web-map zoom", () => {
    expect(mapLibreZoom(7, 0)).toBe(6);
  });
  it('never goes below 0', () => {
    expect(mapLibreZoom(0.5, 3)).toBe(0);
  });
  it("falls back when there is no zoom, or Natural Earth's -99 for none", () => {
    expect(mapLibreZoom(null, 3)).toBe(3);
    expect(mapLibreZoom(-99, 3)).toBe(3);
  });
});
