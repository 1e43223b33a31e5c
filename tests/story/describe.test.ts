import { describe, expect, it } from 'vitest';
import { describePrecision, formatDistanceKm, formatKind } from '../../src/story/describe.ts';

describe('formatDistanceKm', () => {
  it('under a kilometre, in whole metres', () => {
    expect(formatDistanceKm(0.2)).toBe('200 m');
    expect(formatDistanceKm(0.9996)).toBe('1000 m');
  });

  it('from 1 km, in km with at most one decimal and no trailing zero', () => {
    expect(formatDistanceKm(1)).toBe('1 km');
    expect(formatDistanceKm(1.54)).toBe('1.5 km');
    expect(formatDistanceKm(30)).toBe('30 km');
    expect(formatDistanceKm(99.94)).toBe('99.9 km');
  });

  it('from 100 km, in whole km with thousands separators', () => {
    expect(formatDistanceKm(100)).toBe('100 km');
    expect(formatDistanceKm(100.4)).toBe('100 km');
    expect(formatDistanceKm(10930.4)).toBe('10,930 km');
  });
});

describe('describePrecision', () => {
  it('an exact point and an exact outline', () => {
    expect(describePrecision({ precision: 'exact' }, false)).toBe('Exact position.');
    expect(describePrecision({ precision: 'exact' }, true)).toBe('Exact outline.');
  });

  it('an approximate point names its radius', () => {
    expect(describePrecision({ precision: 'approximate', radius_km: 5 }, false)).toBe(
      'Approximate: the exact spot is not public; it lies within about 5 km of the marked point.',
    );
  });

  it('an approximate outline names how far its boundary may be off', () => {
    expect(describePrecision({ precision: 'approximate', radius_km: 0.5 }, true)).toBe(
      'Approximate outline: the real boundary may differ by up to about 500 m.',
    );
  });

  it('an approximate place without a radius says 0 m rather than failing', () => {
    expect(describePrecision({ precision: 'approximate' }, false)).toContain('within about 0 m');
  });
});

describe('formatKind', () => {
  it('turns every hyphen into a space and capitalises the first letter only', () => {
    expect(formatKind('air-base')).toBe('Air base');
    expect(formatKind('launch-area-north')).toBe('Launch area north');
    expect(formatKind('city')).toBe('City');
  });
});
