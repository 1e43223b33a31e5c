/**
 * Routes for force movements: great-circle lines, positions along them with easing, and their length.
 * No function mutates its input.
 */
import { along, bearing, greatCircle, length, lineSliceAlong, point } from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';

/** Points along a great circle: enough to look smooth from Baghdad to Fort Bragg. */
const ROUTE_POINTS = 128;

/** Ease in and out (cubic): a departure, a cruise, an arrival. */
export function easeInOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}

/**
 * The great-circle route between two positions, as one LineString.
 * @param from - [lon, lat] of the origin
 * @param to - [lon, lat] of the destination
 */
export function movementRoute(from: Position, to: Position): Feature<LineString> {
  const route = greatCircle(point([...from]), point([...to]), { npoints: ROUTE_POINTS });
  // Routes in this story never cross the antimeridian, where turf would return a MultiLineString.
  if (route.geometry.type !== 'LineString') throw new Error('route crosses the antimeridian');
  return route as Feature<LineString>;
}

/** The route's length in kilometres. */
export function routeLengthKm(route: Feature<LineString>): number {
  return length(route, { units: 'kilometers' });
}

export interface RoutePosition {
  position: Position;
  /** Heading in degrees clockwise from north, for pointing the moving symbol. */
  bearing: number;
}

/**
 * Where a movement is at progress `t` (0 departure … 1 arrival), with easing applied.
 * @param route - from {@link movementRoute}
 * @param t - linear progress in [0, 1]; values outside are clamped
 */
export function positionAlong(route: Feature<LineString>, t: number): RoutePosition {
  const total = routeLengthKm(route);
  const distance = total * easeInOutCubic(t);
  const here = along(route, distance, { units: 'kilometers' });
  // Look a little ahead (or behind, at the very end) for the heading.
  const step = Math.min(total / 100, 5);
  const ahead = along(route, Math.min(total, distance + step), { units: 'kilometers' });
  const behind = along(route, Math.max(0, distance - step), { units: 'kilometers' });
  const heading = distance + step <= total ? bearing(here, ahead) : bearing(behind, here);
  return { position: here.geometry.coordinates, bearing: heading };
}

/** Pieces a trail is cut into: the finished ones stay identical from frame to frame (see trailAlong). */
const TRAIL_PIECES = 32;

/**
 * The part of the route travelled by progress `t` (eased), the trail behind a moving unit, as pieces: every
 * piece already passed is the same line in every later frame, and only the last, partial piece changes. A
 * renderer can then upload each finished piece once instead of a new, longer line every frame.
 */
export function trailAlong(route: Feature<LineString>, t: number): Feature<LineString>[] {
  const total = routeLengthKm(route);
  const travelled = Math.max(total * easeInOutCubic(t), total * 1e-6);
  const pieceLength = total / TRAIL_PIECES;
  const pieces: Feature<LineString>[] = [];
  for (let start = 0; start < travelled - 1e-9; start += pieceLength) {
    const end = Math.min(travelled, start + pieceLength);
    pieces.push(lineSliceAlong(route, start, end, { units: 'kilometers' }));
  }
  return pieces;
}

/**
 * A curved arc from `from` to `to` (a rocket's path seen from above, drawn as a bend so it reads as a
 * trajectory): a quadratic Bézier in lon/lat, bulging to the left of travel by `bend` × the distance.
 */
export function arc(from: Position, to: Position, bend = 0.25, segments = 24): Feature<LineString> {
  const [x0, y0] = from as [number, number];
  const [x1, y1] = to as [number, number];
  const control: [number, number] = [(x0 + x1) / 2 - (y1 - y0) * bend, (y0 + y1) / 2 + (x1 - x0) * bend];
  const coordinates: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const s = i / segments;
    const a = (1 - s) ** 2;
    const b = 2 * (1 - s) * s;
    const c = s ** 2;
    coordinates.push([a * x0 + b * control[0] + c * x1, a * y0 + b * control[1] + c * y1]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

/** The point a fraction `t` along a (short) line by vertex index: cheap enough for every frame. */
export function pointOnArc(line: Feature<LineString>, t: number): Feature<Point> {
  const coordinates = line.geometry.coordinates;
  const index = Math.round(Math.min(1, Math.max(0, t)) * (coordinates.length - 1));
  return point([...coordinates[index]!]);
}
