/**
 * Routes in detail: the easing curve's shape, where a unit is halfway, which way it points at the ends, how a
 * trail is cut, and the geometry of a rocket arc.
 */
import { bearing, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import {
  arc,
  easeInOutCubic,
  movementRoute,
  pointOnArc,
  positionAlong,
  routeLengthKm,
  trailAlong,
} from '../../src/core/routes.ts';

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
  let route: Feature<LineString>;
  beforeEach(() => (route = movementRoute(POPE, KUWAIT)));

  it('draws the great circle with 128 points', () => {
    expect(route.geometry.coordinates).toHaveLength(128);
  });

  it('puts the unit halfway along the route at half time', () => {
    const { position } = positionAlong(route, 0.5);
    const total = routeLengthKm(route);
    expect(km(POPE, position)).toBeCloseTo(total / 2, -1);
    expect(km(position, KUWAIT)).toBeCloseTo(total / 2, -1);
  });

  it('points the unit at departure along the great circle towards the destination', () => {
    const initial = bearing(POPE, KUWAIT);
    expect(positionAlong(route, 0).bearing).toBeCloseTo(initial, 0);
  });

  it('points the unit at arrival the way it came in, not to north', () => {
    // The final heading of the great circle: the reverse of the bearing from the destination back, turned round.
    const final = ((bearing(KUWAIT, POPE) + 360) % 360) - 180;
    const arrival = positionAlong(route, 1).bearing;
    expect(arrival).toBeCloseTo(final, 0);
    expect(Math.abs(arrival)).toBeGreaterThan(45);
  });

  it('heads due east along the equator at every stage of a short move', () => {
    const east = movementRoute([10, 0], [11, 0]);
    for (const t of [0, 0.5, 1]) expect(positionAlong(east, t).bearing).toBeCloseTo(90, 3);
  });

  it('refuses a route across the antimeridian', () => {
    expect(() => movementRoute([170, 10], [-170, 10])).toThrow('route crosses the antimeridian');
  });
});

describe('trailAlong', () => {
  let route: Feature<LineString>, total: number;
  beforeEach(() => {
    route = movementRoute(POPE, KUWAIT);
    total = routeLengthKm(route);
  });
  const lengthOf = (pieces: ReturnType<typeof trailAlong>) =>
    pieces.reduce((sum, piece) => sum + routeLengthKm(piece), 0);

  it('is one tiny piece at the start, so the trail is never an empty line', () => {
    const pieces = trailAlong(route, 0);
    expect(pieces).toHaveLength(1);
    expect(lengthOf(pieces)).toBeLessThan(0.1);
    expect(lengthOf(pieces)).toBeGreaterThan(0);
  });

  it('is cut into 32 equal pieces at the end, covering the whole route', () => {
    const pieces = trailAlong(route, 1);
    expect(pieces).toHaveLength(32);
    for (const piece of pieces) expect(routeLengthKm(piece)).toBeCloseTo(total / 32, 0);
    expect(lengthOf(pieces)).toBeCloseTo(total, 0);
    expect(km(pieces.at(-1)!.geometry.coordinates.at(-1)!, KUWAIT)).toBeLessThan(1);
  });

  it('covers half the route in 16 pieces at half time', () => {
    const pieces = trailAlong(route, 0.5);
    expect(pieces).toHaveLength(16);
    expect(lengthOf(pieces)).toBeCloseTo(total / 2, 0);
  });

  it('ends the trail where the unit is', () => {
    const pieces = trailAlong(route, 0.3);
    const tip = pieces.at(-1)!.geometry.coordinates.at(-1)!;
    expect(km(tip, positionAlong(route, 0.3).position)).toBeLessThan(0.5);
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
