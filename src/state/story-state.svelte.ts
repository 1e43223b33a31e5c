/**
 * What the reader is looking at: the current step, whether the story is playing, and the open place.
 * The camera follows from these; the map owns its own camera and reports it back.
 */
import type { StoryModel } from '../story/model.ts';
import { placesOfEvent, stepIndexOf } from '../story/model.ts';
import { playerReducer, type PlayerAction, type PlayerState } from '../navigation/timeline.ts';
import type { FilterMatches } from './filtered-steps.svelte.ts';
import type { PlaceFeature, StoryEvent } from '../story/schema.ts';
import type { Camera } from '../navigation/camera.ts';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export class StoryState {
  readonly model: StoryModel;
  // Raw: always replaced whole (by the reducer), never changed in place; a deep proxy made each press build one and
  // the reducer's spread go through its traps.
  #player: PlayerState = $state.raw({ index: 0, count: 0, playing: false });
  /** The place whose panel is open, if any. */
  openPlaceId = $state<string | null>(null);
  speed: PlaybackSpeed = $state(1);
  /** An exact camera asked for by a link (or Back/Forward); cleared by the reader's next navigation. */
  requestedCamera = $state.raw<Camera | null>(null);
  /**
   * Whether what is shown came from a link (page load, Back/Forward) rather than the reader stepping: a link
   * shows its step in its end state and cuts to it, without animating or flying in.
   */
  arrivedByLink = $state(false);
  /** The steps Next, Previous and playback go through: a filter's matches (see stepWithin); undefined, all of them. */
  #within = $state.raw<() => FilterMatches | undefined>(() => undefined);

  readonly stepIndex = $derived.by(() => this.#player.index);
  readonly playing = $derived.by(() => this.#player.playing);
  readonly currentStep: StoryEvent = $derived.by(() => this.model.steps[this.#player.index]!);
  readonly currentPlaces: PlaceFeature[] = $derived.by(() => placesOfEvent(this.model, this.currentStep));
  readonly currentBackground: readonly StoryEvent[] = $derived.by(
    () => this.model.backgroundByStep.get(this.currentStep.id) ?? [],
  );
  readonly openPlace: PlaceFeature | undefined = $derived.by(() =>
    this.openPlaceId === null ? undefined : this.model.placesById.get(this.openPlaceId),
  );
  /** No step to go back to: the first step, or no match before the current step while a filter is on. */
  readonly isFirst = $derived.by(() => {
    const within = this.#within();
    return within
      ? within.stepping.previousMatch(within.matches, this.#player.index) === undefined
      : this.#player.index === 0;
  });
  /** No step to go on to: the last step, or no match after the current step while a filter is on. */
  readonly isLast = $derived.by(() => {
    const within = this.#within();
    return within
      ? within.stepping.nextMatch(within.matches, this.#player.index) === undefined
      : this.#player.index === this.model.steps.length - 1;
  });

  constructor(model: StoryModel) {
    if (model.steps.length === 0) throw new Error('the story has no dated events');
    this.model = model;
    this.#player = { index: 0, count: model.steps.length, playing: false };
  }

  /** Apply a stepping or playback action; any navigation closes the place panel (the step takes the map). */
  dispatch(action: PlayerAction): void {
    const before = this.#player;
    const within = this.#within();
    const after = within
      ? within.stepping.reduceWithinMatches(before, action, within.matches)
      : playerReducer(before, action);
    if (after.index !== before.index) {
      this.openPlaceId = null;
      this.#leaveLink();
    }
    this.#player = after;
  }

  /**
   * Show what a link names, all at once: the step (the first when none), the place panel (closed when none)
   * and the camera (default framing when none). Not a navigation: playback stops, nothing else is cleared.
   */
  applyLink(link: { eventId?: string; placeId?: string; camera?: Camera }): void {
    const index = link.eventId === undefined ? 0 : (stepIndexOf(this.model, link.eventId) ?? 0);
    this.#player = { ...this.#player, index, playing: false };
    this.openPlaceId = link.placeId !== undefined && this.model.placesById.has(link.placeId) ? link.placeId : null;
    this.requestedCamera = link.camera ?? null;
    this.arrivedByLink = true;
  }

  /**
   * Step through these steps only (a filter's matches, in story order) with Next, Previous, Home, End and playback;
   * a getter returning undefined steps through every step again.
   */
  stepWithin(within: () => FilterMatches | undefined): void {
    this.#within = within;
  }

  goTo(index: number): void {
    this.dispatch({ type: 'jump', index });
  }

  goToEvent(id: string): boolean {
    const index = stepIndexOf(this.model, id);
    if (index === undefined) return false;
    this.goTo(index);
    return true;
  }

  next(): void {
    this.dispatch({ type: 'next' });
  }

  previous(): void {
    this.dispatch({ type: 'previous' });
  }

  openPlaceById(id: string): boolean {
    if (!this.model.placesById.has(id)) return false;
    this.openPlaceId = id;
    this.#leaveLink();
    return true;
  }

  closePlace(): void {
    if (this.openPlaceId === null) return;
    this.openPlaceId = null;
    this.#leaveLink();
  }

  /** The reader navigated: the link's exact camera and its no-animation arrival no longer apply. */
  #leaveLink(): void {
    this.requestedCamera = null;
    this.arrivedByLink = false;
  }
}
