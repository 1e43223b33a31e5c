/**
 * Plain-language wording shared by panels and announcements.
 */
import type { PlaceProperties } from './schema.ts';

/** How far a distance reads: "200 m", "1.5 km", "30 km", "10,930 km". */
export function formatDistanceKm(km: number): string {
  if (km < 1) return `${Math.round(km * 1000)} m`;
  if (km >= 100) return `${Math.round(km).toLocaleString('en-US')} km`;
  return `${Number(km.toFixed(1))} km`;
}

/** One sentence on how precisely a place is known, so a reader never mistakes an estimate for a fix. */
export function describePrecision(place: Pick<PlaceProperties, 'precision' | 'radius_km'>, isArea: boolean): string {
  if (place.precision === 'exact') return isArea ? 'Exact outline.' : 'Exact position.';
  const radius = formatDistanceKm(place.radius_km ?? 0);
  return isArea
    ? `Approximate outline: the real boundary may differ by up to about ${radius}.`
    : `Approximate: the exact spot is not public; it lies within about ${radius} of the marked point.`;
}

/** "air-base" → "Air base". */
export function formatKind(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
