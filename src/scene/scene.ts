/**
 * What the map shows at each step, as plain GeoJSON: a static part (everything already over) and an animated
 * part as a function of progress t in [0, 1]. Showing step N always draws scene(N).static + scene(N).frame(1),
 * however the reader got there (stepping, the scrubber or a link), so the picture is deterministic.
 */
import { destination, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import type { MapLabels, PlaceFeature, PlaceKind, StoryEvent } from '../story/schema.ts';
import { animationOf, missingForAnimation } from '../story/animation-needs.ts';
import type { StoryModel } from '../story/model.ts';
import { arc, movementRoute, pointOnArc, positionAlong, routeTrack, trailAlong } from './routes.ts';
import { movementLabel } from '../story/symbols.ts';
import { formatDistanceKm } from '../story/describe.ts';

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

export interface StepScene {
  /** The step's index in the model's steps. */
  readonly index: number;
  /**
   * Everything from earlier steps, in its end state, plus the current step's fixed parts (a route's line) and the
   * keep-clear copies of its end state. Built when first read (it grows with the story): the map shows the same
   * marks from storyStaticFeatures, filtered by step, without rebuilding them per step.
   */
  readonly staticFeatures: FeatureCollection<Geometry, SceneProperties>;
  /**
   * The fixed parts shown while this step is current (a route's planned line) and the keep-clear copies of its end
   * state: the part of staticFeatures that is this step's own. The map shows them with the step's frames.
   */
  readonly currentStatic: FeatureCollection<Geometry, SceneProperties>;
  /** The current step's moving parts at progress t; t = 1 is the end state. */
  frame(t: number, reducedMotion: boolean): FeatureCollection<Geometry, SceneProperties>;
  /** How long the step's animation runs at 1× speed; 0 when nothing moves. */
  readonly durationMs: number;
}

const collection = (features: SceneFeature[]): FeatureCollection<Geometry, SceneProperties> => ({
  type: 'FeatureCollection',
  features,
});

const pointFeature = (position: Position, properties: SceneProperties): SceneFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [...position] },
  properties,
});

/** A label property only when the story gives one: an unlabelled mark carries no `label` key at all. */
const labelOf = (label: string | undefined): { label?: string } => (label === undefined ? {} : { label });

function anchorOf(place: PlaceFeature | undefined): Position | undefined {
  if (!place) return undefined;
  if (place.geometry.type === 'Point') return place.geometry.coordinates;
  // A polygon's first vertex is on its outline; for an anchor use the mean of the outer ring's vertices.
  const ring = place.geometry.coordinates[0]!.slice(0, -1);
  return [ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length, ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length];
}

/** A smooth 0 → 1 → 0 bump over [start, end] of t; 0 outside. */
function bump(t: number, start: number, end: number): number {
  if (t < start || t > end) return 0;
  return Math.sin(((t - start) / (end - start)) * Math.PI);
}

/** The animation that belongs to one event, by what kind of event it is and which places it names. */
interface EventAnimation {
  durationMs: number;
  /** Fixed parts drawn while the event is current (and not repeated in the past state). */
  current: SceneFeature[];
  frame(t: number, reducedMotion: boolean): SceneFeature[];
  /** What stays on the map once the event is over. */
  past: SceneFeature[];
}

const ROCKET_ORIGINS = 6;
const CROWD_SIZE = 9;

function movementAnimation(model: StoryModel, event: StoryEvent): EventAnimation | undefined {
  const movement = event.movement!;
  const from = anchorOf(model.placesById.get(movement.origin));
  const to = anchorOf(model.placesById.get(movement.destination));
  if (!from || !to) return undefined;
  const route = movementRoute(from, to);
  // Measured once per event (the animation is cached): each frame then interpolates, never walks the route.
  const track = routeTrack(route);
  const label = `${movementLabel(movement)} · ${formatDistanceKm(Math.round(track.totalKm))}`;
  const end = positionAlong(track, 1);
  const routeWith = (role: SceneRole): SceneFeature => ({ ...route, properties: { role, label } });
  return {
    durationMs: 4500,
    current: [routeWith('route-planned')],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [
          routeWith('trail'),
          pointFeature(end.position, { role: 'route-end', bearing: end.bearing }),
          pointFeature(end.position, { role: 'unit', symbol: movement.force, label }),
        ];
      }
      const here = positionAlong(track, t);
      return [
        { ...trailAlong(track, t), properties: { role: 'trail' } },
        pointFeature(here.position, { role: 'unit', symbol: movement.force, label, bearing: here.bearing }),
      ];
    },
    past: [
      routeWith('route-past'),
      pointFeature(end.position, { role: 'unit', symbol: movement.force, label: movement.unit_short }),
    ],
  };
}

function rocketAnimation(launchArea: PlaceFeature, target: Position): EventAnimation {
  const center = anchorOf(launchArea)!;
  const radius = launchArea.properties.radius_km ?? 5;
  // The launch point is not public: rockets come in from around the whole uncertainty ring, never one
  // invented spot, so the picture claims no direction.
  const arcs = Array.from({ length: ROCKET_ORIGINS }, (_, i) => {
    const origin = destination(point([...center]), radius, (360 / ROCKET_ORIGINS) * i + 20, { units: 'kilometers' });
    return arc(origin.geometry.coordinates, target, 0.3);
  });
  const impacts = arcs.map(
    (_, i) =>
      destination(point([...target]), 0.25 + (i % 3) * 0.2, i * 57, { units: 'kilometers' }).geometry.coordinates,
  );
  return {
    durationMs: 3200,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [
          ...arcs.map((line): SceneFeature => ({ ...line, properties: { role: 'rocket' } })),
          ...impacts.map((p) => pointFeature(p, { role: 'impact' })),
        ];
      }
      return arcs.flatMap((line, i): SceneFeature[] => {
        const start = (i / ROCKET_ORIGINS) * 0.35;
        const flight = Math.min(1, Math.max(0, (t - start) / 0.45));
        const features: SceneFeature[] = [{ ...line, properties: { role: 'rocket', strength: flight > 0 ? 0.5 : 0 } }];
        if (flight > 0 && flight < 1)
          features.push({ ...pointOnArc(line, flight), properties: { role: 'rocket-head', strength: 1 } });
        if (flight >= 1)
          features.push(
            pointFeature(impacts[i]!, { role: 'pulse', strength: bump(t, start + 0.45, Math.min(1, start + 0.95)) }),
          );
        return features;
      });
    },
    past: impacts.map((p) => pointFeature(p, { role: 'impact-past' })),
  };
}

function strikeAnimation(sites: Position[]): EventAnimation {
  return {
    durationMs: 700 * sites.length + 800,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) return sites.map((p) => pointFeature(p, { role: 'impact' }));
      const slot = 0.85 / sites.length;
      return sites.flatMap((p, i): SceneFeature[] => {
        const start = i * slot;
        if (t < start) return [];
        const strength = bump(t, start, Math.min(1, start + slot * 2.2));
        return [pointFeature(p, { role: 'impact' }), pointFeature(p, { role: 'pulse', strength })];
      });
    },
    past: sites.map((p) => pointFeature(p, { role: 'impact-past' })),
  };
}

function crowdAnimation(
  gate: Position,
  compoundCenter: Position,
  fire: Position | undefined,
  labels: MapLabels,
  force: string | undefined,
): EventAnimation {
  // The crowd comes in from outside the compound, converging on the gate it broke.
  const outward = bearingBetween(compoundCenter, gate);
  const starts = Array.from({ length: CROWD_SIZE }, (_, i) => {
    const spread = (i - (CROWD_SIZE - 1) / 2) * 9;
    return destination(point([...gate]), 0.9 + (i % 3) * 0.25, outward + spread, { units: 'kilometers' }).geometry
      .coordinates;
  });
  const gathered = starts.map(
    (_, i) =>
      destination(point([...gate]), 0.03 + (i % 3) * 0.02, outward + (i - 4) * 20, { units: 'kilometers' }).geometry
        .coordinates,
  );
  // The crowd's side, as the story's data names its force; without one the crowd is drawn without a symbol.
  const side = force ? [pointFeature(gate, { role: 'unit', symbol: force, ...labelOf(labels.crowd) })] : [];
  const fireMarker = (strength: number): SceneFeature[] =>
    fire ? [pointFeature(fire, { role: 'fire', strength, ...labelOf(labels.fire) })] : [];
  return {
    durationMs: 4000,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [...gathered.map((p) => pointFeature(p, { role: 'crowd' })), ...side, ...fireMarker(1)];
      }
      const walk = Math.min(1, t / 0.7);
      const crowd = starts.map((start, i) => {
        const to = gathered[i]!;
        return pointFeature([start[0]! + (to[0]! - start[0]!) * walk, start[1]! + (to[1]! - start[1]!) * walk], {
          role: 'crowd',
        });
      });
      return [...crowd, ...(t >= 0.7 ? [...side, ...fireMarker(0.5 + 0.5 * bump(t, 0.7, 1))] : [])];
    },
    past: fire ? [pointFeature(fire, { role: 'impact-past', ...labelOf(labels.fire_after) })] : [],
  };
}

function bearingBetween(from: Position, to: Position): number {
  const dx = (to[0]! - from[0]!) * Math.cos(((from[1]! + to[1]!) / 2) * (Math.PI / 180));
  const dy = to[1]! - from[1]!;
  return (Math.atan2(dx, dy) * 180) / Math.PI;
}

function anticipatedAnimation(at: Position, label: string | undefined, force: string): EventAnimation {
  const marker = pointFeature(at, { role: 'unit', symbol: force, ...labelOf(label) });
  return { durationMs: 0, current: [], frame: () => [marker], past: [] };
}

const animationCache = new WeakMap<StoryEvent, EventAnimation | null>();

/**
 * The animation an event gets: the one its data declares, else the one inferred from its kind and its places'
 * kinds (animation-needs.ts); null for none (statements), or when what it needs is missing (validation names that).
 */
export function eventAnimation(model: StoryModel, event: StoryEvent): EventAnimation | null {
  const cached = animationCache.get(event);
  if (cached !== undefined) return cached;
  const places = event.places.flatMap((id) => model.placesById.get(id) ?? []);
  const placeKinds = places.map((place) => place.properties.kind);
  const ofKind = (kind: PlaceKind) => places.filter((place) => place.properties.kind === kind);
  const kind = animationOf({ event, placeKinds });
  let animation: EventAnimation | null = null;
  if (missingForAnimation(kind, { event, placeKinds }) !== undefined) {
    animation = null;
  } else if (kind === 'movement') {
    animation = movementAnimation(model, event) ?? null;
  } else if (kind === 'rockets') {
    const target = ofKind('air-base')[0] ?? ofKind('launch-area')[0]!;
    animation = rocketAnimation(ofKind('launch-area')[0]!, anchorOf(target)!);
  } else if (kind === 'strikes') {
    animation = strikeAnimation(ofKind('strike-site').map((site) => anchorOf(site)!));
  } else if (kind === 'crowd') {
    animation = crowdAnimation(
      anchorOf(ofKind('gate')[0])!,
      anchorOf(ofKind('compound')[0])!,
      anchorOf(ofKind('building')[0]),
      event.map_labels ?? {},
      event.force,
    );
  } else if (kind === 'anticipated') {
    animation = anticipatedAnimation(anchorOf(places[0]!)!, event.map_labels?.anticipated, event.force!);
  }
  animationCache.set(event, animation);
  return animation;
}

/** End-state marks of the current step that labels must keep clear of: its units, fires, crowd and impacts. */
const KEEP_CLEAR_ROLES: readonly SceneRole[] = ['unit', 'fire', 'crowd', 'impact'];

/**
 * Invisible copies of the current step's end-state marks, for the static source. The animated source's symbols
 * take no part in label placement (a moving unit would push labels about on its way); these copies reserve the
 * room the end state will take, so the places' labels are laid out around it from the first frame and do not
 * jump when the animation ends.
 */
function keepClearOf(endState: readonly SceneFeature[]): SceneFeature[] {
  return endState
    .filter((feature) => feature.geometry.type === 'Point' && KEEP_CLEAR_ROLES.includes(feature.properties.role))
    .map((feature) => ({
      ...feature,
      properties: { ...feature.properties, role: 'keep-clear', mirrors: feature.properties.role },
    }));
}

/** The current step's static marks: its fixed parts (a route's line) and the keep-clear copies of its end state. */
function currentStaticOf(animation: EventAnimation | null): SceneFeature[] {
  return [...(animation?.current ?? []), ...keepClearOf(animation?.frame(1, true) ?? [])];
}

/**
 * The scene for step `index` of the model's steps. Cheap: only the step's own animation is built (once per event);
 * the past is built only if `staticFeatures` is read.
 * @param model - the story
 * @param index - a valid step index
 */
export function stepScene(model: StoryModel, index: number): StepScene {
  const current = eventAnimation(model, model.steps[index]!);
  let staticFeatures: FeatureCollection<Geometry, SceneProperties> | undefined;
  let currentStatic: FeatureCollection<Geometry, SceneProperties> | undefined;
  return {
    index,
    get currentStatic() {
      currentStatic ??= collection(currentStaticOf(current));
      return currentStatic;
    },
    get staticFeatures() {
      staticFeatures ??= collection([
        ...model.steps.slice(0, index).flatMap((step) => eventAnimation(model, step)?.past ?? []),
        ...currentStaticOf(current),
      ]);
      return staticFeatures;
    },
    frame: (t, reducedMotion) => collection(current ? current.frame(t, reducedMotion) : []),
    durationMs: current?.durationMs ?? 0,
  };
}

/**
 * A past mark's identity: a point drawn the same (role, place, symbol, label) as another is the same mark. Rockets
 * at the same target leave their impacts at the same spots, step after step: 10,000 events left 7,987 impact marks
 * at 587 distinct spots, each tiled and filtered by the map's worker on every step. Lines have none: routes differ.
 */
function pastMarkKey({ geometry, properties }: SceneFeature): string | undefined {
  if (geometry.type !== 'Point') return undefined;
  const [x, y] = geometry.coordinates;
  return [properties.role, x, y, properties.symbol ?? '', properties.label ?? ''].join('|');
}

/**
 * The marks that step `index` leaves on the map from the next step on (shownFrom = index + 1), for good. The
 * current step's own fixed parts are not among them: the map shows those with its end state (see
 * StepScene.currentStatic).
 * @param seen - keys of the past marks of earlier steps: a mark already left by one of them is skipped (it would
 * only be drawn on top of itself), and the new ones are added
 */
export function stepStaticFeatures(model: StoryModel, index: number, seen?: Set<string>): SceneFeature[] {
  const animation = eventAnimation(model, model.steps[index]!);
  const marks: SceneFeature[] = [];
  for (const feature of animation?.past ?? []) {
    const key = seen && pastMarkKey(feature);
    if (key !== undefined) {
      if (seen!.has(key)) continue;
      seen!.add(key);
    }
    marks.push({ ...feature, properties: { ...feature.properties, shownFrom: index + 1 } });
  }
  return marks;
}

/**
 * Every step's past marks, tagged with the step they first show at (see stepStaticFeatures), each distinct mark
 * once: put on the map once, and shown per step by a filter, instead of sending every earlier step's past again
 * on each step.
 */
export function storyStaticFeatures(model: StoryModel): FeatureCollection<Geometry, SceneProperties> {
  const seen = new Set<string>();
  return collection(model.steps.flatMap((_, index) => stepStaticFeatures(model, index, seen)));
}

/** A frame of the step's animation with the step's own fixed marks (StepScene.currentStatic), as the map shows it. */
export function withCurrentStatic(
  scene: StepScene,
  frame: FeatureCollection<Geometry, SceneProperties>,
): FeatureCollection<Geometry, SceneProperties> {
  return collection([...scene.currentStatic.features, ...frame.features]);
}

/** Whether a mark of storyStaticFeatures is on the map at step `index` (the map's filter says the same). */
export function shownAtStep(properties: SceneProperties, index: number): boolean {
  return (properties.shownFrom ?? 0) <= index;
}

/** Points and lines only: helpers for tests and for the map's layer filters. */
export type ScenePoint = Feature<Point, SceneProperties>;
export type SceneLine = Feature<LineString, SceneProperties>;
