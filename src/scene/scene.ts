/**
 * What the map shows at each step, as plain GeoJSON: a static part (everything already over) and an animated
 * part as a function of progress t in [0, 1]. Showing step N always draws scene(N).static + scene(N).frame(1),
 * however the reader got there (stepping, the scrubber or a link), so the picture is deterministic.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { PlaceKind, StoryEvent } from '../story/schema.ts';
import { animationOf, missingForAnimation } from '../story/animation-needs.ts';
import type { StoryModel } from '../story/model.ts';
import type { EventAnimation, SceneFeature, SceneProperties, SceneRole } from './animation-kit.ts';
import { ANIMATIONS } from './animations/index.ts';

export { PAST_ROLES } from './animation-kit.ts';
export type { SceneFeature, SceneProperties, SceneRole } from './animation-kit.ts';

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

/**
 * The animations built last, newest last: a step's scene and its static marks ask for the same one, and stepping
 * back and forth asks again. Bounded: the whole story's static marks build every step's animation once, and a cache
 * of them all held every route and frame of a 10,000-event story (130,000 positions, 7 MB of its heap).
 */
const animationCache = new Map<StoryEvent, EventAnimation | null>();
export const ANIMATION_CACHE_SIZE = 64;

/**
 * The animation an event gets: the one its data declares, else the one inferred from its kind and its places'
 * kinds (story/animation-needs.ts), built by its module in animations/; null for none (statements), or when what it
 * needs is missing (validation names that).
 */
export function eventAnimation(model: StoryModel, event: StoryEvent): EventAnimation | null {
  const cached = animationCache.get(event);
  if (cached !== undefined) {
    // Newest again: Map keeps insertion order, and the oldest goes first.
    animationCache.delete(event);
    animationCache.set(event, cached);
    return cached;
  }
  const places = event.places.flatMap((id) => model.placesById.get(id) ?? []);
  const placeKinds = places.map((place) => place.properties.kind);
  const kind = animationOf({ event, placeKinds });
  const animation =
    kind === 'none' || missingForAnimation(kind, { event, placeKinds }) !== undefined
      ? null
      : ANIMATIONS[kind]({
          model,
          event,
          places,
          ofKind: (wanted: PlaceKind) => places.filter((place) => place.properties.kind === wanted),
        });
  animationCache.set(event, animation);
  if (animationCache.size > ANIMATION_CACHE_SIZE) animationCache.delete(animationCache.keys().next().value!);
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
