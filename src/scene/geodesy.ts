/**
 * Spherical geodesy for the scene: distance, bearing, destination, circles, bounds and line length, with turf's
 * formulas and earth radius (so every number is the one `@turf/turf` gave), without its GeoJSON helpers: the
 * first view needs these few lines, not turf's modules (about 2 KB gzip of the page's first JavaScript).
 */
import type { Feature, FeatureCollection, GeoJsonProperties, LineString, Point, Polygon, Position } from 'geojson';

/** turf's mean earth radius, in km. */
const EARTH_RADIUS_KM = 6371.0088;

// turf normalises before converting (degrees % 360, radians % 2π); the same steps give the same bits.
const toRadians = (degrees: number) => ((degrees % 360) * Math.PI) / 180;
const toDegrees = (radians: number) => ((radians % (2 * Math.PI)) * 180) / Math.PI;

/** Great-circle (haversine) distance between two [lon, lat] positions, in km (turf's `distance`). */
export function haversineKm(from: Position, to: Position): number {
  const dLat = toRadians(to[1]! - from[1]!);
  const dLon = toRadians(to[0]! - from[0]!);
  const a =
    Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(toRadians(from[1]!)) * Math.cos(toRadians(to[1]!));
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

/** Initial bearing from one position to another, in degrees from north, -180 to 180 (turf's `bearing`). */
export function initialBearing(from: Position, to: Position): number {
  const lon1 = toRadians(from[0]!);
  const lon2 = toRadians(to[0]!);
  const lat1 = toRadians(from[1]!);
  const lat2 = toRadians(to[1]!);
  const a = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const b = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return toDegrees(Math.atan2(a, b));
}

/** The position `km` away from `origin` on the given bearing (turf's `destination`). */
export function destinationOf(origin: Position, km: number, bearing: number): Position {
  const lon1 = toRadians(origin[0]!);
  const lat1 = toRadians(origin[1]!);
  const bearingRad = toRadians(bearing);
  const radians = km / EARTH_RADIUS_KM;
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(radians) + Math.cos(lat1) * Math.sin(radians) * Math.cos(bearingRad),
  );
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearingRad) * Math.sin(radians) * Math.cos(lat1),
      Math.cos(radians) - Math.sin(lat1) * Math.sin(lat2),
    );
  return [toDegrees(lon2), toDegrees(lat2)];
}

/**
 * A circle of `km` around `center` as a polygon of `steps` sides, its ring closed, going round as turf's `circle`
 * does (keys in turf's order too: marks are compared as JSON).
 */
export function circlePolygon<P extends GeoJsonProperties>(
  center: Position,
  km: number,
  steps: number,
  properties: P,
): Feature<Polygon, P> {
  const ring = Array.from({ length: steps }, (_, i) => destinationOf(center, km, (i * -360) / steps));
  ring.push(ring[0]!);
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A point feature, keys in turf's order. */
export function pointFeatureOf(position: Position): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } };
}

/** A feature collection, keys in turf's order. */
export function collectionOf<F extends Feature>(features: F[]): FeatureCollection<F['geometry'], F['properties']> {
  return { type: 'FeatureCollection', features } as FeatureCollection<F['geometry'], F['properties']>;
}

/** The length of a line along its vertices, in km (turf's `length`). */
export function lineLengthKm(line: Feature<LineString>): number {
  const coordinates = line.geometry.coordinates;
  let km = 0;
  for (let i = 1; i < coordinates.length; i++) km += haversineKm(coordinates[i - 1]!, coordinates[i]!);
  return km;
}

/**
 * West, south, east and north of every position of points and polygons (turf's `bbox`; no antimeridian handling).
 */
export function boundsOf(features: readonly Feature<Point | Polygon>[]): [number, number, number, number] {
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([lon, lat]: Position) => {
    bounds[0] = Math.min(bounds[0], lon!);
    bounds[1] = Math.min(bounds[1], lat!);
    bounds[2] = Math.max(bounds[2], lon!);
    bounds[3] = Math.max(bounds[3], lat!);
  };
  for (const { geometry } of features) {
    if (geometry.type === 'Point') add(geometry.coordinates);
    else for (const ring of geometry.coordinates) ring.forEach(add);
  }
  return bounds;
}
