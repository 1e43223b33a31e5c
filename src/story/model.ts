/**
 * The validated story as the app uses it: steps in order, their background, and places by id.
 */
import type { Correction, PlaceFeature, Story, StoryEvent } from './schema.ts';
import { isStep } from './dates.ts';
import type { ValidStoryData } from './validate.ts';
import type { ForceSymbol } from './symbols.ts';

export interface StoryModel {
  article: Story['article'];
  /** Every unit symbol the story draws (its `forces`), with what it means in the story, for the legend and pictures. */
  symbols: Readonly<Record<string, ForceSymbol>>;
  /** Dated events in order: what the event list shows and what playback steps through. */
  steps: readonly StoryEvent[];
  /** Range-dated background, by the id of the step it explains. */
  backgroundByStep: ReadonlyMap<string, readonly StoryEvent[]>;
  /** Every event, steps and background, in story order (eventsAtPlace indexes them when first asked). */
  events: readonly StoryEvent[];
  places: readonly PlaceFeature[];
  placesById: ReadonlyMap<string, PlaceFeature>;
  /** What the map corrected and when, newest first, as a Corrections section lists them. */
  corrections: readonly Correction[];
  /**
   * The places the built-in basemap has a twin of (a town or airport of the same name nearby), as the build found
   * them for exactly these files; undefined when not known, and every place is then checked on the map.
   */
  basemapTwinIds?: ReadonlySet<string>;
}

/**
 * The corrections of one event or place, newest first: its panel says "Corrected <date>" and links each entry.
 * @param item - which event or place
 */
export function correctionsOf(model: StoryModel, item: { event: string } | { place: string }): Correction[] {
  return 'event' in item
    ? model.corrections.filter((correction) => correction.event === item.event)
    : model.corrections.filter((correction) => correction.place === item.place);
}

/**
 * What a reader knows a correction's item by: the event's title or the place's name (the id only when the model
 * has no such item, which validation prevents).
 */
export function correctedItemName(model: StoryModel, correction: Correction): string {
  if (correction.place !== undefined)
    return model.placesById.get(correction.place)?.properties.name ?? correction.place;
  const id = correction.event;
  const event =
    model.steps.find((step) => step.id === id) ??
    [...model.backgroundByStep.values()].flat().find((background) => background.id === id);
  return event?.title ?? String(id);
}

/** Build the model the UI reads from validated data. */
export function buildStoryModel(data: ValidStoryData): StoryModel {
  const events = data.story.events;
  const backgroundByStep = new Map<string, StoryEvent[]>();
  for (const event of events) {
    if (!isStep(event) && event.context_for) appendTo(backgroundByStep, event.context_for, event);
  }
  return {
    article: data.story.article,
    symbols: data.story.forces ?? {},
    steps: events.filter(isStep),
    backgroundByStep,
    events,
    places: data.places,
    placesById: new Map(data.places.map((place) => [place.properties.id, place])),
    // Stable sort: corrections of one day keep the order the story lists them in.
    corrections: [...(data.story.corrections ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** Appended in place, not copied per event: copying made a key with k events cost k² at 10,000 events. */
function appendTo(map: Map<string, StoryEvent[]>, key: string, event: StoryEvent): void {
  const list = map.get(key);
  if (list) list.push(event);
  else map.set(key, [event]);
}

/**
 * Every event (steps and background) that names a place, in story order. The index is built at the first question,
 * when a reader opens a place, not with the model: at 50,000 events it was most of the model's cost on the way to
 * the first idle.
 */
export function eventsAtPlace(model: StoryModel, placeId: string): readonly StoryEvent[] {
  let byPlace = eventsByPlaceCache.get(model);
  if (!byPlace) {
    const built = new Map<string, StoryEvent[]>();
    for (const event of model.events) for (const id of placeIdsOfEvent(event)) appendTo(built, id, event);
    byPlace = built;
    eventsByPlaceCache.set(model, byPlace);
  }
  return byPlace.get(placeId) ?? [];
}
const eventsByPlaceCache = new WeakMap<StoryModel, ReadonlyMap<string, readonly StoryEvent[]>>();

/** The ids of the places an event names: its own, plus both ends of a movement, each once. */
export function placeIdsOfEvent(event: Pick<StoryEvent, 'places' | 'movement'>): string[] {
  const ends = event.movement ? [event.movement.origin, event.movement.destination] : [];
  return [...new Set([...event.places, ...ends])];
}

/** The places an event shows: its own, plus both ends of a movement. */
export function placesOfEvent(model: StoryModel, event: StoryEvent): PlaceFeature[] {
  return placeIdsOfEvent(event).flatMap((id) => {
    const place = model.placesById.get(id);
    return place ? [place] : [];
  });
}

/**
 * The step to show for an event: itself when it is a step, else the step its background explains.
 * @returns undefined for an id that is neither
 */
export function stepIdForEvent(model: StoryModel, eventId: string): string | undefined {
  return stepIds(model).get(eventId);
}

/** Each event's step, by event id, built once per model: a search per call made a pass over every event O(n²). */
const stepIdCache = new WeakMap<StoryModel, ReadonlyMap<string, string>>();
function stepIds(model: StoryModel): ReadonlyMap<string, string> {
  let ids = stepIdCache.get(model);
  if (!ids) {
    const built = new Map<string, string>();
    for (const [stepId, background] of model.backgroundByStep) {
      for (const event of background) if (!built.has(event.id)) built.set(event.id, stepId);
    }
    for (const step of model.steps) built.set(step.id, step.id);
    ids = built;
    stepIdCache.set(model, ids);
  }
  return ids;
}

/**
 * The position of a step in the story, by its id; built once per model (a search per call is a pass over every step).
 * @returns undefined for an id that is not a step
 */
export function stepIndexOf(model: StoryModel, stepId: string): number | undefined {
  let indexes = stepIndexCache.get(model);
  if (!indexes) {
    indexes = new Map(model.steps.map((step, index) => [step.id, index]));
    stepIndexCache.set(model, indexes);
  }
  return indexes.get(stepId);
}
const stepIndexCache = new WeakMap<StoryModel, ReadonlyMap<string, number>>();
