/**
 * Drives playback with real time: while playing, each step stays for its animation plus a dwell, then the
 * next one comes. Call during component initialisation (it creates an effect).
 */
import type { StoryState } from './story-state.svelte.ts';

/** Time for the camera to arrive and for a reader to take in the step, at 1× speed. */
export const DWELL_MS = 2600;

export function usePlaybackClock(story: StoryState, animationMs: () => number): void {
  $effect(() => {
    if (!story.playing) return;
    void story.stepIndex; // restart the clock on every step, however it was reached
    const wait = (animationMs() + DWELL_MS) / story.speed;
    const timer = setTimeout(() => story.dispatch({ type: 'step-done' }), wait);
    return () => clearTimeout(timer);
  });
}
