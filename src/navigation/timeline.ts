/**
 * Stepping and playback as a pure state machine over a step index: no timers, no DOM. The runes class in
 * src/state drives it with real time.
 */

export interface PlayerState {
  readonly index: number;
  readonly count: number;
  readonly playing: boolean;
}

export type PlayerAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'jump'; index: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  /** The current step's animation and dwell time are over (sent by the timer only while playing). */
  | { type: 'step-done' };

/** Clamp a requested step into the story; NaN or an empty story gives 0. */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The next player state. Navigating while playing keeps playing from the new step (as chapter skipping does
 * in a video player); playing from the last step starts again at the first; playback stops at the end.
 */
export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  const { index, count } = state;
  const at = (to: number): PlayerState => ({ ...state, index: clampStep(to, count) });
  switch (action.type) {
    case 'next':
      return at(index + 1);
    case 'previous':
      return at(index - 1);
    case 'first':
      return at(0);
    case 'last':
      return at(count - 1);
    case 'jump':
      return at(action.index);
    case 'play':
      return index >= count - 1 ? { ...state, index: 0, playing: count > 1 } : { ...state, playing: count > 1 };
    case 'pause':
      return { ...state, playing: false };
    case 'toggle':
      return playerReducer(state, { type: state.playing ? 'pause' : 'play' });
    case 'step-done':
      if (!state.playing) return state;
      return index >= count - 1 ? { ...state, playing: false } : { ...state, index: index + 1 };
  }
}
