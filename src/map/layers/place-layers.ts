/**
 * The story's places on the map: uncertainty circles, compound outlines, points and labels, styled by kind.
 * Highlighting uses feature-state, so selecting an event never re-uploads the data.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { addLayersUnvalidated } from './add-layers.ts';
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature, PlaceKind } from '../../story/schema.ts';
import { uncertaintyCircles } from '../../scene/geometry.ts';
import { placeLabel } from '../../story/describe.ts';
import { addKeepClearImage, KEEP_CLEAR_IMAGE } from './keep-clear.ts';
import { edgeAwareAnchors, watchLabelEdges, withPositions } from './label-edges.ts';
import { PALETTE } from '../../lib/palette.ts';
import { hideBasemapTwins } from '../basemap/twin-labels.ts';
import { placeWindows } from '../../scene/step-window.ts';
import { showPlacesByWindow } from './place-window.ts';
import {
  AREA_LABEL_ANCHORS,
  contextLabelsMinZoom,
  CURRENT_PLACES_STATE,
  currentIds,
  labelPriority,
  POINT_LABEL_ANCHORS,
  pointLabelText,
} from './place-labels.ts';
import type { StoryEvent } from '../../story/schema.ts';

export const PLACES_SOURCE = 'places';
export const UNCERTAINTY_SOURCE = 'place-uncertainty';
/** Layers a click can open a place from, most specific first. */
export const CLICKABLE_PLACE_LAYERS = [
  'place-points-detail',
  'place-labels-detail',
  'place-points',
  'place-labels',
  'place-polygons-fill',
  'uncertainty-fill',
];

/** The places' label layers, lowest first: layers that must yield to every place label go below the first. */
export const PLACE_LABEL_LAYERS = ['place-labels', 'place-polygon-labels', 'place-labels-detail'];

/** US facilities blue, militia-related and strike sites red, towns and regions grey. */
export const KIND_COLORS: Readonly<Record<PlaceKind, string>> = {
  compound: PALETTE.accent,
  building: PALETTE.accent,
  gate: PALETTE.accent,
  government: PALETTE.accent,
  'air-base': PALETTE.accent,
  'army-base': PALETTE.accent,
  airfield: PALETTE.accent,
  'strike-site': PALETTE.hostile,
  'launch-area': PALETTE.hostile,
  district: '#5b5b5b',
  city: '#5b5b5b',
  town: '#5b5b5b',
  region: '#5b5b5b',
};

/** A colour as `rgba(…)` with the given opacity: PALETTE.accent, 0.8 → 'rgba(29, 78, 137, 0.8)'. */
function withOpacity(hex: string, opacity: number): string {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgba(${red}, ${green}, ${blue}, ${opacity})`;
}

/** Each place kind's colour (see KIND_COLORS), at an opacity. */
const kindColorAt = (opacity: number) =>
  [
    'match',
    ['get', 'kind'],
    ...Object.entries(KIND_COLORS).flatMap(([kind, color]) => [kind, withOpacity(color, opacity)]),
    withOpacity('#5b5b5b', opacity),
  ] as unknown as ExpressionSpecification;
const kindColor = kindColorAt(1);

const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlighted'], false];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const MINOR_KINDS = ['gate', 'building'];

/** GeoJSON for the places source, with a label that says "approx." where the spot is not public. */
function placesData(places: readonly PlaceFeature[]): FeatureCollection {
  return withPositions({
    type: 'FeatureCollection',
    features: places.map((place) => ({
      ...place,
      properties: {
        ...place.properties,
        sources: undefined,
        disputed: undefined,
        label: placeLabel(place.properties),
      },
    })),
  });
}

/**
 * Add the place sources and layers. Call once the style has loaded. The layers go in unvalidated (see
 * addLayersUnvalidated); tests/map/layer-specs.test.ts validates placeLayerSpecs against the style spec instead.
 * @param steps - the story's steps: a long story's sources hold one window of them at a time (place-window.ts)
 * @param window - the window shown first (scene/step-window.ts), if the story has windows
 * @param twinIds - the places the basemap has a twin of, when the build found them (StoryModel.basemapTwinIds);
 *   otherwise every place is looked for among the basemap's labels
 */
export function addPlaceLayers(
  map: MapLibreMap,
  places: readonly PlaceFeature[],
  {
    steps = [],
    window,
    twinIds,
  }: { steps?: readonly Pick<StoryEvent, 'places'>[]; window?: number; twinIds?: ReadonlySet<string> } = {},
): void {
  // New sources start without feature states: nothing is highlighted on them yet.
  shownHighlights.delete(map);
  addKeepClearImage(map);
  map.setGlobalStateProperty(CURRENT_PLACES_STATE, []);
  watchLabelEdges(map);
  showPlacesByWindow(map, places, placeWindows(steps), (shown) => putPlaces(map, shown), window);
  const windowed = window !== undefined;
  addLayersUnvalidated(map, placeLayerSpecs({ windowed }));
  // One place, one label: the basemap's own for a story place gives way wherever the story's label shows.
  hideBasemapTwins(
    map,
    twinIds ? places.filter((place) => twinIds.has(place.properties.id)) : places,
    (id) =>
      [
        'any',
        ['>=', ['zoom'], contextLabelsMinZoom(windowed)],
        ['in', id, currentIds],
      ] as unknown as ExpressionSpecification,
  );
}

/** Put these places in the place sources, adding the sources the first time. */
function putPlaces(map: MapLibreMap, places: readonly PlaceFeature[]): void {
  const data = placesData(places);
  const circles = uncertaintyCircles(places);
  const source = map.getSource<GeoJSONSource>(PLACES_SOURCE);
  if (source) {
    source.setData(data);
    map.getSource<GeoJSONSource>(UNCERTAINTY_SOURCE)?.setData(circles);
    return;
  }
  map.addSource(PLACES_SOURCE, { type: 'geojson', data, promoteId: 'id' });
  map.addSource(UNCERTAINTY_SOURCE, { type: 'geojson', data: circles, promoteId: 'id' });
}

/**
 * The place layers, bottom to top.
 * @param windowed - the story is drawn a window at a time (see WINDOWED_CONTEXT_LABELS_MIN_ZOOM)
 */
export function placeLayerSpecs({ windowed = false }: { windowed?: boolean } = {}): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  layers.push({
    id: 'uncertainty-fill',
    type: 'fill',
    source: UNCERTAINTY_SOURCE,
    filter: ['!', ['in', ['get', 'kind'], ['literal', MINOR_KINDS]]],
    paint: { 'fill-color': kindColor, 'fill-opacity': ['case', highlighted, 0.18, 0.06] },
  });
  layers.push({
    id: 'uncertainty-outline',
    type: 'line',
    source: UNCERTAINTY_SOURCE,
    paint: {
      'line-color': kindColor,
      'line-width': ['case', highlighted, 2, 1],
      'line-opacity': ['case', highlighted, 0.9, 0.45],
      // Dashed: the edge of where the thing may be, not a boundary on the ground.
      'line-dasharray': [2, 2],
    },
  });
  layers.push({
    id: 'place-polygons-fill',
    type: 'fill',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    paint: { 'fill-color': kindColor, 'fill-opacity': ['case', highlighted, 0.35, 0.2] },
  });
  layers.push({
    id: 'place-polygons-outline',
    type: 'line',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    paint: {
      'line-color': kindColor,
      'line-width': ['case', highlighted, 2.5, 1.5],
      'line-dasharray': [3, 1.5],
    },
  });
  // Minor places (a gate, a building) get their own layers that appear once the compound is visible.
  const isMinor: FilterSpecification = ['in', ['get', 'kind'], ['literal', MINOR_KINDS]];
  const pointFilter = ['all', isPoint, ['!', isMinor]] as FilterSpecification;
  const minorPointFilter = ['all', isPoint, isMinor] as FilterSpecification;
  layers.push(...pointLayers('', pointFilter, 0, windowed));
  // The compound's name below its gate's and buildings' labels: they are placed first, the name fits around them.
  layers.push({
    id: 'place-polygon-labels',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    layout: {
      'text-field': ['get', 'label'],
      'text-size': 12,
      'text-max-width': 12,
      'text-variable-anchor-offset': AREA_LABEL_ANCHORS,
      'symbol-sort-key': labelPriority,
    },
    paint: labelPaint,
  });
  layers.push(...pointLayers('-detail', minorPointFilter, 13, windowed));
  // Above every label layer, so the dots are placed first and no label covers another place's dot.
  layers.push(dotKeepClearLayer('', pointFilter, 0), dotKeepClearLayer('-detail', minorPointFilter, 13));
  return layers;
}

/** An invisible icon the size of each place's dot: circles take no part in label placement by themselves. */
function dotKeepClearLayer(suffix: string, filter: FilterSpecification, minzoom: number): LayerSpecification {
  return {
    id: `place-keep-clear${suffix}`,
    type: 'symbol',
    source: PLACES_SOURCE,
    filter,
    minzoom,
    layout: { 'icon-image': KEEP_CLEAR_IMAGE, 'icon-allow-overlap': true },
    paint: { 'icon-opacity': 0 },
  };
}

/**
 * A label not of the current step is a little faded. The fade is in the colour's alpha, not in `text-opacity`:
 * a feature-dependent opacity would make these labels a shader variant of their own, which the basemap's labels
 * do not share (each variant compiles once, about 20 ms in a software-GL browser on the way to the first view).
 */
const labelPaint = {
  'text-color': ['case', highlighted, kindColor, kindColorAt(0.8)] as ExpressionSpecification,
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.5,
};

function pointLayers(
  suffix: string,
  filter: FilterSpecification,
  minzoom: number,
  windowed: boolean,
): LayerSpecification[] {
  return [
    {
      id: `place-points${suffix}`,
      type: 'circle',
      source: PLACES_SOURCE,
      filter,
      minzoom,
      paint: {
        'circle-radius': ['case', highlighted, 7, 4.5],
        // Approximate places are hollow rings: a filled dot would claim we know the spot.
        'circle-color': ['case', ['==', ['get', 'precision'], 'approximate'], '#ffffff', kindColor],
        'circle-stroke-color': kindColor,
        'circle-stroke-width': ['case', highlighted, 3, 2],
      },
    },
    {
      id: `place-labels${suffix}`,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter,
      minzoom,
      layout: {
        'text-field': pointLabelText(windowed),
        'text-size': 12,
        'text-variable-anchor-offset': edgeAwareAnchors(POINT_LABEL_ANCHORS),
        'text-justify': 'auto',
        'text-max-width': 12,
        'symbol-sort-key': labelPriority,
      },
      paint: labelPaint,
    },
  ];
}

/**
 * What each map was last told: per source, the places whose feature state says highlighted (a source the map did not
 * have yet was told nothing), and the set as one key, to skip a step that highlights the same places.
 */
const shownHighlights = new WeakMap<MapLibreMap, { key: string; bySource: Map<string, ReadonlySet<string>> }>();

/**
 * Mark exactly these places as highlighted (and clear the rest). Only the places that change are touched: a place
 * without a feature state is drawn as not highlighted (see `highlighted`), so a step sets a few feature states, and
 * the first one sets only its own places' rather than one for every place of the story (500 per source at 10,000
 * events, about 70 ms of a large story's first idle with the tiles' state they load with).
 */
export function setHighlightedPlaces(map: MapLibreMap, highlightedIds: ReadonlySet<string>): void {
  const sortedIds = [...highlightedIds].sort();
  const key = sortedIds.join('\n');
  const shown = shownHighlights.get(map);
  const sources = [PLACES_SOURCE, UNCERTAINTY_SOURCE].filter((source) => map.getSource<GeoJSONSource>(source));
  if (shown?.key === key && sources.every((source) => shown.bySource.has(source))) return;
  // The labels' priority reads this (layout cannot read feature-state): setting it re-lays out the places source,
  // so only when the set changes.
  if (shown?.key !== key) map.setGlobalStateProperty(CURRENT_PLACES_STATE, sortedIds);
  const bySource = shown?.bySource ?? new Map<string, ReadonlySet<string>>();
  for (const source of sources) {
    const before = bySource.get(source) ?? new Set<string>();
    for (const id of before) {
      if (!highlightedIds.has(id)) map.setFeatureState({ source, id }, { highlighted: false });
    }
    for (const id of highlightedIds) {
      if (!before.has(id)) map.setFeatureState({ source, id }, { highlighted: true });
    }
    bySource.set(source, new Set(highlightedIds));
  }
  shownHighlights.set(map, { key, bySource });
}
