import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Position } from 'geojson';
import {
  arc,
  easeInOutCubic,
  movementRoute,
  positionAlong,
  routeLengthKm,
  routeTrack,
  trailAlong,
} from '../../src/scene/routes.ts';

const IN = new URL('../fixtures/routes/in/', import.meta.url);
const OUT = new URL('../fixtures/routes/out/', import.meta.url);
const round = (position: Position) => position.map((value) => Number(value.toFixed(4)));

function endsOf(file: string): [Position, Position] {
  const fixture = JSON.parse(readFileSync(new URL(file, IN), 'utf8')) as FeatureCollection<Point>;
  return [fixture.features[0]!.geometry.coordinates, fixture.features[1]!.geometry.coordinates];
}

/** The route, its length and positions at a few moments, as viewable GeoJSON. */
function expectedOutput(from: Position, to: Position): FeatureCollection {
  const route = movementRoute(from, to);
  const moments = [0, 0.25, 0.5, 0.75, 1];
  return {
    type: 'FeatureCollection',
    features: [
      {
        ...route,
        properties: { length_km: Math.round(routeLengthKm(route)) },
        geometry: {
          ...route.geometry,
          coordinates: route.geometry.coordinates
            .filter((_, i) => i % 16 === 0 || i === route.geometry.coordinates.length - 1)
            .map(round),
        },
      },
      ...moments.map((t) => {
        const { position, bearing } = positionAlong(routeTrack(route), t);
        return {
          type: 'Feature' as const,
          properties: { t, bearing: Math.round(bearing) },
          geometry: { type: 'Point' as const, coordinates: round(position) },
        };
      }),
    ],
  };
}

describe('movement routes (fixtures in tests/fixtures/routes; REGEN=1 rewrites out/)', () => {
  for (const file of readdirSync(IN)) {
    it(`matches out/${file}`, () => {
      const [from, to] = endsOf(file);
      const actual = expectedOutput(from, to);
      if (process.env.REGEN) writeFileSync(new URL(file, OUT), JSON.stringify(actual, null, 1) + '\n');
      const expected = JSON.parse(readFileSync(new URL(file, OUT), 'utf8')) as FeatureCollection;
      expect(actual).toEqual(expected);
    });
  }

  it('starts at the origin and ends at the destination', () => {
    const [from, to] = endsOf('pope-aaf-to-kuwait.geojson');
    const route = routeTrack(movementRoute(from, to));
    expect(round(positionAlong(route, 0).position)).toEqual(round(from));
    expect(round(positionAlong(route, 1).position)).toEqual(round(to));
  });

  it('follows the great circle, not the straight line on the map: Fort Bragg to Kuwait heads north-east', () => {
    const [from, to] = endsOf('pope-aaf-to-kuwait.geojson');
    const { bearing } = positionAlong(routeTrack(movementRoute(from, to)), 0.01);
    expect(bearing).toBeGreaterThan(20);
    expect(bearing).toBeLessThan(75);
    const middle = positionAlong(routeTrack(movementRoute(from, to)), 0.5).position;
    expect(middle[1]).toBeGreaterThan(45); // well north of both ends' latitudes
  });

  it('is about 10,900 km from Pope Army Airfield to Kuwait', () => {
    const [from, to] = endsOf('pope-aaf-to-kuwait.geojson');
    expect(routeLengthKm(movementRoute(from, to))).toBeGreaterThan(10_500);
    expect(routeLengthKm(movementRoute(from, to))).toBeLessThan(11_300);
  });

  it('clamps progress outside 0..1', () => {
    const [from, to] = endsOf('kuwait-to-embassy.geojson');
    const route = routeTrack(movementRoute(from, to));
    expect(positionAlong(route, -1).position).toEqual(positionAlong(route, 0).position);
    expect(positionAlong(route, 7).position).toEqual(positionAlong(route, 1).position);
  });

  it('eases: a quarter of the time covers less than a quarter of the way', () => {
    expect(easeInOutCubic(0.25)).toBeLessThan(0.25);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
    expect(easeInOutCubic(0.75)).toBeGreaterThan(0.75);
  });

  it('draws a trail that grows with progress', () => {
    const [from, to] = endsOf('kuwait-to-embassy.geojson');
    const route = movementRoute(from, to);
    const trailKm = (t: number) => routeLengthKm(trailAlong(routeTrack(route), t));
    expect(trailKm(0.3)).toBeLessThan(trailKm(0.6));
    expect(trailKm(1)).toBeCloseTo(routeLengthKm(route), 0);
  });

  it('keeps the part of the trail already passed identical in later frames', () => {
    const [from, to] = endsOf('pope-aaf-to-kuwait.geojson');
    const route = routeTrack(movementRoute(from, to));
    const early = trailAlong(route, 0.5).geometry.coordinates;
    const later = trailAlong(route, 0.7).geometry.coordinates;
    expect(later.slice(0, early.length - 1)).toEqual(early.slice(0, -1));
  });

  it('never mutates its inputs', () => {
    const from = [47.7, 29.3];
    const to = [44.396, 33.299];
    const route = movementRoute(from, to);
    const before = JSON.stringify(route);
    positionAlong(routeTrack(route), 0.4);
    trailAlong(routeTrack(route), 0.4);
    arc(from, to);
    expect(JSON.stringify(route)).toBe(before);
    expect(from).toEqual([47.7, 29.3]);
    expect(to).toEqual([44.396, 33.299]);
  });

  it('bends a rocket arc off the straight line but keeps its ends', () => {
    const line = arc([44, 35], [44.3, 35.5], 0.3).geometry.coordinates;
    expect(line[0]).toEqual([44, 35]);
    expect(line.at(-1)![0]).toBeCloseTo(44.3);
    const middle = line[Math.floor(line.length / 2)]!;
    expect(middle[0]).not.toBeCloseTo(44.15, 2);
  });
});
