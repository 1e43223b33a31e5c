import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../src/story/schema.ts';
import {
  eventInstant,
  eventSortKey,
  formatAxisDay,
  formatEventDate,
  formatEventDay,
  isStep,
} from '../../src/story/dates.ts';

const time = (start: string, approximate?: boolean): EventDate => ({ precision: 'time', start, approximate });
const day = (start: string): EventDate => ({ precision: 'day', start });
const range = (start: string, end: string, label: string): EventDate => ({ precision: 'range', start, end, label });

describe('isStep', () => {
  it('a timed or day-dated event is a step; a range is background', () => {
    expect(isStep({ date: time('2019-12-27T19:20+03:00') })).toBe(true);
    expect(isStep({ date: day('2019-12-31') })).toBe(true);
    expect(isStep({ date: range('2019-05', '2019-12', 'since May 2019') })).toBe(false);
  });
});

describe('eventSortKey', () => {
  it('a timed event: its local date and time', () => {
    expect(eventSortKey({ date: time('2019-12-27T19:20+03:00') })).toBe('2019-12-27T19:20');
  });

  it('a day: that date at 00:00, before the timed events of the day', () => {
    expect(eventSortKey({ date: day('2019-12-27') })).toBe('2019-12-27T00:00');
  });

  it('a month: its first day', () => {
    expect(eventSortKey({ date: range('2019-05', '2019-12', 'since May 2019') })).toBe('2019-05-01T00:00');
  });

  it('a range from a full date: that date', () => {
    expect(eventSortKey({ date: range('2019-10-01', '2019-12-31', 'this autumn') })).toBe('2019-10-01T00:00');
  });
});

describe('formatEventDate', () => {
  it('a time, with its offset', () => {
    expect(formatEventDate(time('2019-12-29T16:00-05:00'))).toBe('29 December 2019, 16:00 (UTC-05:00)');
  });

  it('an approximate time says "about"', () => {
    expect(formatEventDate(time('2019-12-27T19:20+03:00', true))).toBe('27 December 2019, about 19:20 (UTC+03:00)');
  });

  it('a day, every month by name', () => {
    expect(formatEventDate(day('2020-01-02'))).toBe('2 January 2020');
    expect(formatEventDate(day('2019-12-31'))).toBe('31 December 2019');
    expect(formatEventDate(day('2019-05-09'))).toBe('9 May 2019');
  });

  it('an inferred day says so: "about"', () => {
    expect(formatEventDate({ precision: 'day', start: '2020-01-02', approximate: true })).toBe('about 2 January 2020');
  });

  it('a range reads as its own label', () => {
    expect(formatEventDate(range('2019-05', '2019-12', 'since May 2019'))).toBe('since May 2019');
  });
});

describe('formatEventDay', () => {
  it('drops the time of a timed event', () => {
    expect(formatEventDay(time('2019-12-27T19:20+03:00'))).toBe('27 December 2019');
  });

  it('a day as it is, a range as its label', () => {
    expect(formatEventDay(day('2019-12-31'))).toBe('31 December 2019');
    expect(formatEventDay(range('2019-05', '2019-12', 'since May 2019'))).toBe('since May 2019');
  });
});

describe('formatAxisDay', () => {
  it("gives the day and the short month, whatever the machine's time zone", () => {
    expect(formatAxisDay('2019-12-27')).toBe('27 Dec');
    expect(formatAxisDay('2020-01-02')).toBe('2 Jan');
  });
});

describe('eventInstant', () => {
  it('a timed event at its exact instant', () => {
    expect(eventInstant(time('2019-12-27T19:20+03:00'))).toBe(Date.UTC(2019, 11, 27, 16, 20));
  });

  it('a day at noon UTC, assuming no story zone', () => {
    expect(eventInstant(day('2019-12-31'))).toBe(Date.UTC(2019, 11, 31, 12, 0));
  });

  it('a month at noon on its first day', () => {
    expect(eventInstant(range('2019-05', '2019-12', 'since May 2019'))).toBe(Date.UTC(2019, 4, 1, 12, 0));
  });
});
