import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import {
  ROUTE_MIN_POINTS,
  ROUTE_POINTS,
  arc,
  easeInOutCubic,
  movementRoute,
  pointAlong,
  pointOnArc,
  positionAlong,
  routeLengthKm,
  routeTrack,
  trailAlong,
  type RouteTrack,
} from '../../src/scene/routes.ts';
import { bearing, distance, greatCircle, point } from '@turf/turf';

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

  it("gives turf's greatCircle line, point for point, over short and long routes and on either side of the equator", () => {
    const pairs: [Position, Position][] = [
      [
        [-79.0, 35.17],
        [47.7, 29.3],
      ],
      [
        [47.7, 29.3],
        [44.396, 33.299],
      ],
      [
        [18.4, -33.9],
        [-58.4, -34.6],
      ],
      [
        [-0.1, 51.5],
        [139.7, 35.7],
      ],
    ];
    for (const [from, to] of pairs) {
      const ours = movementRoute(from, to).geometry.coordinates;
      const turf = greatCircle(point(from), point(to), { npoints: ours.length }).geometry.coordinates as Position[];
      expect(ours.length).toBeGreaterThanOrEqual(8);
      ours.forEach((position, i) => {
        expect(position[0]).toBeCloseTo(turf[i]![0]!, 5);
        expect(position[1]).toBeCloseTo(turf[i]![1]!, 5);
      });
    }
  });

  it('stays on one spot for a move that does not move', () => {
    const route = movementRoute([44.4, 33.3], [44.4, 33.3]);
    expect(new Set(route.geometry.coordinates.map((position) => position.join(',')))).toEqual(new Set(['44.4,33.3']));
  });

  it('refuses antipodes, which no single great circle joins', () => {
    expect(() => movementRoute([0, 0], [180, 0])).toThrow('no single great circle');
  });

  it('refuses a route across the antimeridian, which would need two lines', () => {
    expect(() => movementRoute([170, -10], [-170, -15])).toThrow('antimeridian');
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

/**
 * Routes in detail: the easing curve's shape, where a unit is halfway, which way it points at the ends, how a
 * trail is cut, and the geometry of a rocket arc.
 */
describe('routes-details', () => {
  const POPE: Position = [-79.014, 35.171];
  const KUWAIT: Position = [47.7, 29.3];
  const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

  describe('easeInOutCubic', () => {
    it('starts at 0, passes 0.5 halfway and ends at 1', () => {
      expect(easeInOutCubic(0)).toBe(0);
      expect(easeInOutCubic(0.5)).toBe(0.5);
      expect(easeInOutCubic(1)).toBe(1);
    });

    it('is slow at both ends: a quarter of the time covers 1/16 of the way, three quarters 15/16', () => {
      expect(easeInOutCubic(0.25)).toBeCloseTo(0.0625, 10);
      expect(easeInOutCubic(0.75)).toBeCloseTo(0.9375, 10);
    });

    it('is symmetric: arriving mirrors departing', () => {
      for (const t of [0.1, 0.3, 0.45]) expect(easeInOutCubic(t) + easeInOutCubic(1 - t)).toBeCloseTo(1, 10);
    });

    it('clamps outside 0..1', () => {
      expect(easeInOutCubic(-0.5)).toBe(0);
      expect(easeInOutCubic(1.5)).toBe(1);
    });
  });

  // Routes are built before each test, not when the file loads, so mutation testing sees which test runs which code.
  describe('movementRoute and positionAlong', () => {
    let route: Feature<LineString>, track: RouteTrack;
    beforeEach(() => {
      route = movementRoute(POPE, KUWAIT);
      track = routeTrack(route);
    });

    it('draws a long great circle with 128 points', () => {
      expect(route.geometry.coordinates).toHaveLength(ROUTE_POINTS);
    });

    it('draws a short route with a vertex every 50 km, and 8 at least', () => {
      // 1° of longitude on the equator: 111 km.
      expect(movementRoute([10, 0], [15, 0]).geometry.coordinates).toHaveLength(Math.ceil(556 / 50) + 1);
      expect(movementRoute([10, 0], [10.1, 0]).geometry.coordinates).toHaveLength(ROUTE_MIN_POINTS);
    });

    it('puts the unit halfway along the route at half time', () => {
      const { position } = positionAlong(track, 0.5);
      const total = routeLengthKm(route);
      expect(km(POPE, position)).toBeCloseTo(total / 2, -1);
      expect(km(position, KUWAIT)).toBeCloseTo(total / 2, -1);
    });

    it('points the unit at departure along the great circle towards the destination', () => {
      const initial = bearing(POPE, KUWAIT);
      expect(positionAlong(track, 0).bearing).toBeCloseTo(initial, 0);
    });

    it('points the unit at arrival the way it came in, not to north', () => {
      // The final heading of the great circle: the reverse of the bearing from the destination back, turned round.
      const final = ((bearing(KUWAIT, POPE) + 360) % 360) - 180;
      const arrival = positionAlong(track, 1).bearing;
      expect(arrival).toBeCloseTo(final, 0);
      expect(Math.abs(arrival)).toBeGreaterThan(45);
    });

    it('heads due east along the equator at every stage of a short move', () => {
      const east = routeTrack(movementRoute([10, 0], [11, 0]));
      for (const t of [0, 0.5, 1]) expect(positionAlong(east, t).bearing).toBeCloseTo(90, 3);
    });

    it('refuses a route across the antimeridian', () => {
      expect(() => movementRoute([170, 10], [-170, 10])).toThrow('route crosses the antimeridian');
    });
  });

  describe('trailAlong', () => {
    let route: Feature<LineString>, track: RouteTrack, total: number;
    beforeEach(() => {
      route = movementRoute(POPE, KUWAIT);
      track = routeTrack(route);
      total = routeLengthKm(route);
    });

    it('is a tiny line at the start, so the trail is never an empty line', () => {
      const trail = trailAlong(track, 0);
      expect(trail.geometry.coordinates).toHaveLength(2);
      expect(trail.geometry.coordinates[0]).toEqual(POPE);
      expect(routeLengthKm(trail)).toBeGreaterThan(total * 0.9e-6);
      expect(routeLengthKm(trail)).toBeLessThan(total * 1.1e-6);
    });

    it('is the whole route at the end, vertex for vertex', () => {
      const trail = trailAlong(track, 1);
      expect(trail.geometry.coordinates).toHaveLength(ROUTE_POINTS);
      expect(routeLengthKm(trail)).toBeCloseTo(total, 6);
      expect(km(trail.geometry.coordinates.at(-1)!, KUWAIT)).toBeLessThan(0.001);
    });

    it('covers half the route at half time: the vertices passed, then the unit', () => {
      const trail = trailAlong(track, 0.5);
      expect(routeLengthKm(trail)).toBeCloseTo(total / 2, 0);
      const passed = trail.geometry.coordinates.slice(0, -1);
      expect(passed).toEqual(route.geometry.coordinates.slice(0, passed.length));
      expect(track.cumulativeKm[passed.length - 1]).toBeLessThan(total / 2);
      expect(track.cumulativeKm[passed.length]).toBeGreaterThan(total / 2);
    });

    it('ends the trail where the unit is', () => {
      const tip = trailAlong(track, 0.3).geometry.coordinates.at(-1)!;
      expect(tip).toEqual(positionAlong(track, 0.3).position);
    });

    it('ends on a vertex without repeating it when the unit is exactly there', () => {
      // A straight two-segment line along the equator, eased halfway: exactly on the middle vertex.
      const line = routeTrack(lineOf([0, 0], [1, 0], [2, 0]));
      expect(trailAlong(line, 0.5).geometry.coordinates).toEqual([
        [0, 0],
        [1, 0],
      ]);
    });

    it('hands back its own positions, never the route’s', () => {
      const trail = trailAlong(track, 0.5);
      trail.geometry.coordinates[0]![0] = 99;
      expect(route.geometry.coordinates[0]![0]).toBe(POPE[0]);
    });
  });

  const lineOf = (...coordinates: Position[]): Feature<LineString> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates },
  });

  describe('routeTrack and pointAlong', () => {
    // Along the equator a degree of longitude is the same distance everywhere: segments of 1, 2 and 0 degrees.
    let track: RouteTrack, degreeKm: number;
    beforeEach(() => {
      track = routeTrack(lineOf([0, 0], [1, 0], [3, 0], [3, 0]));
      degreeKm = km([0, 0], [1, 0]);
    });

    it('measures each vertex’s distance from the start once, and the total', () => {
      expect(track.cumulativeKm).toHaveLength(4);
      expect(track.cumulativeKm[0]).toBe(0);
      expect(track.cumulativeKm[1]).toBeCloseTo(degreeKm, 9);
      expect(track.cumulativeKm[2]).toBeCloseTo(3 * degreeKm, 9);
      expect(track.cumulativeKm[3]).toBe(track.cumulativeKm[2]);
      expect(track.totalKm).toBe(track.cumulativeKm[3]);
      expect(track.totalKm).toBeCloseTo(routeLengthKm(lineOf([0, 0], [3, 0])), 9);
    });

    it('is the first vertex at 0 and the last at the total', () => {
      expect(pointAlong(track, 0)).toEqual({ position: [0, 0], segment: 0 });
      expect(pointAlong(track, track.totalKm).position).toEqual([3, 0]);
    });

    it('clamps before the start and past the end', () => {
      expect(pointAlong(track, -5).position).toEqual([0, 0]);
      expect(pointAlong(track, track.totalKm + 5).position).toEqual([3, 0]);
    });

    it('interpolates within a segment', () => {
      const half = pointAlong(track, degreeKm / 2);
      expect(half.segment).toBe(0);
      expect(half.position[0]).toBeCloseTo(0.5, 9);
      expect(half.position[1]).toBe(0);
      const inSecond = pointAlong(track, 2.5 * degreeKm);
      expect(inSecond.segment).toBe(1);
      expect(inSecond.position[0]).toBeCloseTo(2.5, 9);
    });

    it('at a segment boundary is that vertex, at the start of the next segment', () => {
      const boundary = pointAlong(track, track.cumulativeKm[1]!);
      expect(boundary.segment).toBe(1);
      expect(boundary.position).toEqual([1, 0]);
    });

    it('interpolates along latitude too', () => {
      const north = routeTrack(lineOf([0, 0], [0, 2]));
      const quarter = pointAlong(north, north.totalKm / 4);
      expect(quarter.position[0]).toBe(0);
      expect(quarter.position[1]).toBeCloseTo(0.5, 9);
    });

    it('finds the right segment by binary search on a long route', () => {
      const long = routeTrack(lineOf(...Array.from({ length: 100 }, (_, i): Position => [i * 0.1, 0])));
      for (const index of [0, 1, 37, 50, 98]) {
        const start = long.cumulativeKm[index]!;
        const at = pointAlong(long, start + 0.1 * (long.cumulativeKm[index + 1]! - start));
        expect(at.segment).toBe(index);
        expect(at.position[0]).toBeCloseTo(index * 0.1 + 0.01, 9);
      }
    });

    it('stays on the vertex of a zero-length route, heading nowhere', () => {
      const still = routeTrack(lineOf([5, 5], [5, 5]));
      expect(still.totalKm).toBe(0);
      expect(pointAlong(still, 0).position).toEqual([5, 5]);
      expect(pointAlong(still, 3).position).toEqual([5, 5]);
      expect(positionAlong(still, 0.5)).toEqual({ position: [5, 5], bearing: 0 });
      expect(trailAlong(still, 0.5).geometry.coordinates).toEqual([
        [5, 5],
        [5, 5],
      ]);
    });

    it('never mutates the route it measures', () => {
      const line = lineOf([0, 0], [1, 0]);
      const before = JSON.stringify(line);
      const measured = routeTrack(line);
      pointAlong(measured, 10);
      trailAlong(measured, 0.5);
      positionAlong(measured, 0.5);
      expect(JSON.stringify(line)).toBe(before);
    });
  });
  describe('arc', () => {
    it('bulges to the left of travel by bend × the distance at its control point', () => {
      // From [0, 0] east to [4, 0] with bend 0.25: control at [2, 1], so the curve's middle is at [2, 0.5].
      const line = arc([0, 0], [4, 0], 0.25);
      const middle = line.geometry.coordinates[12]!;
      expect(middle[0]).toBeCloseTo(2, 10);
      expect(middle[1]).toBeCloseTo(0.5, 10);
    });

    it('bends the other way when travelling the other way', () => {
      const middle = arc([4, 0], [0, 0], 0.25).geometry.coordinates[12]!;
      expect(middle[1]).toBeCloseTo(-0.5, 10);
    });

    it('bulges along x when travelling north', () => {
      const middle = arc([0, 0], [0, 4], 0.5).geometry.coordinates[12]!;
      expect(middle[0]).toBeCloseTo(-1, 10);
      expect(middle[1]).toBeCloseTo(2, 10);
    });

    it('is a GeoJSON LineString feature', () => {
      const line = arc([0, 0], [1, 1]);
      expect(line.type).toBe('Feature');
      expect(line.geometry.type).toBe('LineString');
    });

    it('has 24 segments by default and as many as asked otherwise', () => {
      expect(arc([0, 0], [1, 1]).geometry.coordinates).toHaveLength(25);
      expect(arc([0, 0], [1, 1], 0.25, 4).geometry.coordinates).toHaveLength(5);
    });

    it('uses bend 0.25 by default', () => {
      expect(arc([0, 0], [4, 0])).toEqual(arc([0, 0], [4, 0], 0.25));
    });

    it('moves along the curve with t in quadratic Bézier steps', () => {
      // s = 1/4: weights 9/16, 6/16, 1/16 of start, control, end.
      const quarter = arc([0, 0], [4, 0], 0.25, 4).geometry.coordinates[1]!;
      expect(quarter[0]).toBeCloseTo((6 / 16) * 2 + (1 / 16) * 4, 10);
      expect(quarter[1]).toBeCloseTo((6 / 16) * 1, 10);
    });
  });

  describe('pointOnArc', () => {
    let line: Feature<LineString>, coordinates: Position[];
    beforeEach(() => {
      line = arc([0, 0], [4, 0], 0.25, 4);
      coordinates = line.geometry.coordinates;
    });

    it('is the first vertex at 0 and the last at 1, clamped outside', () => {
      expect(pointOnArc(line, 0).geometry.coordinates).toEqual(coordinates[0]);
      expect(pointOnArc(line, 1).geometry.coordinates).toEqual(coordinates[4]);
      expect(pointOnArc(line, -1).geometry.coordinates).toEqual(coordinates[0]);
      expect(pointOnArc(line, 2).geometry.coordinates).toEqual(coordinates[4]);
    });

    it('rounds to the nearest vertex', () => {
      expect(pointOnArc(line, 0.5).geometry.coordinates).toEqual(coordinates[2]);
      expect(pointOnArc(line, 0.6).geometry.coordinates).toEqual(coordinates[2]);
      expect(pointOnArc(line, 0.65).geometry.coordinates).toEqual(coordinates[3]);
    });

    it('hands back a copy, not the line’s own position', () => {
      const p = pointOnArc(line, 0);
      p.geometry.coordinates[0] = 99;
      expect(coordinates[0]![0]).toBe(0);
    });
  });
});
