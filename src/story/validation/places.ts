/**
 * The rules for one place: its geometry (rings, self-intersection, area) and the country it claims to lie in.
 */
import { area, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { type PlaceFeature } from '../schema.ts';
import type { ValidationIssue, GeographyOptions } from './issue.ts';

export const SQUARE_METRES_PER_ACRE = 4046.8564224;

export function placeIssues(file: string, feature: PlaceFeature, options: GeographyOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { id, country, area_acres } = feature.properties;
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon') {
    for (const [ringIndex, ring] of geometry.coordinates.entries()) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        issues.push({
          file,
          id,
          field: `geometry.coordinates.${ringIndex}`,
          message: 'ring is not closed: its first and last positions differ',
        });
      }
    }
    if (issues.length === 0 && kinks(feature as Feature<Polygon>).features.length > 0) {
      issues.push({ file, id, field: 'geometry.coordinates', message: 'polygon crosses itself' });
    }
    if (issues.length === 0 && area_acres) {
      const acres = area(feature as Feature<Polygon>) / SQUARE_METRES_PER_ACRE;
      const [min, max] = area_acres;
      if (acres < min || acres > max) {
        issues.push({
          file,
          id,
          field: 'geometry',
          message: `the outline covers ${acres.toFixed(1)} acres; expected ${min}–${max} (area_acres)`,
        });
      }
    }
  } else if (area_acres) {
    issues.push({
      file,
      id,
      field: 'properties.area_acres',
      message: 'only a polygon has an area: area_acres needs one',
    });
  }
  // A region spanning several countries has none to lie inside.
  const outline = country === undefined ? undefined : options.countries?.get(country);
  if (options.countries && country !== undefined && issues.length === 0) {
    const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates[0]!.slice(0, -1);
    const outside = outline ? positions.find((position) => !booleanPointInPolygon(position, outline)) : undefined;
    if (!outline) {
      issues.push({ file, id, field: 'properties.country', message: `no outline known for country ${country}` });
    } else if (outside) {
      issues.push({
        file,
        id,
        field: 'geometry.coordinates',
        message: `[${outside.join(', ')}] lies outside ${country}`,
      });
    }
  }
  return issues;
}
