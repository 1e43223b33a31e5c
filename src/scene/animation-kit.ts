/**
 * What every animation builds with: the scene's feature types, the animation's shape, and small geometry helpers.
 * Pure: no map, no DOM.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { PlaceFeature, PlaceKind, StoryEvent } from '../story/schema.ts';
import type { StoryModel } from '../story/model.ts';

/** What a scene feature is, for styling: each role has its own layer style. */
export type SceneRole =
  | 'route-past'
  | 'route-planned'
  | 'trail'
  | 'unit'
  | 'impact'
  | 'impact-past'
  | 'pulse'
  | 'rocket'
  | 'rocket-head'
  | 'crowd'
  | 'fire'
  | 'route-end'
  | 'keep-clear';

/** The roles of what a step leaves on the map once it is over (EventAnimation.past): all the static source holds. */
export const PAST_ROLES: readonly SceneRole[] = ['route-past', 'unit', 'impact-past'];

export type SceneFeature = Feature<Geometry, SceneProperties>;
export interface SceneProperties {
  role: SceneRole;
  /** Image name of a unit symbol (a force's id in the story's `forces`), for role unit. */
  symbol?: string;
  label?: string;
  /** 0..1 strength of a pulse or head, for size and opacity. */
  strength?: number;
  /** Heading for arrows, degrees from north. */
  bearing?: number;
  /** For role keep-clear: the role of the end-state mark whose room it holds (see keepClearOf). */
  mirrors?: SceneRole;
  /** In the story's static marks (storyStaticFeatures): the first step index that shows the mark. */
  shownFrom?: number;
}

/** The animation that belongs to one event, by what kind of event it is and which places it names. */
export interface EventAnimation {
  durationMs: number;
  /** Fixed parts drawn while the event is current (and not repeated in the past state). */
  current: SceneFeature[];
  frame(t: number, reducedMotion: boolean): SceneFeature[];
  /** What stays on the map once the event is over. */
  past: SceneFeature[];
}

/** What an animation is built from: the story, the event, and the event's places by kind. */
export interface AnimationContext {
  model: StoryModel;
  event: StoryEvent;
  /** The event's places, in its order. */
  places: readonly PlaceFeature[];
  /** The event's places of one kind, in its order. */
  ofKind(kind: PlaceKind): PlaceFeature[];
}

/** Builds one kind of animation; null when the story lacks what it draws (validation names that). */
export type AnimationBuilder = (context: AnimationContext) => EventAnimation | null;

export const pointFeature = (position: Position, properties: SceneProperties): SceneFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [...position] },
  properties,
});

/** A label property only when the story gives one: an unlabelled mark carries no `label` key at all. */
export const labelOf = (label: string | undefined): { label?: string } => (label === undefined ? {} : { label });

export function anchorOf(place: PlaceFeature | undefined): Position | undefined {
  if (!place) return undefined;
  if (place.geometry.type === 'Point') return place.geometry.coordinates;
  // A polygon's first vertex is on its outline; for an anchor use the mean of the outer ring's vertices.
  const ring = place.geometry.coordinates[0]!.slice(0, -1);
  return [ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length, ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length];
}

/** A smooth 0 → 1 → 0 bump over [start, end] of t; 0 outside. */
export function bump(t: number, start: number, end: number): number {
  if (t < start || t > end) return 0;
  return Math.sin(((t - start) / (end - start)) * Math.PI);
}
