import { describe, expect, it } from 'vitest';
import { placeWindows, STEPS_PER_WINDOW, stepWindow, WINDOW_FROM_STEPS } from '../../src/scene/step-window.ts';

const steps = (count: number, places: (index: number) => string[]) =>
  Array.from({ length: count }, (_, index) => ({ places: places(index) }));

describe('stepWindow', () => {
  it('a short story is not windowed', () => {
    expect(stepWindow(WINDOW_FROM_STEPS, 0)).toBeUndefined();
    expect(stepWindow(30, 29)).toBeUndefined();
  });
  it('a long story: consecutive steps share a window', () => {
    const count = WINDOW_FROM_STEPS + 1;
    expect(stepWindow(count, 0)).toBe(0);
    expect(stepWindow(count, STEPS_PER_WINDOW - 1)).toBe(0);
    expect(stepWindow(count, STEPS_PER_WINDOW)).toBe(1);
  });
  it('an index out of range is clamped', () => {
    expect(stepWindow(10_000, -5)).toBe(0);
    expect(stepWindow(10_000, 20_000)).toBe(stepWindow(10_000, 9999));
  });
});

describe('placeWindows', () => {
  it('each place lists the windows that name it, once each', () => {
    const story = steps(3 * STEPS_PER_WINDOW, (index) =>
      index === 0 || index === 1 ? ['a'] : index === 2 * STEPS_PER_WINDOW ? ['a', 'b'] : [],
    );
    const windows = placeWindows(story);
    expect(windows.get('a')).toEqual(new Set([0, 2]));
    expect(windows.get('b')).toEqual(new Set([2]));
    expect(windows.has('c')).toBe(false);
  });
  it('a short story: no windows', () => expect(placeWindows(steps(30, () => ['a'])).size).toBe(0));
});
