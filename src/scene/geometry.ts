/**
 * Geometry for drawing and framing places honestly: uncertainty circles and bounds that include them.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { boundsOf, circlePolygon, collectionOf, haversineKm } from './geodesy.ts';
import type { PlaceFeature } from '../story/schema.ts';

/** Steps around an uncertainty circle: smooth at any zoom the map allows, small enough to stay cheap. */
const CIRCLE_STEPS = 64;

/**
 * The uncertainty circle of an approximate place: where the real spot may be. Exact places have none.
 * @returns a polygon carrying the place's id and radius, or undefined
 */
export function uncertaintyCircle(place: PlaceFeature): Feature<Polygon> | undefined {
  const { precision, radius_km: radiusKm, id, kind } = place.properties;
  if (precision !== 'approximate' || radiusKm === undefined || place.geometry.type !== 'Point') return undefined;
  return circlePolygon(place.geometry.coordinates, radiusKm, CIRCLE_STEPS, { id, kind, radius_km: radiusKm });
}

/** Every approximate point place's circle, for one map source. */
export function uncertaintyCircles(places: readonly PlaceFeature[]): FeatureCollection<Polygon> {
  return collectionOf(places.flatMap((place) => uncertaintyCircle(place) ?? []));
}

/**
 * The bounds that show the given places whole, including their uncertainty (a camera must not crop the
 * area where something may have happened). Returns undefined for no places.
 */
export function placesBounds(places: readonly PlaceFeature[]): [number, number, number, number] | undefined {
  if (places.length === 0) return undefined;
  const shapes = places.map((place) => uncertaintyCircle(place) ?? place);
  return boundsOf(shapes);
}

/** Great-circle distance between two [lon, lat] positions, in km. */
export function distanceKm(from: Position, to: Position): number {
  return haversineKm(from, to);
}
