/**
 * Telling a deliberate sideways swipe on the story card from a scroll, a tap or a slow drag.
 */

/** A shorter sideways movement is a wobble of a tap or of a vertical scroll. */
export const SWIPE_MIN_DISTANCE_PX = 48;
/** A slower movement is someone reading while resting a thumb, not a flick. */
export const SWIPE_MAX_DURATION_MS = 800;
/** The movement must be this much more sideways than vertical (about 34° from horizontal at most). */
const SIDEWAYS_RATIO = 1.5;

export type SwipeDirection = 'next' | 'previous';

/**
 * @param move - the finger's movement from touchstart to touchend: `dx`/`dy` in CSS pixels (right/down
 *   positive) and the time it took
 * @returns `next` for a swipe to the left (the next card comes in from the right, as in a carousel),
 *   `previous` for one to the right, `null` for anything else
 */
export function classifySwipe(move: { dx: number; dy: number; durationMs: number }): SwipeDirection | null {
  const { dx, dy, durationMs } = move;
  if (![dx, dy, durationMs].every(Number.isFinite)) return null;
  if (durationMs < 0 || durationMs > SWIPE_MAX_DURATION_MS) return null;
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE_PX) return null;
  if (Math.abs(dx) < SIDEWAYS_RATIO * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
