import { describe, expect, it } from 'vitest';
import { clampStep, playerReducer, type PlayerAction, type PlayerState } from '../../src/navigation/timeline.ts';

const at = (index: number, playing = false, count = 5): PlayerState => ({ index, count, playing });
const run = (state: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, state);

describe('clampStep', () => {
  it('keeps an index inside the story', () => {
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(2.7, 5)).toBe(2);
  });
  it('turns NaN and an empty story into 0', () => {
    expect(clampStep(Number.NaN, 5)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });
});

describe('playerReducer', () => {
  it('steps forward and back', () => {
    expect(run(at(1), { type: 'next' }).index).toBe(2);
    expect(run(at(1), { type: 'previous' }).index).toBe(0);
  });

  it('stops at both ends', () => {
    expect(run(at(4), { type: 'next' }).index).toBe(4);
    expect(run(at(0), { type: 'previous' }).index).toBe(0);
  });

  it('jumps to first, last and any step, clamped', () => {
    expect(run(at(2), { type: 'first' }).index).toBe(0);
    expect(run(at(2), { type: 'last' }).index).toBe(4);
    expect(run(at(2), { type: 'jump', index: 3 }).index).toBe(3);
    expect(run(at(2), { type: 'jump', index: 99 }).index).toBe(4);
  });

  it('plays and pauses, and toggles between them', () => {
    expect(run(at(1), { type: 'play' }).playing).toBe(true);
    expect(run(at(1, true), { type: 'pause' }).playing).toBe(false);
    expect(run(at(1), { type: 'toggle' }).playing).toBe(true);
    expect(run(at(1), { type: 'toggle' }, { type: 'toggle' }).playing).toBe(false);
  });

  it('advances one step each time a step is done while playing', () => {
    expect(run(at(1, true), { type: 'step-done' })).toEqual(at(2, true));
  });

  it('ignores a late step-done after pausing', () => {
    expect(run(at(1, true), { type: 'pause' }, { type: 'step-done' })).toEqual(at(1, false));
  });

  it('plays through every step and stops at the end', () => {
    const states = [at(0, true)];
    for (let i = 0; i < 10; i++) states.push(playerReducer(states.at(-1)!, { type: 'step-done' }));
    expect(states.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4]);
    expect(states.at(-1)!.playing).toBe(false);
  });

  it('starts again from the first step when played at the end', () => {
    expect(run(at(4), { type: 'play' })).toEqual(at(0, true));
  });

  it('keeps playing from where the reader stepped to (an interruption)', () => {
    expect(run(at(1, true), { type: 'next' }, { type: 'next' })).toEqual(at(3, true));
  });

  it('ends on the right step after ten fast Nexts', () => {
    const many = Array.from({ length: 10 }, (): PlayerAction => ({ type: 'next' }));
    expect(run(at(0, false, 12), ...many).index).toBe(10);
  });

  it('does not play a one-step story', () => {
    expect(run(at(0, false, 1), { type: 'play' }).playing).toBe(false);
  });
});
