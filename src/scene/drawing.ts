/**
 * An animation frame as a list of 2D drawing operations in screen pixels: what the map's role layers for the
 * animated source would draw (src/map/layers/scene-layers.ts), in their order and with their styles (core/scene-style.ts),
 * so a canvas can show in-between frames without a round trip through MapLibre's worker. Pure: the caller gives
 * the projection and the view's size, and draws the operations (src/map/layers/scene-overlay.ts).
 */
import type { Position } from 'geojson';
import { anchorsAwayFromEdges, type EdgeZone, type LabelAnchor } from './label-anchors.ts';
import type { SceneFeature, SceneRole } from './scene.ts';
import {
  DOT_STROKE_COLOR,
  DOTS,
  EVENT_LABEL,
  LABEL_ROOM,
  PLANNED_DASH,
  PULSES,
  ROCKET_LINE,
  ROUTE_ARROW,
  ROUTE_LINES,
  UNIT_LABEL,
  type CircleStyle,
  type LabelStyle,
  type LineStyle,
} from './style.ts';

/** A point on the screen, CSS pixels from the map's top-left corner. */
export type ScreenPoint = readonly [number, number];

export interface LineOperation {
  kind: 'line';
  points: ScreenPoint[];
  /** The style, with its opacity already multiplied by the feature's strength where that applies. */
  style: LineStyle;
}

/** A circle with its style resolved for one feature (strength applied). */
export interface CircleOperation extends CircleStyle {
  kind: 'circle';
  center: ScreenPoint;
}

export interface IconOperation {
  kind: 'icon';
  center: ScreenPoint;
  /** The image's name (a unit symbol or the route arrow). */
  image: string;
  /** Pixels from the point to the image's centre, before rotation. */
  offset: readonly [number, number];
  /** Degrees clockwise. */
  rotate: number;
}

export interface TextOperation {
  kind: 'text';
  /** The point the label belongs to. */
  point: ScreenPoint;
  text: string;
  /** Which side of the label touches its point, after the offset (as MapLibre's text anchors). */
  anchor: LabelAnchor;
  /** From the point to the anchor, in pixels. */
  offset: readonly [number, number];
  style: LabelStyle;
}

export type DrawOperation = LineOperation | CircleOperation | IconOperation | TextOperation;

export interface DrawingContext {
  /** Longitude/latitude to screen pixels (the map's `project`). */
  project: (position: Position) => ScreenPoint;
  /** The map's size in CSS pixels. */
  view: { width: number; height: number };
  /** A unit symbol's offset from its point to its image's centre (its anchor, see core/symbols.ts). */
  iconOffset: (image: string) => readonly [number, number];
}

const strengthOf = (feature: SceneFeature) => feature.properties.strength ?? 1;
const isRole =
  (...roles: SceneRole[]) =>
  (feature: SceneFeature) =>
    roles.includes(feature.properties.role);

/**
 * Where a point lies for its label, as label-edges.ts tells the map after each move: near the west or east edge
 * when the label (estimated from its length) would not fit on that side, near the north or south edge within
 * the vertical margin.
 */
export function labelEdgeZone(
  point: ScreenPoint,
  labelLength: number,
  view: { width: number; height: number },
): EdgeZone {
  const need =
    LABEL_ROOM.offsetPx + LABEL_ROOM.pxPerCharacter * Math.min(LABEL_ROOM.longestLineCharacters, labelLength);
  const nearWest = point[0] < need;
  const nearEast = view.width - point[0] < need;
  const marginY = Math.min(LABEL_ROOM.marginYPx, view.height * LABEL_ROOM.marginYShare);
  return {
    x: nearWest && nearEast ? 'narrow' : nearWest ? 'west' : nearEast ? 'east' : 'middle',
    y: point[1] < marginY ? 'north' : point[1] > view.height - marginY ? 'south' : 'middle',
  };
}

function lineOperations(features: SceneFeature[], context: DrawingContext): LineOperation[] {
  const lines = features.filter((feature) => feature.geometry.type === 'LineString');
  const project = (feature: SceneFeature) =>
    (feature.geometry as GeoJSON.LineString).coordinates.map((position) => context.project(position));
  const routes = lines.filter(isRole('route-past', 'route-planned', 'trail')).map((feature): LineOperation => {
    const style = ROUTE_LINES[feature.properties.role as keyof typeof ROUTE_LINES];
    return { kind: 'line', points: project(feature), style };
  });
  const plannedDashes = lines
    .filter(isRole('route-planned'))
    .map((feature): LineOperation => ({ kind: 'line', points: project(feature), style: PLANNED_DASH }));
  const rockets = lines
    .filter(isRole('rocket'))
    .filter((feature) => strengthOf(feature) > 0)
    .map((feature): LineOperation => ({
      kind: 'line',
      points: project(feature),
      style: { ...ROCKET_LINE, opacity: ROCKET_LINE.opacity * strengthOf(feature) },
    }));
  return [...routes, ...plannedDashes, ...rockets];
}

function circleOperations(points: SceneFeature[], context: DrawingContext): CircleOperation[] {
  const at = (feature: SceneFeature) => context.project((feature.geometry as GeoJSON.Point).coordinates);
  const pulses = points.filter(isRole('pulse', 'fire')).map((feature): CircleOperation => {
    const strength = strengthOf(feature);
    const colours = PULSES.colors[feature.properties.role as 'pulse' | 'fire'];
    return {
      kind: 'circle',
      center: at(feature),
      radius: PULSES.baseRadius + PULSES.growRadius * strength,
      color: colours.color,
      opacity: PULSES.fillOpacity * strength,
      strokeColor: colours.strokeColor,
      strokeWidth: PULSES.strokeWidth,
      strokeOpacity: strength,
    };
  });
  const dots = points
    .filter(isRole('impact', 'impact-past', 'rocket-head', 'crowd', 'fire'))
    .map((feature): CircleOperation => {
      const dot = DOTS[feature.properties.role as keyof typeof DOTS];
      return {
        kind: 'circle',
        center: at(feature),
        radius: dot.radius,
        color: dot.color,
        opacity: 1,
        strokeColor: DOT_STROKE_COLOR,
        strokeWidth: dot.strokeWidth,
        strokeOpacity: 1,
      };
    });
  return [...pulses, ...dots];
}

/**
 * The drawing operations for one frame of the animated source, in the order its layers draw: routes, the planned
 * route's dashes, rockets, pulses, dots, route arrows, unit symbols and then their labels, event labels.
 */
export function drawOperations(features: readonly SceneFeature[], context: DrawingContext): DrawOperation[] {
  const all = [...features];
  const points = all.filter((feature) => feature.geometry.type === 'Point');
  const at = (feature: SceneFeature) => context.project((feature.geometry as GeoJSON.Point).coordinates);
  const arrows = points.filter(isRole('route-end')).map((feature): IconOperation => ({
    kind: 'icon',
    center: at(feature),
    image: ROUTE_ARROW.image,
    offset: ROUTE_ARROW.offset,
    rotate: feature.properties.bearing ?? 0,
  }));
  const units = points.filter(isRole('unit')).filter((feature) => feature.properties.symbol !== undefined);
  const unitIcons = units.map((feature): IconOperation => ({
    kind: 'icon',
    center: at(feature),
    image: feature.properties.symbol!,
    offset: context.iconOffset(feature.properties.symbol!),
    rotate: 0,
  }));
  const unitLabels = units
    .filter((feature) => (feature.properties.label ?? '') !== '')
    .map((feature): TextOperation => {
      const point = at(feature);
      const label = feature.properties.label!;
      const [anchor, offsetEm] = anchorsAwayFromEdges(
        UNIT_LABEL.anchors,
        labelEdgeZone(point, label.length, context.view),
      )[0]!;
      return {
        kind: 'text',
        point,
        text: label,
        anchor,
        offset: [offsetEm[0] * UNIT_LABEL.size, offsetEm[1] * UNIT_LABEL.size],
        style: UNIT_LABEL,
      };
    });
  const eventLabels = points
    .filter(isRole('fire', 'impact-past'))
    .filter((feature) => feature.properties.label !== undefined)
    .map((feature): TextOperation => ({
      kind: 'text',
      point: at(feature),
      text: feature.properties.label!,
      anchor: EVENT_LABEL.anchor,
      offset: [EVENT_LABEL.offset[0] * EVENT_LABEL.size, EVENT_LABEL.offset[1] * EVENT_LABEL.size],
      style: EVENT_LABEL,
    }));
  return [
    ...lineOperations(all, context),
    ...circleOperations(points, context),
    ...arrows,
    ...unitIcons,
    ...unitLabels,
    ...eventLabels,
  ];
}

/**
 * A label's lines: words wrapped so that no line is much wider than `maxWidthPx`, balanced as MapLibre balances
 * them (every line near the same width, rather than full lines and a short last one).
 * @param measure - a line's width in pixels
 */
export function wrapLabel(text: string, maxWidthPx: number, measure: (line: string) => number): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const total = measure(words.join(' '));
  if (total <= maxWidthPx || words.length < 2) return [words.join(' ')];
  const lineCount = Math.ceil(total / maxWidthPx);
  const target = total / lineCount;
  const lines: string[] = [];
  let line = words[0]!;
  for (const word of words.slice(1)) {
    const longer = `${line} ${word}`;
    // Break before the word when the line is nearer the target width without it than with it.
    if (lines.length < lineCount - 1 && Math.abs(measure(line) - target) < Math.abs(measure(longer) - target)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  lines.push(line);
  return lines;
}
