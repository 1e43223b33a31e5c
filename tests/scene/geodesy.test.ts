import { describe, expect, it } from 'vitest';
import { bbox, bearing, circle, destination, distance, featureCollection, length, lineString, point } from '@turf/turf';
import type { Feature, Point, Polygon, Position } from 'geojson';
import {
  boundsOf,
  circlePolygon,
  destinationOf,
  haversineKm,
  initialBearing,
  lineLengthKm,
} from '../../src/scene/geodesy.ts';

// Positions that exercise the formulas: near the equator, high latitudes, across the antimeridian, west and south.
const PAIRS: [Position, Position][] = [
  [
    [44.36, 33.31],
    [47.98, 29.38],
  ],
  [
    [-79.0, 35.14],
    [47.98, 29.38],
  ],
  [
    [179.5, -16.5],
    [-179.5, -17.0],
  ],
  [
    [10, 78],
    [-20, 64],
  ],
];

describe('geodesy gives the numbers turf gave', () => {
  it('distance in km, bit for bit', () => {
    for (const [from, to] of PAIRS) expect(haversineKm(from, to)).toBe(distance(from, to, { units: 'kilometers' }));
  });

  it('initial bearing, bit for bit', () => {
    for (const [from, to] of PAIRS) expect(initialBearing(from, to)).toBe(bearing(from, to));
  });

  it('destination for bearings past a full turn and negative ones', () => {
    for (const [from] of PAIRS) {
      for (const heading of [-400, -90, 0, 57, 380]) {
        expect(destinationOf(from, 12.5, heading)).toEqual(
          destination(point(from), 12.5, heading, { units: 'kilometers' }).geometry.coordinates,
        );
      }
    }
  });

  it('a circle as turf drew it: same ring, same keys, closed', () => {
    const mine = circlePolygon([44.36, 33.31], 7, 64, { id: 'p' });
    const turf = circle([44.36, 33.31], 7, { steps: 64, units: 'kilometers', properties: { id: 'p' } });
    expect(JSON.stringify(mine)).toBe(JSON.stringify(turf));
  });

  it('the length of a line along its vertices', () => {
    const coordinates = PAIRS.flat();
    const line = lineString(coordinates);
    expect(lineLengthKm(line)).toBe(length(line, { units: 'kilometers' }));
  });

  it('bounds of points and polygons together', () => {
    const features: Feature<Point | Polygon>[] = [
      point([44.36, 33.31]),
      circle([47.98, 29.38], 20, { units: 'kilometers' }),
      point([-79, 35.14]),
    ];
    expect(boundsOf(features)).toEqual(bbox(featureCollection(features)));
  });

  it('bounds of a single point are that point', () => {
    expect(boundsOf([point([1, 2])])).toEqual([1, 2, 1, 2]);
  });
});
