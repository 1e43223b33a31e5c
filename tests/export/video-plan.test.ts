import { describe, expect, it } from 'vitest';
import { VIDEO_FPS, VIDEO_HOLD_MS, planVideo } from '../../src/export/video-plan.ts';

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

describe('video-plan-edges', () => {
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
});
