/**
 * Plain-language wording shared by panels and announcements.
 */
import type { PlaceProperties } from './schema.ts';
import { formatPublishedDate } from './dates.ts';

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

/**
 * For a place whose position is our inference: what the sources actually say, e.g.
 * `estimated: reported only as “eastern Ukraine”`. Undefined when the sources give the position itself.
 */
export function describeEstimate(place: Pick<PlaceProperties, 'reported_as'>): string | undefined {
  return place.reported_as === undefined ? undefined : `estimated: reported only as “${place.reported_as}”`;
}

/**
 * The map label: the name, then how far to trust the spot. An estimate says so in words, because a radius
 * alone reads as a measurement.
 */
export function placeLabel(place: Pick<PlaceProperties, 'name' | 'precision' | 'radius_km' | 'reported_as'>): string {
  const estimate = describeEstimate(place);
  if (estimate !== undefined) return `${place.name}\n${estimate}`;
  if (place.precision === 'approximate') return `${place.name}\napprox. ±${formatDistanceKm(place.radius_km ?? 0)}`;
  return place.name;
}

/** "air-base" → "Air base". */
export function formatKind(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The story's credit on the map, pictures and videos, as the page's byline gives it: "Story: The New York Times,
 * Thursday, 2 January 2020".
 */
export function storyAttribution(article: { outlet: string; published: string }): string {
  return `Story: ${article.outlet}, ${formatPublishedDate(article.published)}`;
}
