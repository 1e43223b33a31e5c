/**
 * Layers for the story's scene (see src/scene/scene.ts): one source that holds what every step leaves behind, set
 * once and shown per step by a filter on the style's global state, and one tiny source that holds the current
 * step: its fixed parts (a planned route), the keep-clear copies of its end state, and the animation frame the map
 * shows (the end state; in-between frames are drawn by the overlay, see scene-overlay.ts). Styles by feature role,
 * from core/scene-style.ts.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PAST_ROLES, type SceneRole } from '../../scene/scene.ts';
import {
  DOT_STROKE_COLOR,
  DOTS,
  EVENT_LABEL,
  PLANNED_DASH,
  PULSES,
  ROCKET_LINE,
  ROUTE_ARROW,
  ROUTE_LINES,
  UNIT_LABEL,
} from '../../scene/style.ts';
import { addKeepClearImage, KEEP_CLEAR_IMAGE } from './keep-clear.ts';
import { addLayersUnvalidated } from './add-layers.ts';
import { perFeature } from './per-feature.ts';
import { PLACE_LABEL_LAYERS } from './place-layers.ts';
import { edgeAwareAnchors, withPositions } from './label-edges.ts';
import { ARROW_IMAGE, SYMBOL_ANCHOR_OFFSET } from './scene-images.ts';

export const SCENE_STATIC_SOURCE = 'scene-static';
export const SCENE_ANIMATED_SOURCE = 'scene-animated';
/** The style's global state property holding the step the map shows (the static marks' filter reads it). */
export const SCENE_STEP_STATE = 'sceneStep';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const role = (...roles: SceneRole[]): FilterSpecification => ['in', ['get', 'role'], ['literal', roles]];
const strength: ExpressionSpecification = ['coalesce', ['get', 'strength'], 1];

/**
 * A static mark is on the map from its shownFrom step on (core/scene.ts's shownAtStep); nothing is shown before the
 * first step is set.
 */
const SHOWN_AT_STEP: FilterSpecification = [
  '<=',
  ['coalesce', ['get', 'shownFrom'], 0],
  ['coalesce', ['global-state', SCENE_STEP_STATE], -1],
] as unknown as FilterSpecification;

/** `['match', ['get', 'role'], role, value, …, fallback]` from a table of roles. */
function byRole<Table extends object>(table: Table, pick: (entry: Table[keyof Table]) => unknown, fallback: unknown) {
  return [
    'match',
    ['get', 'role'],
    ...Object.entries(table).flatMap(([name, entry]) => [name, pick(entry as Table[keyof Table])]),
    fallback,
  ] as unknown as ExpressionSpecification;
}

const unitLabelAnchor = edgeAwareAnchors(UNIT_LABEL.anchors, { single: true });

/** Where a settled (past) label may go around its mark, in order of preference, with offsets in ems. */
const PAST_LABEL_ANCHORS = edgeAwareAnchors([...UNIT_LABEL.anchors, ['top', [0, 1.6]], ['bottom', [0, -1.6]]]);

/**
 * The role layers for one source. The animated source holds the current step (see SceneLayers): its symbols take
 * no part in label placement, as the end state holds its room through its keep-clear copies instead, and its
 * labels are drawn with their symbols. The static source holds only what steps leave behind (PAST_ROLES), and its
 * layers show only the marks left before the shown step (SHOWN_AT_STEP); a layer for roles it never holds is left
 * out, as the worker would test every mark against its filter on every step for nothing.
 */
function roleLayerSpecs(source: string, animated: boolean): LayerSpecification[] {
  const id = (name: string) => `${source}-${name}`;
  const layers: LayerSpecification[] = [];
  /** The roles of `roles` that this source holds. */
  const held = (...roles: SceneRole[]) => (animated ? roles : roles.filter((name) => PAST_ROLES.includes(name)));
  const filter = (roles: SceneRole[], ...more: FilterSpecification[]): FilterSpecification =>
    ['all', role(...roles), ...more, ...(animated ? [] : [SHOWN_AT_STEP])] as FilterSpecification;
  /** Add the layer for `roles` if this source holds any of them. */
  const add = (roles: SceneRole[], layer: (shown: SceneRole[]) => LayerSpecification) => {
    if (held(...roles).length > 0) layers.push(layer(held(...roles)));
  };
  const pulseColours = PULSES.colors;
  add(['route-past', 'route-planned', 'trail'], (roles) => ({
    id: id('routes'),
    type: 'line',
    source,
    filter: filter(roles),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': byRole(ROUTE_LINES, (line) => line.color, ROUTE_LINES.trail.color),
      'line-width': byRole(ROUTE_LINES, (line) => line.width, ROUTE_LINES.trail.width),
      'line-opacity': byRole(ROUTE_LINES, (line) => line.opacity, ROUTE_LINES.trail.opacity),
    },
  }));
  add(['route-planned'], (roles) => ({
    id: id('planned-dash'),
    type: 'line',
    source,
    filter: filter(roles),
    paint: {
      // Per feature (see perFeature): the dashed lines of the scene and the places share one shader.
      'line-color': perFeature(PLANNED_DASH.color),
      'line-width': perFeature(PLANNED_DASH.width),
      'line-dasharray': [...PLANNED_DASH.dash],
      'line-opacity': perFeature(PLANNED_DASH.opacity),
    },
  }));
  add(['rocket'], (roles) => ({
    id: id('rockets'),
    type: 'line',
    source,
    filter: filter(roles),
    paint: {
      'line-color': perFeature(ROCKET_LINE.color),
      'line-width': perFeature(ROCKET_LINE.width),
      'line-opacity': ['*', ROCKET_LINE.opacity, strength],
      'line-dasharray': [...ROCKET_LINE.dash],
    },
  }));
  add(['pulse', 'fire'], (roles) => ({
    id: id('pulses'),
    type: 'circle',
    source,
    filter: filter(roles),
    paint: {
      'circle-radius': ['+', PULSES.baseRadius, ['*', PULSES.growRadius, strength]],
      'circle-color': byRole(pulseColours, (colours) => colours.color, pulseColours.pulse.color),
      'circle-opacity': ['*', PULSES.fillOpacity, strength],
      'circle-stroke-color': byRole(pulseColours, (colours) => colours.strokeColor, pulseColours.pulse.strokeColor),
      'circle-stroke-width': PULSES.strokeWidth,
      'circle-stroke-opacity': strength,
    },
  }));
  add(Object.keys(DOTS) as SceneRole[], (roles) => ({
    id: id('dots'),
    type: 'circle',
    source,
    filter: filter(roles),
    paint: {
      'circle-radius': byRole(DOTS, (dot) => dot.radius, DOTS.impact.radius),
      'circle-color': byRole(DOTS, (dot) => dot.color, DOTS.impact.color),
      'circle-stroke-color': perFeature(DOT_STROKE_COLOR),
      'circle-stroke-width': byRole(DOTS, (dot) => dot.strokeWidth, DOTS.impact.strokeWidth),
    },
  }));
  add(['route-end'], (roles) => ({
    id: id('arrows'),
    type: 'symbol',
    source,
    filter: filter(roles),
    layout: {
      'icon-image': ARROW_IMAGE,
      'icon-rotate': ['coalesce', ['get', 'bearing'], 0],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-offset': [...ROUTE_ARROW.offset],
    },
  }));
  add(['unit'], (roles) => ({
    id: id('units'),
    type: 'symbol',
    source,
    filter: filter(roles, ['has', 'symbol']),
    layout: {
      'icon-image': ['get', 'symbol'],
      'icon-offset': SYMBOL_ANCHOR_OFFSET,
      'icon-allow-overlap': true,
      // Settled units hold their room, so labels are laid out around them; the moving unit must not push labels
      // about on its way (the current step's end state holds its room through keep-clear copies instead).
      'icon-ignore-placement': animated,
      ...(animated
        ? {
            'text-field': ['coalesce', ['get', 'label'], ''],
            'text-size': UNIT_LABEL.size,
            'text-variable-anchor-offset': unitLabelAnchor,
            'text-max-width': UNIT_LABEL.maxWidth,
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          }
        : {}),
    },
    paint: UNIT_LABEL_PAINT,
  }));
  if (!animated) return layers;
  layers.push({
    id: id('labels'),
    type: 'symbol',
    source,
    filter: ['all', role('fire', 'impact-past'), ['has', 'label']] as FilterSpecification,
    layout: {
      'text-field': ['get', 'label'],
      'text-size': EVENT_LABEL.size,
      'text-anchor': EVENT_LABEL.anchor,
      'text-offset': [...EVENT_LABEL.offset],
      'text-max-width': EVENT_LABEL.maxWidth,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: EVENT_LABEL_PAINT,
  });
  return layers;
}

const UNIT_LABEL_PAINT = {
  'text-color': UNIT_LABEL.color,
  'text-halo-color': UNIT_LABEL.haloColor,
  'text-halo-width': UNIT_LABEL.haloWidth,
};
const EVENT_LABEL_PAINT = {
  'text-color': EVENT_LABEL.color,
  'text-halo-color': EVENT_LABEL.haloColor,
  'text-halo-width': EVENT_LABEL.haloWidth,
};

/**
 * Labels of what is over (past units, a burned building): below the places' labels, so the current step's
 * places win a contested spot, and free to move around their mark or give way.
 */
function pastLabelLayerSpec(): LayerSpecification {
  const source = SCENE_STATIC_SOURCE;
  return {
    id: `${source}-past-labels`,
    type: 'symbol',
    source,
    filter: ['all', role('unit', 'impact-past'), ['has', 'label'], SHOWN_AT_STEP] as FilterSpecification,
    layout: {
      'text-field': ['get', 'label'],
      'text-size': ['match', ['get', 'role'], 'unit', UNIT_LABEL.size, EVENT_LABEL.size],
      'text-variable-anchor-offset': PAST_LABEL_ANCHORS,
      'text-justify': 'auto',
      'text-max-width': ['match', ['get', 'role'], 'unit', UNIT_LABEL.maxWidth, EVENT_LABEL.maxWidth],
    },
    paint: {
      'text-color': ['match', ['get', 'role'], 'unit', UNIT_LABEL_PAINT['text-color'], EVENT_LABEL_PAINT['text-color']],
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.5,
    },
  };
}

/**
 * Invisible copies of the current step's end-state marks (see keepClearOf in core/scene.ts), on top of every
 * other layer so they are placed first: the unit's symbol and label, a fire's label, and the room of circles
 * (crowd, impacts, fire). Everything placed after them, place and basemap labels, keeps clear.
 */
function keepClearLayerSpec(): LayerSpecification {
  const mirrors: ExpressionSpecification = ['get', 'mirrors'];
  const isUnit: ExpressionSpecification = ['==', mirrors, 'unit'];
  return {
    id: `${SCENE_ANIMATED_SOURCE}-keep-clear`,
    type: 'symbol',
    source: SCENE_ANIMATED_SOURCE,
    filter: role('keep-clear'),
    layout: {
      'icon-image': ['case', isUnit, ['get', 'symbol'], KEEP_CLEAR_IMAGE],
      'icon-size': ['match', mirrors, 'crowd', 0.5, 1],
      // The same offset as the visible unit symbol, so the room held is where the symbol is drawn.
      'icon-offset': ['case', isUnit, SYMBOL_ANCHOR_OFFSET, ['literal', [0, 0]]] as unknown as ExpressionSpecification,
      'icon-allow-overlap': true,
      'text-field': ['coalesce', ['get', 'label'], ''],
      'text-size': ['case', isUnit, UNIT_LABEL.size, EVENT_LABEL.size],
      'text-variable-anchor-offset': [
        'case',
        isUnit,
        unitLabelAnchor,
        ['literal', [EVENT_LABEL.anchor, EVENT_LABEL.offset]],
      ] as unknown as ExpressionSpecification,
      'text-max-width': ['case', isUnit, UNIT_LABEL.maxWidth, EVENT_LABEL.maxWidth],
      'text-allow-overlap': true,
    },
    paint: { 'icon-opacity': 0, 'text-opacity': 0 },
  };
}

/**
 * Add both scene sources and their layers above the place layers (the past labels below the places' labels).
 * Unvalidated (see add-layers.ts): tests/map/layer-specs.test.ts validates sceneLayerSpecs instead.
 */
export function addSceneLayers(map: MapLibreMap): void {
  addKeepClearImage(map);
  map.addSource(SCENE_STATIC_SOURCE, { type: 'geojson', data: EMPTY });
  addLayersUnvalidated(map, roleLayerSpecs(SCENE_STATIC_SOURCE, false));
  addLayersUnvalidated(
    map,
    [pastLabelLayerSpec()],
    PLACE_LABEL_LAYERS.find((layer) => map.getLayer(layer)),
  );
  map.addSource(SCENE_ANIMATED_SOURCE, { type: 'geojson', data: EMPTY });
  addLayersUnvalidated(map, [...roleLayerSpecs(SCENE_ANIMATED_SOURCE, true), keepClearLayerSpec()]);
}

/** Every scene layer, for validation in the tests. */
export function sceneLayerSpecs(): LayerSpecification[] {
  return [
    ...roleLayerSpecs(SCENE_STATIC_SOURCE, false),
    pastLabelLayerSpec(),
    ...roleLayerSpecs(SCENE_ANIMATED_SOURCE, true),
    keepClearLayerSpec(),
  ];
}

export function removeSceneLayers(map: MapLibreMap): void {
  for (const layer of map.getStyle().layers) {
    if (layer.id.startsWith(`${SCENE_STATIC_SOURCE}-`) || layer.id.startsWith(`${SCENE_ANIMATED_SOURCE}-`)) {
      map.removeLayer(layer.id);
    }
  }
  for (const source of [SCENE_STATIC_SOURCE, SCENE_ANIMATED_SOURCE])
    if (map.getSource(source)) map.removeSource(source);
}

/** Replace a scene source's data; resolves once the worker has it (its tiles reload after that). */
export function setSceneData(map: MapLibreMap, source: string, data: FeatureCollection): Promise<void> {
  return map.getSource<GeoJSONSource>(source)?.setData(withPositions(data)) ?? Promise.resolve();
}

/**
 * Put the whole story's static marks on the map (core/scene.ts's storyStaticFeatures), once: which of them show
 * is then a matter of the step (showStaticAtStep), not of new data.
 */
export function setStoryStatic(map: MapLibreMap, data: FeatureCollection): Promise<void> {
  return setSceneData(map, SCENE_STATIC_SOURCE, data);
}

/**
 * Show the static marks of step `index`: what earlier steps left. One global state value: the worker re-lays out
 * the static source's tiles from the data it has.
 */
export function showStaticAtStep(map: MapLibreMap, index: number): void {
  map.setGlobalStateProperty(SCENE_STEP_STATE, index);
}

/**
 * Show one frame of the current step: the animated source's data becomes exactly that frame (a few features: the
 * step's own fixed marks and keep-clear copies with the animation's end state, or with none while the overlay
 * draws the animation), replacing whatever frame was there or still on its way to the worker (MapLibre sends one
 * update at a time and replaces a waiting one, so frames never queue up behind a slow worker).
 * @returns a promise that resolves once the frame is on the map: the worker has it and the source's tiles have
 * reloaded with it. A later frame shown meanwhile is waited for too.
 */
export async function showSceneFrame(map: MapLibreMap, data: FeatureCollection): Promise<void> {
  await setSceneData(map, SCENE_ANIMATED_SOURCE, data);
  while (map.getSource(SCENE_ANIMATED_SOURCE) && !map.isSourceLoaded(SCENE_ANIMATED_SOURCE)) {
    await new Promise((resolve) => map.once('sourcedata', resolve));
  }
}
