import { describe, expect, it } from 'vitest';
import { rowForKey, scrollToShow, windowRange } from '../../src/lib/window-range.ts';

describe('windowRange', () => {
  it('the rows in view and the overscan on each side', () => {
    expect(windowRange(1000, 200, 50, 10_000, 2)).toEqual({ start: 18, end: 26 });
  });
  it('clamped at the top and at the end of the list', () => {
    expect(windowRange(0, 200, 50, 10_000, 5)).toEqual({ start: 0, end: 9 });
    expect(windowRange(499_900, 200, 50, 10_000, 5)).toEqual({ start: 9993, end: 10_000 });
  });
  it('a list below the view renders its first rows only as far as the view reaches', () => {
    expect(windowRange(-300, 200, 50, 100, 0)).toEqual({ start: 0, end: 0 });
    expect(windowRange(-100, 200, 50, 100, 0)).toEqual({ start: 0, end: 2 });
  });
  it('an empty list renders nothing', () => expect(windowRange(0, 200, 50, 0)).toEqual({ start: 0, end: 0 }));
});

describe('scrollToShow', () => {
  it('a row in view: no scroll', () => expect(scrollToShow(100, 200, 150, 50)).toBe(100));
  it('a row above: its top at the top', () => expect(scrollToShow(100, 200, 50, 50)).toBe(50));
  it('a row below: its bottom at the bottom', () => expect(scrollToShow(100, 200, 300, 50)).toBe(150));
});

describe('rowForKey', () => {
  it.each([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['PageDown', 5, 15],
    ['PageUp', 15, 5],
    ['Home', 5, 0],
    ['End', 5, 99],
  ])('%s from %i goes to %i', (key, from, to) => expect(rowForKey(key, from, 100, 10)).toBe(to));
  it('stops at the ends', () => {
    expect(rowForKey('ArrowUp', 0, 100, 10)).toBe(0);
    expect(rowForKey('PageDown', 95, 100, 10)).toBe(99);
  });
  it('other keys and an empty list are not handled', () => {
    expect(rowForKey('Enter', 5, 100, 10)).toBeUndefined();
    expect(rowForKey('End', 0, 0, 10)).toBeUndefined();
  });
});
