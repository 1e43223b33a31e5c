import { describe, expect, it } from 'vitest';
import { buildAxis, nearestTick, thinLabels, tickMarks } from '../../src/navigation/axis.ts';
import type { EventDate } from '../../src/story/schema.ts';

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

describe('thinLabels', () => {
  const evenWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => day / 6);

  it('keeps every label when there is room', () => {
    expect(thinLabels(evenWeek, 700, 52)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps every other label when labels are closer than one is wide', () => {
    // 6 gaps over 240 px: 40 px apart, a 52 px label needs two.
    expect(thinLabels(evenWeek, 240, 52)).toEqual([0, 2, 4, 6]);
  });

  it('drops a label squeezed against the first one by the axis start', () => {
    // The first day is pulled to 0, the second sits only 30 px after it.
    expect(thinLabels([0, 0.1, 0.3, 0.5], 300, 52)).toEqual([0, 2, 3]);
  });

  it('keeps a label exactly one label width from the last', () => {
    expect(thinLabels([0.2, 0.4], 260, 52)).toEqual([0, 1]);
  });

  it('gives the first label, flush left at the axis start, its whole width before the next', () => {
    // The first covers 0–52 px; the second, centred at 52 px, would cover 26–78.
    expect(thinLabels([0, 0.2, 0.5], 260, 52)).toEqual([0, 2]);
    expect(thinLabels([0, 0.3], 260, 52)).toEqual([0, 1]);
  });

  it('always labels the last day, dropping the label that would collide with it', () => {
    // Boxes at 0–52, 64–116, 124–176 and 154–206 px (dropped: it overlaps the third); the last, at 172–224,
    // overlaps the third too, which gives way to it.
    expect(thinLabels([0, 0.3, 0.5, 0.6, 0.66], 300, 52)).toEqual([0, 1, 4]);
    // Further on, at 199–251, the last fits after the third.
    expect(thinLabels([0, 0.3, 0.5, 0.6, 0.75], 300, 52)).toEqual([0, 1, 2, 4]);
  });

  it('gives the last label, flush right at the axis end, its whole width after the one before', () => {
    // The last covers 148–200 px; a label centred at 140 px would cover 114–166.
    expect(thinLabels([0.2, 0.7, 1], 200, 52)).toEqual([0, 2]);
  });

  it('never drops the first label for the last', () => {
    expect(thinLabels([0, 1], 40, 52)).toEqual([0]);
  });

  it('keeps every label while the width is unknown', () => {
    expect(thinLabels(evenWeek, 0, 52)).toHaveLength(7);
    expect(thinLabels(evenWeek, Number.NaN, 52)).toHaveLength(7);
  });
});

describe('buildAxis at scale', () => {
  it('handles more steps than a function call takes arguments', () => {
    const steps = Array.from({ length: 200_000 }, (_, i) => ({
      date: {
        precision: 'time' as const,
        start: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().slice(0, 16) + '+00:00',
      },
    }));
    const axis = buildAxis(steps);
    expect(axis.ticks[0]!.position).toBe(0);
    expect(axis.ticks.at(-1)!.position).toBe(1);
  });

  it('spreads each day’s day-precise steps in order, counting several days apart', () => {
    const day = (start: string) => ({ date: { precision: 'day' as const, start } });
    const axis = buildAxis([day('2020-01-01'), day('2020-01-02'), day('2020-01-01'), day('2020-01-02')]);
    const [a, b, c, d] = axis.ticks.map((tick) => tick.position);
    expect(a!).toBeLessThan(c!);
    expect(b!).toBeLessThan(d!);
    expect(c!).toBeLessThan(b!);
  });
});

describe('tickMarks', () => {
  const ticks = (positions: number[]) => positions.map((position, index) => ({ index, position }));

  it('keeps every tick when there are no more than the axis can show', () => {
    const all = ticks([0, 0.001, 0.002, 1]);
    expect(tickMarks(all, 4)).toBe(all);
  });

  it('keeps the first tick of each slot when there are more', () => {
    const all = ticks([0, 0.1, 0.3, 0.35, 0.6, 0.99, 1]);
    expect(tickMarks(all, 4).map((tick) => tick.index)).toEqual([0, 2, 4, 5]);
  });

  it('puts a tick at the very end into the last slot, never one slot too many', () => {
    expect(tickMarks(ticks([0, 0.34, 0.67, 0.9, 1]), 3).map((tick) => tick.index)).toEqual([0, 1, 2]);
  });

  it('draws at most maxMarks marks for 10,000 ticks', () => {
    const all = ticks(Array.from({ length: 10_000 }, (_, i) => i / 9_999));
    const marks = tickMarks(all, 600);
    expect(marks).toHaveLength(600);
    expect(marks[0]!.index).toBe(0);
  });
});

describe('nearestTick', () => {
  const ticks = (positions: number[]) => positions.map((position, index) => ({ index, position }));

  it('gives a tie between the steps either side to the earlier one', () => {
    expect(nearestTick(ticks([0, 0.25, 0.75, 1]), 0.5)).toBe(1);
  });

  it('gives a tie between steps at one instant to the earliest of them', () => {
    expect(nearestTick(ticks([0, 0.5, 0.5, 0.5, 1]), 0.52)).toBe(1);
    expect(nearestTick(ticks([0, 0.5, 0.5, 0.5, 1]), 0.48)).toBe(1);
  });

  it('finds the nearest among ticks out of date order', () => {
    // A step of known hour can sit before the spread-out day-precise steps listed ahead of it.
    expect(nearestTick(ticks([0, 0.6, 0.4, 1]), 0.42)).toBe(2);
    expect(nearestTick(ticks([0, 0.6, 0.4, 1]), 0.58)).toBe(1);
  });

  it('clamps positions off either end of the axis to its first and last step', () => {
    expect(nearestTick(ticks([0, 0.5, 1]), -3)).toBe(0);
    expect(nearestTick(ticks([0, 0.5, 1]), 7)).toBe(2);
  });

  it('gives 0 for an axis without ticks', () => {
    expect(nearestTick([], 0.5)).toBe(0);
  });

  it('agrees with a scan of every tick on a long axis with repeated positions', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const all = ticks(Array.from({ length: 2_000 }, () => Math.round(random() * 300) / 300));
    const scan = (position: number) => {
      let best = 0;
      let bestDistance = Infinity;
      for (const tick of all) {
        const distance = Math.abs(tick.position - position);
        if (distance < bestDistance) [best, bestDistance] = [tick.index, distance];
      }
      return best;
    };
    for (let i = 0; i < 500; i++) {
      const position = random() * 1.2 - 0.1;
      expect(nearestTick(all, position)).toBe(scan(position));
    }
  });
});
