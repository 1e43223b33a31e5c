/**
 * How the map frames a step: explicit rules per kind of event, in one place, for the reader's map, the picture and
 * video exports, and the contact sheet's checks. Pure: places in, an area and a zoom limit out.
 *
 * - attack: its targets and where it was launched from (every place it names);
 * - strike: every site struck;
 * - movement (any event that moves a unit): origin, destination and the path between them, which bows away from
 *   the straight line on a long great circle (North Carolina → the Gulf passes south of Ireland);
 * - deployment without a movement: the places the unit is at;
 * - statement: what it is about, not where it was said. Its first place is the speaker's (the Pentagon,
 *   a resort); the others are its subject (a compound, a militia's sites). A speaker's place far from the
 *   subject (over SPEAKER_NEAR_KM from every subject place) is left out of the frame, though still highlighted:
 *   framing two capitals half a world apart shows the whole world and neither. A near one is framed with the
 *   subject (a briefing in a capital about a nearby base, a commander at the base he speaks about).
 *   A statement that names only where it was said frames that place, at a scale the basemap draws;
 * - background (a range of dates: months of protests, a campaign): every place, never closer than a region's
 *   scale, since it tells of a period over an area rather than a spot;
 * - anything else (protest, context): every place it names.
 *
 * Zoom honesty: a frame of points only never goes closer than the default basemap carries (Natural Earth 1:10m,
 * about zoom 10: see ../shared/naturalearth/README.md); a frame with an area of its own (a compound's outline)
 * may, as may any frame once a detail basemap is configured.
 */
import type { Position } from 'geojson';
import type { Bounds } from './camera.ts';
import { isStep } from '../story/dates.ts';
import { distanceKm, placesBounds } from '../scene/geometry.ts';
import { movementRoute } from '../scene/routes.ts';
// Where a movement starts or ends at a place, as the scene draws it: a point, or the mean of an outline's vertices.
import { anchorOf } from '../scene/animation-kit.ts';
import type { PlaceFeature, StoryEvent } from '../story/schema.ts';
import { placeIdsOfEvent, type StoryModel } from '../story/model.ts';

/** The closest zoom a frame of points only gets: Natural Earth 1:10m is good to about a kilometre, ~8 px at z10. */
export const POINT_MAX_ZOOM = 10;
/** The closest zoom any frame gets: an area of its own (a compound's outline) fills the view at about 14. */
export const AREA_MAX_ZOOM = 14;
/** A background range (months over a region) is framed no closer than this. */
export const BACKGROUND_MAX_ZOOM = 6;
/**
 * A statement's speaker within this distance of its subject is framed with it: one frame holds both at a scale
 * where each reads (a region, not the world).
 */
export const SPEAKER_NEAR_KM = 1500;
/** Every framed place is at least this far inside the map's edges, in CSS px: room for its symbol and label. */
export const FRAME_MARGIN_PX = 24;

export type FramingRule = 'attack' | 'strike' | 'movement' | 'deployment' | 'statement' | 'background' | 'places';

/** How to frame one event. */
export interface EventFrame {
  rule: FramingRule;
  /** The places the frame holds whole, each with its margin. */
  framed: PlaceFeature[];
  /** Places the event names that the frame leaves out (a statement's speaker). */
  unframed: PlaceFeature[];
  /** [west, south, east, north]: the framed places (their uncertainty included) and a movement's path. */
  bounds: Bounds;
  /** Whether a framed place is an area of its own (a polygon), which may be framed closer than points. */
  hasArea: boolean;
  /** The closest zoom this frame may take with the default basemap (see {@link maxFramingZoom} for a detail one). */
  maxZoom: number;
}

/**
 * The closest zoom a frame may take.
 * @param hasArea - a framed place is an outline of its own
 * @param detailBasemap - a detail basemap (streets) is configured, which draws beyond Natural Earth's scale
 * @param background - the frame is of a background range
 */
export function maxFramingZoom({
  hasArea,
  detailBasemap = false,
  background = false,
}: {
  hasArea: boolean;
  detailBasemap?: boolean;
  background?: boolean;
}): number {
  if (background) return BACKGROUND_MAX_ZOOM;
  return hasArea || detailBasemap ? AREA_MAX_ZOOM : POINT_MAX_ZOOM;
}

/** The rule an event falls under (a movement wins over its kind: its path is what the step shows). */
export function framingRule(event: Pick<StoryEvent, 'kind' | 'date' | 'movement'>): FramingRule {
  if (!isStep(event)) return 'background';
  if (event.movement) return 'movement';
  switch (event.kind) {
    case 'attack':
    case 'strike':
    case 'deployment':
    case 'statement':
      return event.kind;
    default:
      return 'places';
  }
}

/**
 * How to frame an event.
 * @param event - a step, or a background event
 * @param placeOf - the story's place by id (undefined for an id it does not have: validation reports those)
 * @returns undefined when none of its places is known (the caller falls back to the whole story)
 */
export function frameEvent(
  event: Pick<StoryEvent, 'kind' | 'date' | 'places' | 'movement'>,
  placeOf: (id: string) => PlaceFeature | undefined,
): EventFrame | undefined {
  const rule = framingRule(event);
  const places = placeIdsOfEvent(event).flatMap((id) => placeOf(id) ?? []);
  if (places.length === 0) return undefined;
  let framed = places;
  let unframed: PlaceFeature[] = [];
  if (rule === 'statement' && places.length > 1) {
    // The first place is where it was said; the subject is the rest.
    const [speaker, ...subject] = places;
    const at = anchorOf(speaker)!;
    if (subject.every((place) => distanceKm(at, anchorOf(place)!) > SPEAKER_NEAR_KM)) {
      framed = subject;
      unframed = [speaker!];
    }
  }
  const path: Position[] = [];
  if (event.movement) {
    const from = anchorOf(placeOf(event.movement.origin));
    const to = anchorOf(placeOf(event.movement.destination));
    if (from && to && (from[0] !== to[0] || from[1] !== to[1]))
      path.push(...movementRoute(from, to).geometry.coordinates);
  }
  const bounds = withPositions(placesBounds(framed)!, path);
  const hasArea = framed.some((place) => place.geometry.type === 'Polygon');
  return {
    rule,
    framed,
    unframed,
    bounds,
    hasArea,
    maxZoom: maxFramingZoom({ hasArea, background: rule === 'background' }),
  };
}

/** The bounds grown to hold every position. */
function withPositions(bounds: Bounds, positions: readonly Position[]): Bounds {
  let [west, south, east, north] = bounds;
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return [west, south, east, north];
}

/**
 * What the picture and video exports frame for a step: its rule's area, or the whole story should none of its
 * places be known.
 */
export function stepFrameArea(
  model: Pick<StoryModel, 'places' | 'placesById'>,
  event: Pick<StoryEvent, 'kind' | 'date' | 'places' | 'movement'>,
): { bounds: Bounds; hasArea: boolean; background: boolean } {
  const frame = frameEvent(event, (id) => model.placesById.get(id));
  return frame
    ? { bounds: frame.bounds, hasArea: frame.hasArea, background: frame.rule === 'background' }
    : { bounds: placesBounds(model.places)!, hasArea: false, background: false };
}
