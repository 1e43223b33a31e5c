import { describe, expect, it } from 'vitest';
import {
  matchAt,
  matchForKey,
  matchLabel,
  matchPosition,
  nextMatch,
  previousMatch,
  reduceWithinMatches,
} from '../../../src/navigation/matching/match-stepping.ts';
import type { PlayerAction, PlayerState } from '../../../src/navigation/timeline.ts';

/** Steps 0–9; the filter lets 2, 5 and 7 through. */
const matches = [2, 5, 7];
const at = (index: number, playing = false): PlayerState => ({ index, count: 10, playing });
const run = (state: PlayerState, shown: readonly number[] | undefined, ...actions: PlayerAction[]) =>
  actions.reduce((player, action) => reduceWithinMatches(player, action, shown), state);

describe('nextMatch and previousMatch', () => {
  it('go from a match to the next and the previous match', () => {
    expect(nextMatch(matches, 5)).toBe(7);
    expect(previousMatch(matches, 5)).toBe(2);
  });

  it('from a step outside the matches, go to the nearest match after it and before it', () => {
    expect(nextMatch(matches, 3)).toBe(5);
    expect(previousMatch(matches, 3)).toBe(2);
    expect(nextMatch(matches, 0)).toBe(2);
    expect(previousMatch(matches, 9)).toBe(7);
  });

  it('give nothing past the last match or before the first', () => {
    expect(nextMatch(matches, 7)).toBeUndefined();
    expect(nextMatch(matches, 8)).toBeUndefined();
    expect(previousMatch(matches, 2)).toBeUndefined();
    expect(previousMatch(matches, 1)).toBeUndefined();
  });

  it('give nothing when nothing matches', () => {
    expect(nextMatch([], 3)).toBeUndefined();
    expect(previousMatch([], 3)).toBeUndefined();
  });
});

describe('matchAt', () => {
  it('moves several matches at once and stops at the ends, as paging does', () => {
    expect(matchAt(matches, 0, 2)).toBe(5);
    expect(matchAt(matches, 2, 5)).toBe(7);
    expect(matchAt(matches, 9, -2)).toBe(5);
    expect(matchAt(matches, 7, -9)).toBe(2);
  });

  it('asks for nothing with an offset of 0 or not a number', () => {
    expect(matchAt(matches, 5, 0)).toBeUndefined();
    expect(matchAt(matches, 5, Number.NaN)).toBeUndefined();
  });
});

describe('matchPosition', () => {
  it('counts a match from 0', () => {
    expect(matchPosition(matches, 2)).toBe(0);
    expect(matchPosition(matches, 7)).toBe(2);
  });

  it('is undefined for a step the filter leaves out, and when nothing matches', () => {
    expect(matchPosition(matches, 3)).toBeUndefined();
    expect(matchPosition(matches, 9)).toBeUndefined();
    expect(matchPosition([], 0)).toBeUndefined();
  });
});

describe('matchLabel', () => {
  it('counts a match from 1', () => {
    expect(matchLabel(matches, 5)).toBe('Match 2 of 3');
  });

  it('says when the current event is not a match, in the singular too', () => {
    expect(matchLabel(matches, 4)).toBe('3 matches; this event is not one');
    expect(matchLabel([5], 4)).toBe('1 match; this event is not one');
  });

  it('says when nothing matches', () => {
    expect(matchLabel([], 4)).toBe('No event matches the filter');
  });
});

describe('reduceWithinMatches', () => {
  it('steps through every step when nothing is filtered', () => {
    expect(run(at(3), undefined, { type: 'next' }).index).toBe(4);
    expect(run(at(3), undefined, { type: 'previous' }).index).toBe(2);
  });

  it('steps from match to match with Next and Previous', () => {
    expect(run(at(2), matches, { type: 'next' }).index).toBe(5);
    expect(run(at(2), matches, { type: 'next' }, { type: 'next' }).index).toBe(7);
    expect(run(at(7), matches, { type: 'previous' }, { type: 'previous' }).index).toBe(2);
  });

  it('from a step outside the matches, Next goes to the next match after it', () => {
    expect(run(at(6), matches, { type: 'next' }).index).toBe(7);
    expect(run(at(6), matches, { type: 'previous' }).index).toBe(5);
  });

  it('stays at the last match on Next and at the first on Previous', () => {
    expect(run(at(7), matches, { type: 'next' })).toEqual(at(7));
    expect(run(at(2), matches, { type: 'previous' })).toEqual(at(2));
  });

  it('does nothing on Next or Previous when nothing matches', () => {
    expect(run(at(4), [], { type: 'next' })).toEqual(at(4));
    expect(run(at(4), [], { type: 'previous' })).toEqual(at(4));
    expect(run(at(4), [], { type: 'first' }, { type: 'last' })).toEqual(at(4));
  });

  it('goes to the first and the last match with Home and End', () => {
    expect(run(at(6), matches, { type: 'first' }).index).toBe(2);
    expect(run(at(0), matches, { type: 'last' }).index).toBe(7);
  });

  it('jumps anywhere asked, a step outside the matches too', () => {
    expect(run(at(2), matches, { type: 'jump', index: 4 }).index).toBe(4);
  });

  it('plays from match to match and stops at the last one', () => {
    const played = [at(2)];
    let player = run(at(2), matches, { type: 'play' });
    while (player.playing) {
      player = run(player, matches, { type: 'step-done' });
      played.push(player);
    }
    expect(played.map((state) => state.index)).toEqual([2, 5, 7, 7]);
    expect(player.playing).toBe(false);
  });

  it('plays on from a step outside the matches to the next match', () => {
    const playing = run(at(3), matches, { type: 'play' });
    expect(playing).toEqual(at(3, true));
    expect(run(playing, matches, { type: 'step-done' })).toEqual(at(5, true));
  });

  it('plays again from the first match when started at or past the last one', () => {
    expect(run(at(7), matches, { type: 'play' })).toEqual(at(2, true));
    expect(run(at(9), matches, { type: 'toggle' })).toEqual(at(2, true));
  });

  it('does not play with no matches, nor with one match it already shows', () => {
    expect(run(at(4), [], { type: 'play' })).toEqual(at(4));
    expect(run(at(5), [5], { type: 'play' })).toEqual(at(5));
    expect(run(at(0), [5], { type: 'play' })).toEqual(at(0, true));
  });

  it('ignores the end of a step while paused, and pauses on toggle', () => {
    expect(run(at(2), matches, { type: 'step-done' })).toEqual(at(2));
    expect(run(at(5, true), matches, { type: 'toggle' })).toEqual(at(5));
  });
});

describe('matchForKey', () => {
  const matches = [2, 5, 9, 14];
  it('the arrows go to the next or previous match', () => {
    expect(matchForKey(matches, 5, 'ArrowRight')).toBe(9);
    expect(matchForKey(matches, 5, 'ArrowUp')).toBe(9);
    expect(matchForKey(matches, 5, 'ArrowLeft')).toBe(2);
    expect(matchForKey(matches, 6, 'ArrowDown')).toBe(5);
  });
  it('Page Up and Down go three matches, stopping at the last and first', () => {
    expect(matchForKey(matches, 2, 'PageUp')).toBe(14);
    expect(matchForKey(matches, 14, 'PageDown')).toBe(2);
    expect(matchForKey(matches, 9, 'PageUp')).toBe(14);
  });
  it('Home and End go to the first and last match', () => {
    expect(matchForKey(matches, 9, 'Home')).toBe(2);
    expect(matchForKey(matches, 3, 'End')).toBe(14);
  });
  it('a key it handles with no match that way goes nowhere', () => {
    expect(matchForKey(matches, 14, 'ArrowRight')).toBeUndefined();
    expect(matchForKey([], 3, 'Home')).toBeUndefined();
  });
  it('other keys are not its own, whatever their name', () => {
    expect(matchForKey(matches, 5, 'a')).toBeNull();
    expect(matchForKey(matches, 5, 'Enter')).toBeNull();
    expect(matchForKey(matches, 5, 'constructor')).toBeNull();
  });
});
