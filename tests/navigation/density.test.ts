import { describe, expect, it } from 'vitest';
import { densityPath, densitySlots } from '../../src/navigation/density.ts';
import type { AxisTick } from '../../src/navigation/axis.ts';

const ticks = (...positions: number[]): AxisTick[] => positions.map((position, index) => ({ index, position }));

describe('densitySlots', () => {
  it('counts the steps in each slot of the axis', () => {
    expect(densitySlots(ticks(0, 0.1, 0.2, 0.6, 0.65, 0.7), 4)).toEqual([3, 0, 3, 0]);
  });

  it('puts the first step in the first slot and the last (at 1) in the last slot', () => {
    expect(densitySlots(ticks(0, 1), 3)).toEqual([1, 0, 1]);
  });

  it('puts a step on a boundary between slots in the later slot', () => {
    expect(densitySlots(ticks(0.5), 2)).toEqual([0, 1]);
  });

  it('counts only the steps asked for (a filter’s matches)', () => {
    expect(densitySlots(ticks(0, 0.1, 0.6, 0.9), 2, [1, 3])).toEqual([1, 1]);
    expect(densitySlots(ticks(0, 0.1, 0.6, 0.9), 2, [])).toEqual([0, 0]);
  });

  it('skips indexes with no tick and positions off the axis', () => {
    expect(densitySlots(ticks(0.2, Number.NaN, 1.5, -0.1), 2, [0, 1, 2, 3, 99])).toEqual([1, 0]);
  });

  it('gives no slots for a count that is not a whole number of at least 1', () => {
    expect(densitySlots(ticks(0.5), 0)).toEqual([]);
    expect(densitySlots(ticks(0.5), 2.5)).toEqual([]);
    expect(densitySlots(ticks(0.5), Number.NaN)).toEqual([]);
  });

  it('counts every step of a story of 10,000 once', () => {
    const many = ticks(...Array.from({ length: 10_000 }, (_, i) => i / 9_999));
    const counts = densitySlots(many, 120);
    expect(counts).toHaveLength(120);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(10_000);
  });
});

describe('densityPath', () => {
  it('draws each slot as a bar from the bottom, its height the square root of its share of the scale', () => {
    expect(densityPath([1, 4, 0, 1], 4)).toBe('M0 1H0V0.5H1V0H2V1H3V0.5H4V1Z');
    expect(densityPath([9, 16], 16)).toBe('M0 1H0V0.25H1V0H2V1Z');
  });

  it('writes one line for a run of equal slots', () => {
    expect(densityPath([4, 4, 4], 4)).toBe('M0 1H0V0H3V1Z');
  });

  it('raises a slot with a lone event to the lowest visible bar, and leaves an empty slot empty', () => {
    expect(densityPath([1, 0, 400], 400, 0.2)).toBe('M0 1H0V0.8H1V1H2V0H3V1Z');
  });

  it('never draws a bar above the box when a count exceeds the scale', () => {
    expect(densityPath([8], 4)).toBe('M0 1H0V0H1V1Z');
  });

  it('draws nothing with no events or no scale', () => {
    expect(densityPath([0, 0], 4)).toBe('');
    expect(densityPath([], 4)).toBe('');
    expect(densityPath([1], 0)).toBe('');
    expect(densityPath([1], Number.NaN)).toBe('');
  });
});
