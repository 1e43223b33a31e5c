/**
 * Dates as the story knows them: some to the minute, some to the day, some only as a span ("since May 2019").
 */
import type { EventDate, StoryEvent } from './schema.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A step is a dated point in the story; range-dated events are background for a step, never steps. */
export function isStep(event: Pick<StoryEvent, 'date'>): boolean {
  return event.date.precision !== 'range';
}

/**
 * A string that sorts chronologically across precisions: the local calendar date first (a month counts as
 * its first day), then the local time of day; a date without a time sorts before timed events that day.
 */
export function eventSortKey(event: Pick<StoryEvent, 'date'>): string {
  const start = event.date.start;
  const day = start.length === 7 ? `${start}-01` : start.slice(0, 10);
  const time = event.date.precision === 'time' ? start.slice(11, 16) : '00:00';
  return `${day}T${time}`;
}

function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * How a date reads in the page, in the event's local time: "27 December 2019, about 19:20 (UTC+03:00)",
 * "31 December 2019" ("about 31 December 2019" when the day is inferred), or the range's own label ("since May 2019").
 */
export function formatEventDate(date: EventDate): string {
  switch (date.precision) {
    case 'time': {
      const time = date.start.slice(11, 16);
      const offset = date.start.slice(-6);
      return `${dayMonthYear(date.start.slice(0, 10))}, ${date.approximate ? 'about ' : ''}${time} (UTC${offset})`;
    }
    case 'day':
      return `${date.approximate ? 'about ' : ''}${dayMonthYear(date.start)}`;
    case 'range':
      return date.label;
  }
}

/** An article's publication day as the page's byline gives it: "Thursday, 2 January 2020". */
export function formatPublishedDate(isoDay: string): string {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * One formatter for every axis label: toLocaleDateString builds one per call, and a long axis has hundreds. Made at
 * first use, not when the module loads: the browser's first date formatter loads its locale data (about 11 ms on
 * this machine), which at load stood between the page's script and the map's creation.
 */
let axisDay: Intl.DateTimeFormat | undefined;

/** A day on the timeline's axis: "27 Dec". */
export function formatAxisDay(isoDay: string): string {
  axisDay ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return axisDay.format(new Date(`${isoDay}T12:00:00Z`));
}

/** The short form for lists and announcements: "27 December 2019". */
export function formatEventDay(date: EventDate): string {
  return date.precision === 'range' ? date.label : dayMonthYear(date.start.slice(0, 10));
}

/** Milliseconds since the epoch of the event's start, for placing it on a time axis (UTC). */
export function eventInstant(date: EventDate): number {
  if (date.precision === 'time') return Date.parse(date.start);
  const start = date.start.length === 7 ? `${date.start}-01` : date.start;
  // A day-precise event sits at noon UTC, the middle of its day on the axis (whose days are UTC days): no story's
  // own zone is assumed, and within 12 hours of UTC noon still falls inside the same local day.
  return Date.parse(`${start}T12:00:00Z`);
}
