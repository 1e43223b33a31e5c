/**
 * What the story's place labels say and where they go: which places are named at which zoom, which label wins a
 * contested spot, and the spots a label may take around its place.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../../story/schema.ts';
import type { AnchorOffset } from '../../scene/label-anchors.ts';

/** Global state (MapLibre style state) naming the current step's places: their labels are placed first. */
export const CURRENT_PLACES_STATE = 'currentPlaceIds';
export const currentIds = ['coalesce', ['global-state', CURRENT_PLACES_STATE], ['literal', []]];
const isCurrentPlace = ['in', ['get', 'id'], currentIds] as unknown as ExpressionSpecification;

/**
 * Which place's label wins a contested spot, lowest first: the compound and the bases the story happens at,
 * then the sites and facilities in them, then approximate areas, then towns and regions that only give
 * context.
 */
const KIND_LABEL_RANK: Readonly<Record<PlaceKind, number>> = {
  compound: 0,
  'air-base': 0,
  'army-base': 0,
  'strike-site': 1,
  gate: 1,
  building: 1,
  airfield: 2,
  government: 2,
  'launch-area': 3,
  city: 4,
  town: 5,
  district: 6,
  region: 7,
};

/** The current step's places first, then by kind (see KIND_LABEL_RANK). Sort keys cannot read feature-state. */
export const labelPriority: ExpressionSpecification = [
  'case',
  isCurrentPlace,
  ['match', ['get', 'kind'], ...Object.entries(KIND_LABEL_RANK).flat(), 10],
  // Outside their step, towns and cities are the reader's landmarks: they go before other steps' sites.
  [
    'match',
    ['get', 'kind'],
    ['city', 'town'],
    100,
    ['+', 101, ['match', ['get', 'kind'], ...Object.entries(KIND_LABEL_RANK).flat(), 10]],
  ],
] as unknown as ExpressionSpecification;

/**
 * Where a point's label may go, in order: under the dot, above it, right, left, then the corners; then the same
 * a step further out, for a dot under a unit's symbol (the gate the crowd broke). Offsets in ems clear the dot
 * (radius 4.5 px, 7 when highlighted, plus its outline), or the symbol.
 */
export const POINT_LABEL_ANCHORS: AnchorOffset[] = [0.8, 2].flatMap((near): AnchorOffset[] => {
  const corner = near * 0.75;
  return [
    ['top', [0, near]],
    ['bottom', [0, -near]],
    ['left', [near + 0.1, 0]],
    ['right', [-near - 0.1, 0]],
    ['top-left', [corner, corner]],
    ['top-right', [-corner, corner]],
    ['bottom-left', [corner, -corner]],
    ['bottom-right', [-corner, -corner]],
  ];
});

/**
 * Below this zoom (a continent or the world in view) only the current step's places are named: names of
 * places thousands of kilometres from what the step is about would crowd its own.
 */
const CONTEXT_LABELS_MIN_ZOOM = 5;
/** A district (the Green Zone, ±2 km) outside its step is named only where its size shows; before, it hides towns. */
const DISTRICT_LABELS_MIN_ZOOM = 9;
/**
 * A long story's window holds a hundred places or so (scene/step-window.ts): named all at once, a region's view is a
 * mat of labels around the step's own, and laying them out was a third of a 10,000-event story's first idle. Its
 * other places are named from a city's scale, where a view holds a few of them.
 */
const WINDOWED_CONTEXT_LABELS_MIN_ZOOM = 9;

/** The zoom from which places other than the current step's are named. */
export const contextLabelsMinZoom = (windowed: boolean) =>
  windowed ? WINDOWED_CONTEXT_LABELS_MIN_ZOOM : CONTEXT_LABELS_MIN_ZOOM;

/** The label, or nothing for a place that is not the current step's while the map is zoomed out too far for it. */
export function pointLabelText(windowed: boolean): ExpressionSpecification {
  const currentOnly = ['case', isCurrentPlace, ['get', 'label'], ''];
  if (windowed)
    return [
      'step',
      ['zoom'],
      currentOnly,
      WINDOWED_CONTEXT_LABELS_MIN_ZOOM,
      ['get', 'label'],
    ] as unknown as ExpressionSpecification;
  return [
    'step',
    ['zoom'],
    currentOnly,
    CONTEXT_LABELS_MIN_ZOOM,
    ['case', ['any', isCurrentPlace, ['!=', ['get', 'kind'], 'district']], ['get', 'label'], ''],
    DISTRICT_LABELS_MIN_ZOOM,
    ['get', 'label'],
  ] as unknown as ExpressionSpecification;
}

/** An area's name sits in it, or just above or below when something already holds its middle. */
export const AREA_LABEL_ANCHORS = [
  'literal',
  // Further out too: at a compound the crowd's symbol and the fire hold the compound's middle.
  ['center', [0, 0], 'top', [0, 1], 'bottom', [0, -1], 'top', [0, 3], 'bottom', [0, -3]],
] as unknown as ExpressionSpecification;
