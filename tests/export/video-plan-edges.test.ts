import { describe, expect, it } from 'vitest';
import { planVideo } from '../../src/export/video-plan.ts';

describe('planVideo edges', () => {
  it('counts frames at another frame rate, rounding each animation to whole frames', () => {
    const plan = planVideo([1010, 990], 0, 1, 60);
    expect(plan.steps).toEqual([
      { stepIndex: 0, animationFrames: 61, holdFrames: 90 },
      { stepIndex: 1, animationFrames: 59, holdFrames: 90 },
    ]);
    expect(plan.totalFrames).toBe(61 + 59 + 2 * 90);
    expect(plan.durationSeconds).toBe(300 / 60);
  });

  it('accepts the whole range, first step to last', () => {
    const plan = planVideo([0, 0, 0], 0, 2);
    expect(plan.steps.map((step) => step.stepIndex)).toEqual([0, 1, 2]);
    expect(plan.totalFrames).toBe(3 * 45);
  });

  it('refuses a range that starts before the first step', () => {
    expect(() => planVideo([1000, 2000], -1, 1)).toThrow('no such range of steps: 0–2 of 2');
  });

  it('refuses step numbers that are not whole', () => {
    expect(() => planVideo([1000, 2000], 0.5, 1)).toThrow('no such range');
    expect(() => planVideo([1000, 2000], 0, 0.5)).toThrow('no such range');
  });
});
