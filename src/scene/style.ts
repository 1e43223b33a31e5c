/**
 * How each scene role looks: one table that both the map's role layers (src/map/layers/scene-layers.ts, as style
 * expressions) and the animation overlay (core/scene-drawing.ts, as canvas operations) read, so the moving marks
 * and the settled ones cannot drift apart. Sizes are CSS pixels unless named in ems.
 */
import type { AnchorOffset, LabelAnchor } from './label-anchors.ts';
import type { SceneRole } from './scene.ts';
import { PALETTE } from '../lib/palette.ts';

export interface LineStyle {
  color: string;
  width: number;
  opacity: number;
  cap: 'round' | 'butt';
  join: 'round' | 'miter';
  /** Dash and gap lengths in line widths (as MapLibre's `line-dasharray`); none for a solid line. */
  dash?: readonly number[];
}

/** The routes layer: routes of earlier steps, the current step's planned route, and the trail behind a unit. */
export const ROUTE_LINES = {
  'route-past': { color: '#6b86a6', width: 2, opacity: 0.9, cap: 'round', join: 'round' },
  'route-planned': { color: PALETTE.accent, width: 1.5, opacity: 0.5, cap: 'round', join: 'round' },
  trail: { color: PALETTE.accent, width: 3.5, opacity: 0.9, cap: 'round', join: 'round' },
} as const satisfies Partial<Record<SceneRole, LineStyle>>;

/** A dashed line over the planned route, so it reads as a plan. */
export const PLANNED_DASH = {
  color: PALETTE.accent,
  width: 1.5,
  opacity: 0.6,
  cap: 'butt',
  join: 'miter',
  dash: [2, 3],
} as const satisfies LineStyle;

/** A rocket's path; its opacity is this times the feature's strength (0 before launch, 0.5 in flight). */
export const ROCKET_LINE = {
  color: PALETTE.hostile,
  width: 1.5,
  opacity: 0.9,
  cap: 'butt',
  join: 'miter',
  dash: [1, 1.5],
} as const satisfies LineStyle;

export interface CircleStyle {
  radius: number;
  color: string;
  opacity: number;
  strokeColor: string;
  strokeWidth: number;
  strokeOpacity: number;
}

/** A pulse (an impact's flash) or a fire's glow grows and fades with strength s: radius base + grow·s. */
export const PULSES = {
  baseRadius: 6,
  growRadius: 22,
  /** Fill opacity at strength 1; the stroke's is the strength itself. */
  fillOpacity: 0.35,
  strokeWidth: 2,
  colors: {
    pulse: { color: PALETTE.hostile, strokeColor: PALETTE.hostile },
    fire: { color: '#f28c28', strokeColor: '#d35400' },
  },
} as const;

/** Marks drawn as a dot with a white outline. */
export const DOTS = {
  impact: { radius: 6, color: PALETTE.hostile, strokeWidth: 1.5 },
  'impact-past': { radius: 4.5, color: '#8c8c8c', strokeWidth: 1.5 },
  'rocket-head': { radius: 3.5, color: PALETTE.hostile, strokeWidth: 1.5 },
  crowd: { radius: 3.5, color: '#d9412f', strokeWidth: 0.8 },
  fire: { radius: 7, color: '#f28c28', strokeWidth: 1.5 },
} as const satisfies Partial<Record<SceneRole, { radius: number; color: string; strokeWidth: number }>>;
export const DOT_STROKE_COLOR = '#ffffff';

/** The arrow at a finished route's end: pushed this far (px, before its rotation) from the unit's point. */
export const ROUTE_ARROW = { image: 'route-arrow', offset: [0, 12] } as const;

export interface LabelStyle {
  size: number;
  /** Lines wrap beyond this many ems. */
  maxWidth: number;
  color: string;
  haloColor: string;
  haloWidth: number;
}

/**
 * A unit's label beside its symbol: right of it, or left of it near the map's east edge. One anchor per label
 * (see label-edges' `single`): the moving label and its invisible keep-clear copy must cover the same box.
 */
export const UNIT_LABEL = {
  size: 12,
  maxWidth: 16,
  color: '#1f2328',
  haloColor: '#ffffff',
  haloWidth: 1.6,
  anchors: [
    ['left', [1.9, 0]],
    ['right', [-1.9, 0]],
  ] as const satisfies readonly AnchorOffset[],
} as const;

/** An event's label (a fire) under its mark. */
export const EVENT_LABEL = {
  size: 11.5,
  maxWidth: 10,
  color: '#8a3a00',
  haloColor: '#ffffff',
  haloWidth: 1.5,
  anchor: 'top' as LabelAnchor,
  offset: [0, 1.1] as const,
} as const;

/** The font MapLibre draws labels with when the style has no glyphs URL: its default fontstack, then sans-serif. */
export const LABEL_FONT_FAMILY = "'Open Sans Regular', 'Arial Unicode MS Regular', sans-serif";
/** MapLibre's default `text-line-height`, in ems. */
export const LABEL_LINE_HEIGHT = 1.2;
/**
 * How far below the middle of its line box MapLibre draws a line's glyphs, in ems: its glyph metrics put text about
 * 2 px lower at 12 px than a canvas's `middle` baseline (measured in tests/e2e/scene-overlay.spec.ts).
 */
export const LABEL_BASELINE_SHIFT = 0.18;

/**
 * The room a label needs from the map's edges (label-edges.ts turns these into a style expression; the overlay
 * reads them directly): two lines and the map's bottom controls above or below a point, and a width estimated
 * from the label's length, about 6 px a character at 12 px, lines wrapped near 34 characters, plus the offset
 * from its point. Generous on purpose: a label that would fit after all only loses its first choice of side.
 */
export const LABEL_ROOM = {
  marginYPx: 56,
  /** The vertical margin is at most this share of the map's height (a short map keeps a middle). */
  marginYShare: 0.2,
  pxPerCharacter: 6,
  longestLineCharacters: 34,
  offsetPx: 24,
} as const;
