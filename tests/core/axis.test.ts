import { describe, expect, it } from 'vitest';
import { buildAxis, labelStride, nearestTick } from '../../src/core/axis.ts';
import type { EventDate } from '../../src/core/schema.ts';

const step = (date: EventDate) => ({ date });
const steps = [
  step({ precision: 'time', start: '2019-12-27T19:20+03:00' }),
  step({ precision: 'day', start: '2019-12-31' }),
  step({ precision: 'day', start: '2019-12-31' }),
  step({ precision: 'day', start: '2020-01-02' }),
];

describe('timeline axis', () => {
  it('runs from the first step (0) to the last (1)', () => {
    const { ticks } = buildAxis(steps);
    expect(ticks[0]!.position).toBe(0);
    expect(ticks.at(-1)!.position).toBe(1);
  });

  it('keeps ticks in story order', () => {
    const positions = buildAxis(steps).ticks.map((tick) => tick.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('spreads events of the same day apart instead of stacking them', () => {
    const { ticks } = buildAxis(steps);
    expect(ticks[2]!.position - ticks[1]!.position).toBeGreaterThan(0.05);
  });

  it('labels every day between the first and last step', () => {
    expect(buildAxis(steps).days.map((day) => day.date)).toEqual([
      '2019-12-27',
      '2019-12-28',
      '2019-12-29',
      '2019-12-30',
      '2019-12-31',
      '2020-01-01',
      '2020-01-02',
    ]);
  });

  it('picks the nearest step to a pointer position', () => {
    const { ticks } = buildAxis(steps);
    expect(nearestTick(ticks, 0.02)).toBe(0);
    expect(nearestTick(ticks, 0.98)).toBe(3);
    expect(nearestTick(ticks, ticks[2]!.position + 0.01)).toBe(2);
  });
});

describe('labelStride', () => {
  it('labels every day when there is room', () => {
    expect(labelStride(8, 700, 52)).toBe(1);
  });

  it('labels every other day when days are closer than a label is wide', () => {
    // 7 gaps over 280 px: 40 px a day, a 52 px label needs two days.
    expect(labelStride(8, 280, 52)).toBe(2);
  });

  it('labels fewer still on a very narrow axis', () => {
    expect(labelStride(8, 120, 52)).toBe(4);
  });

  it('falls back to every day before the width is known, and for a single day', () => {
    expect(labelStride(8, 0, 52)).toBe(1);
    expect(labelStride(1, 300, 52)).toBe(1);
    expect(labelStride(8, Number.NaN, 52)).toBe(1);
  });
});
