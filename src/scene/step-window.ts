/**
 * The map of a long story draws only the current period's places: the steps come in windows of STEPS_PER_WINDOW
 * consecutive steps, and a place is drawn while the current step's window names it. A window, not a span of days
 * around the current step: the set of places drawn then changes once per window, not on every step (each change
 * lays the places' labels out again), and windows of equal step counts adapt to a story's density (a quiet month
 * and a busy day are each one window). A short story has one window, so it draws every place, as always.
 */
import type { StoryEvent } from '../story/schema.ts';

/**
 * Steps per window: about a hundred places on the map at once, however long the story. Windows of 250 drew twice
 * as many, a mat of rings around the step's own, and their tiling and drawing were a sixth of a 10,000-event
 * story's first idle.
 */
export const STEPS_PER_WINDOW = 100;
/** Stories with more steps than this are windowed; shorter ones draw every place. */
export const WINDOW_FROM_STEPS = 2 * STEPS_PER_WINDOW;

/**
 * The window a step belongs to.
 * @param stepCount - the story's steps
 * @param index - the step's index
 * @returns the window's number, or undefined when the story is short enough to draw every place
 */
export function stepWindow(stepCount: number, index: number): number | undefined {
  if (stepCount <= WINDOW_FROM_STEPS) return undefined;
  return Math.floor(Math.min(Math.max(index, 0), stepCount - 1) / STEPS_PER_WINDOW);
}

/**
 * For each place a step names, the windows it is named in.
 * @param steps - the story's steps, in order
 * @returns windows by place id; empty for a story too short to window
 */
export function placeWindows(steps: readonly Pick<StoryEvent, 'places'>[]): Map<string, ReadonlySet<number>> {
  const windows = new Map<string, Set<number>>();
  steps.forEach((step, index) => {
    const window = stepWindow(steps.length, index);
    if (window === undefined) return;
    for (const place of step.places) {
      let set = windows.get(place);
      if (!set) windows.set(place, (set = new Set()));
      set.add(window);
    }
  });
  return windows;
}
