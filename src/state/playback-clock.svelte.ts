/**
 * Drives playback with real time: while playing, each step stays until the map shows its end state (the
 * camera arrived and the animation ran, both of which take their own time), then for a dwell, then the next
 * one comes. Call during component initialisation (it creates an effect).
 */
import type { StoryState } from './story-state.svelte.ts';

/** Time for a reader to take in a step once its end state is on the map, at 1× speed. */
export const DWELL_MS = 1600;

/**
 * @param story - the story being played
 * @param stepShown - whether the current step's end state is on the map. The clock starts only then: a
 *   timer counted from the step change would cut the animation short whenever the camera's flight (not
 *   scaled by speed) and the animation (scaled) together outlast it, as they did at 2× and 4×.
 */
export function usePlaybackClock(story: StoryState, stepShown: () => boolean): void {
  $effect(() => {
    if (!story.playing) return;
    void story.stepIndex; // restart the clock on every step, however it was reached
    if (!stepShown()) return;
    const timer = setTimeout(() => story.dispatch({ type: 'step-done' }), DWELL_MS / story.speed);
    return () => clearTimeout(timer);
  });
}
