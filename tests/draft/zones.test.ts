import { describe, expect, it } from 'vitest';
import { countryOffset, formatOffset, zoneWordOffset } from '../../src/draft/zones.ts';

describe('countryOffset', () => {
  it('gives Iraq +3 all year', () => {
    expect(countryOffset('IRQ', '2019-12-27')).toBe(180);
    expect(countryOffset('IRQ', '2019-07-01')).toBe(180);
  });

  it('follows daylight saving where the country kept it (Syria in 2019)', () => {
    expect(countryOffset('SYR', '2019-12-29')).toBe(120);
    expect(countryOffset('SYR', '2019-07-01')).toBe(180);
  });

  it('has no single offset for a country of several zones', () => {
    expect(countryOffset('USA', '2020-01-02')).toBeNull();
  });
});

describe('zoneWordOffset', () => {
  it('reads "Eastern" as −05:00 in winter and −04:00 in summer', () => {
    expect(zoneWordOffset('Eastern', '2020-01-02')).toBe(-300);
    expect(zoneWordOffset('Eastern time', '2020-07-02')).toBe(-240);
  });

  it('reads GMT and UTC as zero, and knows nothing else', () => {
    expect(zoneWordOffset('GMT', '2020-07-02')).toBe(0);
    expect(zoneWordOffset('Martian', '2020-07-02')).toBeNull();
  });
});

describe('formatOffset', () => {
  it.each([
    [180, '+03:00'],
    [-300, '-05:00'],
    [210, '+03:30'],
    [0, '+00:00'],
  ])('%i → %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('countryOffset from the time zone database', () => {
  it('knows a country far from any story so far, with its summer time (Paraguay in January 2020)', () => {
    expect(countryOffset('PRY', '2020-01-02')).toBe(-180);
    expect(countryOffset('PRY', '2020-07-02')).toBe(-240);
  });

  it('has no single offset when the zones of a country differ (New Zealand and its Chatham Islands)', () => {
    expect(countryOffset('NZL', '2020-01-02')).toBeNull();
  });

  it('follows a rule of its own to the day (Syria moved its clocks on Friday 29 March 2019)', () => {
    expect(countryOffset('SYR', '2019-03-28')).toBe(120);
    expect(countryOffset('SYR', '2019-03-29')).toBe(180);
  });

  it('has no offset for a code that names no country', () => {
    expect(countryOffset('XXX', '2020-01-02')).toBeNull();
  });
});
