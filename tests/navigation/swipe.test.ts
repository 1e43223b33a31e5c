import { describe, expect, it } from 'vitest';
import { classifySwipe, SWIPE_MAX_DURATION_MS, SWIPE_MIN_DISTANCE_PX } from '../../src/navigation/swipe.ts';

describe('classifySwipe', () => {
  it('reads a quick swipe to the left as next', () => {
    expect(classifySwipe({ dx: -120, dy: 10, durationMs: 200 })).toBe('next');
  });

  it('reads a quick swipe to the right as previous', () => {
    expect(classifySwipe({ dx: 120, dy: -10, durationMs: 200 })).toBe('previous');
  });

  it('ignores a tap and a short wobble', () => {
    expect(classifySwipe({ dx: 0, dy: 0, durationMs: 80 })).toBeNull();
    expect(classifySwipe({ dx: -(SWIPE_MIN_DISTANCE_PX - 1), dy: 0, durationMs: 150 })).toBeNull();
  });

  it('counts a swipe of exactly the minimum distance', () => {
    expect(classifySwipe({ dx: -SWIPE_MIN_DISTANCE_PX, dy: 0, durationMs: 150 })).toBe('next');
  });

  it('ignores a mostly vertical movement (scrolling the card)', () => {
    expect(classifySwipe({ dx: -80, dy: 70, durationMs: 200 })).toBeNull();
  });

  it('ignores a slow drag', () => {
    expect(classifySwipe({ dx: -200, dy: 0, durationMs: SWIPE_MAX_DURATION_MS + 1 })).toBeNull();
  });

  it('ignores a negative duration and values that are not numbers', () => {
    expect(classifySwipe({ dx: -200, dy: 0, durationMs: -5 })).toBeNull();
    expect(classifySwipe({ dx: Number.NaN, dy: 0, durationMs: 100 })).toBeNull();
    expect(classifySwipe({ dx: -200, dy: Number.POSITIVE_INFINITY, durationMs: 100 })).toBeNull();
  });
});
