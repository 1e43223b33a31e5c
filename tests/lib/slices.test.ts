import { describe, expect, it } from 'vitest';
import { buildInSlices, eachInSlices, idleTurn } from '../../src/lib/slices.ts';

/** A clock that moves on by `step` ms each time it is read: with step > sliceMs every item ends a slice. */
const ticking = (step: number) => {
  let time = 0;
  return () => (time += step);
};

describe('buildInSlices', () => {
  it('concatenates every index in order', async () => {
    const built = await buildInSlices(
      4,
      (index) => [index, index * 10],
      () => false,
      { now: ticking(1) },
    );
    expect(built).toEqual([0, 0, 1, 10, 2, 20, 3, 30]);
  });

  it('gives the browser a turn between slices', async () => {
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    await buildInSlices(
      3,
      (index) => [index],
      () => false,
      { sliceMs: 8, now: ticking(10) },
    );
    clearInterval(counting);
    expect(turns).toBeGreaterThan(0);
  });

  it('stops between slices once cancelled, resolving undefined', async () => {
    const built: number[] = [];
    let cancelled = false;
    const result = await buildInSlices(
      5,
      (index) => {
        built.push(index);
        if (index === 1) cancelled = true;
        return [index];
      },
      () => cancelled,
      { sliceMs: 8, now: ticking(10) },
    );
    expect(result).toBeUndefined();
    expect(built).toEqual([0, 1]);
  });

  it('builds everything in one slice while the clock stays within it', async () => {
    let cancelled = false;
    const result = await buildInSlices(
      3,
      (index) => {
        cancelled = true; // asked only between slices: one slice never asks
        return [index];
      },
      () => cancelled,
      { sliceMs: 8, now: ticking(1) },
    );
    expect(result).toEqual([0, 1, 2]);
  });
});

describe('eachInSlices', () => {
  it('visits every index in order and resolves true', async () => {
    const visited: number[] = [];
    const done = await eachInSlices(
      4,
      (index) => visited.push(index),
      () => false,
      { sliceMs: 8, now: ticking(10) },
    );
    expect(visited).toEqual([0, 1, 2, 3]);
    expect(done).toBe(true);
  });

  it('stops between slices once cancelled, resolving false', async () => {
    const visited: number[] = [];
    const done = await eachInSlices(
      5,
      (index) => visited.push(index),
      () => visited.length >= 2,
      { sliceMs: 8, now: ticking(10) },
    );
    expect(visited).toEqual([0, 1]);
    expect(done).toBe(false);
  });
});

describe('eachInSlices with an idle period shorter than a slice', () => {
  it('ends a slice when the period the browser gave is over', async () => {
    const slices: number[][] = [[]];
    await eachInSlices(
      6,
      (index) => slices.at(-1)!.push(index),
      () => false,
      {
        sliceMs: 8,
        // Each visit takes 3 ms; the browser gives 5 ms per idle period after the first slice.
        now: ticking(3),
        nextTurn: async () => {
          slices.push([]);
          return 5;
        },
      },
    );
    // The first slice runs its 8 ms (three visits: 3, 6, 9 ms); the later ones their 5 ms (two visits: 3, 6).
    expect(slices).toEqual([[0, 1, 2], [3, 4], [5]]);
  });
});

describe('idleTurn', () => {
  it('waits for the next task where the browser has no idle callback, with the fallback budget', async () => {
    expect(await idleTurn(8)).toBe(8);
  });

  it("takes the browser's idle period, and how long it lasts, where there is one", async () => {
    const requested: number[] = [];
    const globals = globalThis as { requestIdleCallback?: unknown };
    globals.requestIdleCallback = (
      callback: (deadline: { timeRemaining(): number }) => void,
      options: { timeout: number },
    ) => {
      requested.push(options.timeout);
      callback({ timeRemaining: () => 4.5 });
      return 1;
    };
    try {
      expect(await idleTurn(8)).toBe(4.5);
      expect(requested).toHaveLength(1);
    } finally {
      delete globals.requestIdleCallback;
    }
  });
});
