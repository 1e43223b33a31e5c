/**
 * What a video of the playback holds, frame by frame: each step's animation at 1× speed, then a hold on its end
 * state long enough to read the caption. Frames are counted, never timed: frame k is at k / fps seconds, however
 * long the machine takes to draw it.
 */

import type { StoryModel } from '../story/model.ts';
import { stepScene } from '../scene/scene.ts';

export const VIDEO_FPS = 30;
/** How long each step's end state stays on screen, for the caption to be read. */
export const VIDEO_HOLD_MS = 1500;

export interface VideoStepPlan {
  stepIndex: number;
  /** Animation frames (the scene sampled at t = k / animationFrames); 0 when nothing moves. */
  animationFrames: number;
  /** Frames of the end state after the animation. */
  holdFrames: number;
}

export interface VideoPlan {
  steps: VideoStepPlan[];
  totalFrames: number;
  durationSeconds: number;
}

/**
 * @param animationMs - each step's animation length at 1×, by step index
 * @param from - first step (inclusive)
 * @param to - last step (inclusive)
 * @throws for a range outside the steps or backwards
 */
export function planVideo(animationMs: readonly number[], from: number, to: number, fps = VIDEO_FPS): VideoPlan {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to >= animationMs.length || from > to)
    throw new Error(`no such range of steps: ${from + 1}–${to + 1} of ${animationMs.length}`);
  const steps: VideoStepPlan[] = [];
  for (let index = from; index <= to; index++) {
    steps.push({
      stepIndex: index,
      animationFrames: Math.round((animationMs[index]! / 1000) * fps),
      holdFrames: Math.round((VIDEO_HOLD_MS / 1000) * fps),
    });
  }
  const totalFrames = steps.reduce((sum, step) => sum + step.animationFrames + step.holdFrames, 0);
  return { steps, totalFrames, durationSeconds: totalFrames / fps };
}

/** The plan for steps `from` to `to` of a story, from each step's animation length at 1×. */
export function videoPlanFor(model: StoryModel, from: number, to: number): VideoPlan {
  const durations = model.steps.map((_, index) => stepScene(model, index).durationMs);
  return planVideo(durations, from, to);
}
