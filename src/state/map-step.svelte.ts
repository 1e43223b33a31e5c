/**
 * The step the map shows. Usually the current step. While the reader sweeps through steps (drags the timeline,
 * holds an arrow key) the map holds still and shows the step they are on once they pause, in its end state without
 * animating; when the sweep ends, the step it ended on is shown as any selection is. Each step the map shows costs
 * whole frames of rendering (a camera flight, a scene animation): shown for every step swept past, they made the
 * sweep itself crawl, and the map kept moving long after the reader had let go.
 * Call during component initialisation (it creates effects).
 */
import { untrack } from 'svelte';
import type { StoryState } from './story-state.svelte.ts';

/**
 * A sweep that rests this long on a step shows that step on the map; and for at least SWEEP_PAUSE_FRAMES frames, so
 * that a page too slow to take the next input sooner (a loaded machine, a huge story) is not taken for a pause: that
 * would put the map's work back on every step, and make it slower still.
 */
export const SWEEP_PAUSE_MS = 300;
export const SWEEP_PAUSE_FRAMES = 6;

export interface MapStep {
  /** The index of the step the map shows. */
  readonly index: number;
  /** Whether to show it at once in its end state (a pause in a sweep), not animated. */
  readonly instant: boolean;
  /** A sweep starts (true) or ends (false). */
  sweeping(active: boolean): void;
}

export function useMapStep(story: StoryState): MapStep {
  let index = $state(untrack(() => story.stepIndex));
  let instant = $state(false);
  let sweeping = false;
  /** The animation frame that watches for a pause, while a swept step waits to be shown. */
  let pauseFrame: number | undefined;

  const show = (atOnce: boolean) => {
    if (pauseFrame !== undefined) cancelAnimationFrame(pauseFrame);
    pauseFrame = undefined;
    instant = atOnce;
    index = story.stepIndex;
  };

  /** Count frames from the last swept step; show it once both the time and the frames of a pause have passed. */
  const watchForPause = () => {
    if (pauseFrame !== undefined) cancelAnimationFrame(pauseFrame);
    const since = performance.now();
    let frames = 0;
    const frame = (now: number) => {
      frames++;
      if (frames >= SWEEP_PAUSE_FRAMES && now - since >= SWEEP_PAUSE_MS) show(true);
      else pauseFrame = requestAnimationFrame(frame);
    };
    pauseFrame = requestAnimationFrame(frame);
  };

  $effect.pre(() => {
    void story.stepIndex;
    untrack(() => (sweeping ? watchForPause() : show(false)));
  });

  $effect(() => () => {
    if (pauseFrame !== undefined) cancelAnimationFrame(pauseFrame);
  });

  return {
    get index() {
      return index;
    },
    get instant() {
      return instant;
    },
    sweeping(active) {
      if (active === sweeping) return;
      sweeping = active;
      // The sweep ended on a step the map has not shown yet: show it now, as a selection.
      if (!active && pauseFrame !== undefined) show(false);
    },
  };
}
