/**
 * Routes for force movements: great-circle lines, positions along them with easing, and their length.
 * No function mutates its input.
 */
import { haversineKm, initialBearing, lineLengthKm, pointFeatureOf } from './geodesy.ts';
import type { Feature, LineString, Point, Position } from 'geojson';

/** Points along a great circle at most: enough to look smooth across an ocean. */
export const ROUTE_POINTS = 128;
/** At least: a short route is all but straight, and a few vertices keep its heading right at both ends. */
export const ROUTE_MIN_POINTS = 8;
/**
 * One vertex per this many kilometres: the straight pieces the map draws between them stay within metres of the
 * great circle at any zoom a route is framed at. A story of thousands of short moves kept 128 vertices each
 * (600,000 arrays, half its heap at 10,000 events).
 */
const KM_PER_POINT = 50;

/** How many vertices a route of this length needs (see KM_PER_POINT). */
export function routePointCount(km: number): number {
  return Math.min(ROUTE_POINTS, Math.max(ROUTE_MIN_POINTS, Math.ceil(km / KM_PER_POINT) + 1));
}

/** Ease in and out (cubic): a departure, a cruise, an arrival. */
export function easeInOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}

const RADIANS = Math.PI / 180;
/** Six decimals (about 0.1 m), as turf's greatCircle rounds them. */
const round6 = (degrees: number) => Math.round((degrees + Number.EPSILON) * 1e6) / 1e6;

/**
 * `count` points along the great circle from `from` to `to`, both ends included: the intermediate-point formula
 * (Ed Williams' Aviation Formulary) that turf's greatCircle uses through the `arc` package, written out here
 * because these few lines are all of it a route needs, and `arc` was 4 KB of the first view's code.
 */
function greatCirclePoints(from: Position, to: Position, count: number): Position[] {
  if (from[0] === to[0] && from[1] === to[1]) return Array.from({ length: count }, () => [from[0]!, from[1]!]);
  const [x0, y0, x1, y1] = [from[0]!, from[1]!, to[0]!, to[1]!].map((degrees) => degrees * RADIANS) as [
    number,
    number,
    number,
    number,
  ];
  // The angle between the two ends, seen from the earth's centre.
  const g =
    2 * Math.asin(Math.sqrt(Math.sin((y0 - y1) / 2) ** 2 + Math.cos(y0) * Math.cos(y1) * Math.sin((x0 - x1) / 2) ** 2));
  // Antipodes have no single great circle between them.
  if (!(g < Math.PI)) throw new Error(`no single great circle joins ${from.join(',')} and ${to.join(',')}`);
  const delta = 1 / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    const f = delta * i;
    const a = Math.sin((1 - f) * g) / Math.sin(g);
    const b = Math.sin(f * g) / Math.sin(g);
    const x = a * Math.cos(y0) * Math.cos(x0) + b * Math.cos(y1) * Math.cos(x1);
    const y = a * Math.cos(y0) * Math.sin(x0) + b * Math.cos(y1) * Math.sin(x1);
    const z = a * Math.sin(y0) + b * Math.sin(y1);
    return [round6(Math.atan2(y, x) / RADIANS), round6(Math.atan2(z, Math.sqrt(x ** 2 + y ** 2)) / RADIANS)];
  });
}

/**
 * The great-circle route between two positions, as one LineString.
 * @param from - [lon, lat] of the origin
 * @param to - [lon, lat] of the destination
 */
export function movementRoute(from: Position, to: Position): Feature<LineString> {
  const km = haversineKm(from, to);
  const coordinates = greatCirclePoints(from, to, routePointCount(km));
  // A route across the antimeridian would need to be split in two lines (as turf would return a MultiLineString).
  if (coordinates.some((position, i) => i > 0 && Math.abs(position[0]! - coordinates[i - 1]![0]!) > 180)) {
    throw new Error('route crosses the antimeridian');
  }
  // Keys in turf's order: the scene's marks are compared as JSON (scene-static's story-wide marks against a step's).
  return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: {} };
}

/** The route's length in kilometres. */
export function routeLengthKm(route: Feature<LineString>): number {
  return lineLengthKm(route);
}

/**
 * A route prepared once for cheap positions along it: each vertex's distance from the start. Every position
 * and trail of an animation frame then costs a binary search and one interpolation, not a walk (or a slice)
 * of the whole line.
 */
export interface RouteTrack {
  readonly coordinates: readonly Position[];
  /** cumulativeKm[i]: distance along the route from its first vertex to vertex i (cumulativeKm[0] is 0). */
  readonly cumulativeKm: readonly number[];
  readonly totalKm: number;
}

/** Measure a route's vertices once (great-circle distances, as turf's `length` and `along` do). */
export function routeTrack(route: Feature<LineString>): RouteTrack {
  const coordinates = route.geometry.coordinates;
  const cumulativeKm = [0];
  for (let i = 1; i < coordinates.length; i++) {
    cumulativeKm.push(cumulativeKm[i - 1]! + haversineKm(coordinates[i - 1]!, coordinates[i]!));
  }
  return { coordinates, cumulativeKm, totalKm: cumulativeKm.at(-1) ?? 0 };
}

/**
 * The index of the segment (from vertex i to i + 1) that holds `km`: the last vertex at or before it, never the
 * last vertex itself, so that i + 1 exists. A binary search: O(log n) per frame, and n is 128 at most.
 */
function segmentAt(track: RouteTrack, km: number): number {
  let low = 0;
  let high = track.coordinates.length - 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (track.cumulativeKm[middle]! <= km) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The point `km` along the route (clamped to its ends), interpolated linearly between the two vertices around it:
 * vertices are close enough (KM_PER_POINT apart at most) that this is the straight piece the map draws between them. The
 * track's line has two vertices or more, as every GeoJSON LineString does.
 * @returns the position and the index of the segment it lies on
 */
export function pointAlong(track: RouteTrack, km: number): { position: Position; segment: number } {
  const coordinates = track.coordinates;
  const clamped = Math.min(track.totalKm, Math.max(0, km));
  const segment = segmentAt(track, clamped);
  const from = coordinates[segment]!;
  const to = coordinates[segment + 1]!;
  const startKm = track.cumulativeKm[segment]!;
  const lengthKm = track.cumulativeKm[segment + 1]! - startKm;
  // A zero-length segment (two equal vertices) has no direction to go in: stay on its first vertex.
  const f = lengthKm > 0 ? (clamped - startKm) / lengthKm : 0;
  return { position: [from[0]! + (to[0]! - from[0]!) * f, from[1]! + (to[1]! - from[1]!) * f], segment };
}

export interface RoutePosition {
  position: Position;
  /** Heading in degrees clockwise from north, for pointing the moving symbol. */
  bearing: number;
}

/**
 * Where a movement is at progress `t` (0 departure … 1 arrival), with easing applied.
 * @param track - from {@link routeTrack}
 * @param t - linear progress in [0, 1]; values outside are clamped
 */
export function positionAlong(track: RouteTrack, t: number): RoutePosition {
  const total = track.totalKm;
  const distanceKm = total * easeInOutCubic(t);
  const here = pointAlong(track, distanceKm).position;
  // Look a little ahead (or behind, at the very end) for the heading.
  const step = Math.min(total / 100, 5);
  const heading =
    distanceKm + step <= total
      ? initialBearing(here, pointAlong(track, distanceKm + step).position)
      : initialBearing(pointAlong(track, distanceKm - step).position, here);
  return { position: here, bearing: heading };
}

/** The shortest trail drawn, as a fraction of the route: a line of zero length would not be a line. */
const MIN_TRAIL = 1e-6;

/**
 * The part of the route travelled by progress `t` (eased), the trail behind a moving unit: the route's vertices
 * already passed, then the unit's own position. Never shorter than a millionth of the route.
 */
export function trailAlong(track: RouteTrack, t: number): Feature<LineString> {
  const travelled = Math.max(track.totalKm * easeInOutCubic(t), track.totalKm * MIN_TRAIL);
  const head = pointAlong(track, travelled);
  const passed = track.coordinates.slice(0, head.segment + 1).map((position) => [...position]);
  const last = passed.at(-1)!;
  // On a vertex exactly, the head is that vertex: a repeated position would only add a zero-length piece (but a
  // line needs two positions, so a route of length zero keeps its one point twice).
  const onVertex = last[0] === head.position[0] && last[1] === head.position[1];
  const coordinates = onVertex && passed.length > 1 ? passed : [...passed, head.position];
  // Keys in turf's order: the scene's marks are compared as JSON (scene-static's story-wide marks against a step's).
  return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: {} };
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
  // Keys in turf's order: the scene's marks are compared as JSON (scene-static's story-wide marks against a step's).
  return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: {} };
}

/** The point a fraction `t` along a (short) line by vertex index: cheap enough for every frame. */
export function pointOnArc(line: Feature<LineString>, t: number): Feature<Point> {
  const coordinates = line.geometry.coordinates;
  const index = Math.round(Math.min(1, Math.max(0, t)) * (coordinates.length - 1));
  return pointFeatureOf([...coordinates[index]!]);
}
