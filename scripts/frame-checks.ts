/**
 * The contact sheet's rules for a step's picture, as pure functions over what the page measured: every place of
 * the step inside the map with room for its symbol and label, no closer zoom than the default basemap can carry
 * when the step has only points, and no place labelled twice (the story's label beside the basemap's own).
 */
import { FRAME_MARGIN_PX, POINT_MAX_ZOOM } from '../src/navigation/event-frame.ts';

/** How a step must be framed. */
export interface FrameRules {
  /** Each place's position at least this far inside the map's edges, in CSS px (room for a symbol and a label). */
  marginPx: number;
  /** The closest zoom the default basemap (Natural Earth, about 1:10m) can carry: beyond it the land is blank. */
  maxPointZoom: number;
  /** Two labels of one name closer than this, in CSS px, read as one place labelled twice. */
  doubledLabelPx: number;
}

export const FRAME_RULES: FrameRules = {
  marginPx: FRAME_MARGIN_PX,
  maxPointZoom: POINT_MAX_ZOOM,
  doubledLabelPx: 120,
};

/** A label as drawn: its text's name and its anchor on screen. */
export interface DrawnLabel {
  name: string;
  x: number;
  y: number;
}

/** What the page measured for one view. */
export interface FrameSample {
  /** The map's size, in CSS px. */
  width: number;
  height: number;
  zoom: number;
  /** The step's places: each with its positions on screen (a point's one, or a polygon's vertices). */
  places: readonly { id: string; area: boolean; points: readonly (readonly [number, number])[] }[];
  /** Labels the story drew (place names) and labels the basemap drew (towns, airports…). */
  storyLabels: readonly DrawnLabel[];
  basemapLabels: readonly DrawnLabel[];
  /** A view whose camera the reader chose (a shared #zoom/lat/lng): its framing is theirs, not the step's. */
  readerCamera?: boolean;
}

/** "Al-Qa'im", "al Qaim" and "AL QAIM" compare equal: case, accents, apostrophes, hyphens and spaces aside. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ\-\s.]/g, '');
}

/**
 * Every rule a view breaks, one line each, e.g. "k1-air-base is 6 px from the map's edge (needs 24)".
 * @returns [] for a view that frames its step well
 */
export function frameViolations(sample: FrameSample, rules: FrameRules = FRAME_RULES): string[] {
  const problems: string[] = [];
  if (!sample.readerCamera) {
    for (const place of sample.places) {
      const inset = Math.min(...place.points.map(([x, y]) => Math.min(x, y, sample.width - x, sample.height - y)));
      if (inset < 0) problems.push(`${place.id} is outside the frame`);
      else if (inset < rules.marginPx) {
        problems.push(`${place.id} is ${Math.round(inset)} px from the map's edge (needs ${rules.marginPx})`);
      }
    }
    const hasArea = sample.places.some((place) => place.area);
    if (!hasArea && sample.zoom > rules.maxPointZoom + 0.05) {
      problems.push(
        `zoom ${sample.zoom.toFixed(1)} with only points: the default basemap carries up to z${rules.maxPointZoom}`,
      );
    }
  }
  for (const story of sample.storyLabels) {
    const twin = sample.basemapLabels.find(
      (base) =>
        comparableName(base.name) !== '' &&
        comparableName(story.name).startsWith(comparableName(base.name)) &&
        Math.hypot(base.x - story.x, base.y - story.y) < rules.doubledLabelPx,
    );
    if (twin) problems.push(`"${story.name}" is labelled twice (the basemap's "${twin.name}" beside it)`);
  }
  return problems;
}
