/**
 * The exact edges of the swipe and layout rules: the limit itself and one pixel (or millisecond) past it.
 */
import { describe, expect, it } from 'vitest';
import { classifySwipe, SWIPE_MAX_DURATION_MS } from '../../src/navigation/swipe.ts';
import { layoutFor, NARROW_WIDTH_PX, SHORT_HEIGHT_PX } from '../../src/navigation/layout.ts';

describe('swipe edges', () => {
  it('counts a swipe that takes exactly the longest allowed time', () => {
    expect(classifySwipe({ dx: -100, dy: 0, durationMs: SWIPE_MAX_DURATION_MS })).toBe('next');
  });

  it('counts a swipe with a zero duration (two events in one frame)', () => {
    expect(classifySwipe({ dx: 100, dy: 0, durationMs: 0 })).toBe('previous');
  });

  it('counts a movement exactly 1.5 times as sideways as vertical, not a little steeper', () => {
    expect(classifySwipe({ dx: -60, dy: 40, durationMs: 200 })).toBe('next');
    expect(classifySwipe({ dx: -60, dy: -41, durationMs: 200 })).toBeNull();
  });

  it('ignores a NaN duration', () => {
    expect(classifySwipe({ dx: -100, dy: 0, durationMs: Number.NaN })).toBeNull();
  });
});

describe('layout edges', () => {
  it('treats exactly the short height as not short', () => {
    expect(layoutFor(900, SHORT_HEIGHT_PX)).toBe('sidebar');
    expect(layoutFor(900, SHORT_HEIGHT_PX - 1)).toBe('card-beside');
  });

  it('puts a short square window below, not beside (beside needs landscape)', () => {
    expect(layoutFor(450, 450)).toBe('card-below');
  });

  it('treats exactly the narrow width as wide enough for the sidebar in landscape', () => {
    expect(layoutFor(NARROW_WIDTH_PX, 700)).toBe('sidebar');
    expect(layoutFor(NARROW_WIDTH_PX - 1, 700)).toBe('card-below');
  });

  it('keeps the sidebar for a portrait window 1000 px wide, and for a square tablet', () => {
    expect(layoutFor(1000, 1400)).toBe('sidebar');
    expect(layoutFor(999, 1400)).toBe('card-below');
    expect(layoutFor(900, 900)).toBe('sidebar');
  });
});
