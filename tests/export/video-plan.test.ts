import { describe, expect, it } from 'vitest';
import { planVideo, VIDEO_FPS, VIDEO_HOLD_MS } from '../../src/export/video-plan.ts';

describe('planVideo', () => {
  it('gives each step its animation at 1× and a hold, at 30 frames a second', () => {
    const plan = planVideo([4500, 0, 3200], 0, 2);
    const hold = (VIDEO_HOLD_MS / 1000) * VIDEO_FPS;
    expect(plan.steps.map((step) => [step.animationFrames, step.holdFrames])).toEqual([
      [135, hold],
      [0, hold],
      [96, hold],
    ]);
    expect(plan.durationSeconds).toBeCloseTo((135 + 96 + 3 * hold) / 30);
  });

  it('covers only the chosen range', () => {
    expect(planVideo([1000, 2000, 3000], 1, 1).steps.map((step) => step.stepIndex)).toEqual([1]);
  });

  it('refuses a backwards or out-of-range range', () => {
    expect(() => planVideo([1000, 2000], 1, 0)).toThrow('no such range of steps: 2–1 of 2');
    expect(() => planVideo([1000, 2000], 0, 2)).toThrow('no such range');
  });
});
