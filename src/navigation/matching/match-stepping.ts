/**
 * Stepping through a filter's matches: while the event list is filtered, Next, Previous, Home, End and playback go
 * from match to match, skipping the steps the filter leaves out. Pure: the matches are the step indexes the filter
 * lets through, in story order (as filterSteps gives them); the current step may be one of them or not.
 */
import { playerReducer, type PlayerAction, type PlayerState } from '../timeline.ts';

/** How many matches come before `index`, which is also the position of the first match at or after it. */
function matchesBefore(matches: readonly number[], index: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The match `offset` matches away from the current step: 1 is the first match after it, -1 the last one before it
 * (the current step itself does not count, whether it is a match or not). Past either end it stops at the last or
 * first match, as paging stops at the end of a list.
 * @param matches - the matching step indexes, ascending
 * @param current - the current step index
 * @param offset - how many matches forward (positive) or back (negative); 0 asks for nothing
 * @returns the step index, or undefined when there is no match that way
 */
export function matchAt(matches: readonly number[], current: number, offset: number): number | undefined {
  if (offset === 0 || !Number.isFinite(offset)) return undefined;
  const before = matchesBefore(matches, current);
  if (offset > 0) {
    // The first match after the current step: past it when the current step is a match itself.
    const first = matches[before] === current ? before + 1 : before;
    if (first >= matches.length) return undefined;
    return matches[Math.min(matches.length - 1, first + offset - 1)];
  }
  const last = before - 1;
  if (last < 0) return undefined;
  return matches[Math.max(0, last + offset + 1)];
}

/** The first match after the current step, or undefined when there is none. */
export const nextMatch = (matches: readonly number[], current: number) => matchAt(matches, current, 1);
/** The last match before the current step, or undefined when there is none. */
export const previousMatch = (matches: readonly number[], current: number) => matchAt(matches, current, -1);

/** The timeline slider's keys while a filter is on, as a number of matches forward or back. */
const KEY_OFFSETS = new Map([
  ['ArrowRight', 1],
  ['ArrowUp', 1],
  ['ArrowLeft', -1],
  ['ArrowDown', -1],
  ['PageUp', 3],
  ['PageDown', -3],
]);

/**
 * Where a key on the timeline slider goes while a filter is on: the arrows and Page Up and Down from match to match,
 * Home and End to the first and last match.
 * @param matches - the matching step indexes, ascending
 * @param current - the current step index
 * @param key - the key pressed (`KeyboardEvent.key`)
 * @returns the step index; undefined for a key the slider handles that goes nowhere (no match that way); null for a
 *   key it does not handle
 */
export function matchForKey(matches: readonly number[], current: number, key: string): number | undefined | null {
  if (key === 'Home') return matches[0];
  if (key === 'End') return matches.at(-1);
  const offset = KEY_OFFSETS.get(key);
  return offset === undefined ? null : matchAt(matches, current, offset);
}

/**
 * Where the current step stands among the matches.
 * @returns its position (0 for the first match), or undefined when the filter leaves it out
 */
export function matchPosition(matches: readonly number[], current: number): number | undefined {
  const position = matchesBefore(matches, current);
  return matches[position] === current ? position : undefined;
}

/**
 * The player's next state when only the matches are stepped through: `playerReducer` with Next, Previous, First,
 * Last and playback moving from match to match. A jump goes where it is asked (a row or a mark the reader picked).
 * Play from the last match, or past it, starts again at the first match, as playing from the last step starts
 * again at the first; playback stops at the last match. With no matches, stepping does nothing and nothing plays.
 * @param state - the player
 * @param action - what the reader (or the playback clock) asked for
 * @param matches - the matching step indexes, ascending; undefined when nothing is filtered (every step counts)
 */
export function reduceWithinMatches(
  state: PlayerState,
  action: PlayerAction,
  matches: readonly number[] | undefined,
): PlayerState {
  if (!matches) return playerReducer(state, action);
  const goTo = (index: number | undefined): PlayerState =>
    index === undefined ? state : playerReducer(state, { type: 'jump', index });
  switch (action.type) {
    case 'next':
      return goTo(nextMatch(matches, state.index));
    case 'previous':
      return goTo(previousMatch(matches, state.index));
    case 'first':
      return goTo(matches[0]);
    case 'last':
      return goTo(matches.at(-1));
    case 'play': {
      if (nextMatch(matches, state.index) !== undefined) return { ...state, playing: true };
      if (matches.length === 0) return { ...state, playing: false };
      return { ...goTo(matches[0]), playing: matches.length > 1 };
    }
    case 'toggle':
      return reduceWithinMatches(state, { type: state.playing ? 'pause' : 'play' }, matches);
    case 'step-done': {
      if (!state.playing) return state;
      const next = nextMatch(matches, state.index);
      return next === undefined ? { ...state, playing: false } : goTo(next);
    }
    case 'jump':
    case 'pause':
      return playerReducer(state, action);
  }
}

/**
 * Where the current step stands among the matches, in words, for the caption by the timeline and the timeline's
 * value text: "Match 3 of 404", "404 matches; this event is not one", "No event matches the filter".
 */
export function matchLabel(matches: readonly number[], current: number): string {
  if (matches.length === 0) return 'No event matches the filter';
  const position = matchPosition(matches, current);
  if (position !== undefined) return `Match ${position + 1} of ${matches.length}`;
  return `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}; this event is not one`;
}
