/**
 * When a sentence says something happened, resolved against the publication date with chrono-node: weekdays and
 * month-days never land after publication ("on Tuesday" in an article of Thursday 2 January 2020 is 31 December
 * 2019), periods become ranges (ranges.ts), a time keeps its zone ("19:20 local time" in Kenya is +03:00, "2 p.m.
 * Eastern" is −05:00 in winter), and a sentence without a date gets the publication date, marked approximate.
 */
import * as chrono from 'chrono-node';
import type { EventDate } from './types.ts';
import { findRanges, isoDay, utcDay } from './ranges.ts';
import { formatOffset, zoneWordOffset } from './zones.ts';

/** A drafted date: a story date, or the publication day standing in for a date the sentence does not give. */
export type DraftDate = EventDate | { precision: 'day'; start: string; approximate: true };

/** The date found for a sentence, and the words it came from ("" when it is the publication date by default). */
export interface ResolvedDate {
  date: DraftDate;
  expression: string;
}

/** The zone words after a time: "local time", "Eastern", "Eastern Standard Time", "GMT", "Kabul time". */
const ZONE_AFTER =
  /^\s*(?:\(?\s*)([Ll]ocal time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard\s+|Daylight\s+)?[Tt]ime)?|GMT|UTC|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+[Tt]ime)\b/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Step a chrono component date back by whole weeks or a year until it is not after publication. */
function notAfter(day: string, published: string, step: 'week' | 'year'): string {
  const pub = utcDay(published);
  let d = utcDay(day);
  while (d > pub) {
    if (step === 'week') d = new Date(d.getTime() - 7 * 86_400_000);
    else d.setUTCFullYear(d.getUTCFullYear() - 1);
  }
  return isoDay(d);
}

/**
 * Resolve the date a sentence gives.
 * @param sentence - one sentence of the article
 * @param published - the publication date, YYYY-MM-DD
 * @param localOffset - minutes east of UTC of "local time" where the sentence happens (null when unknown)
 * @param placeOffset - the offset of "<place> time" ("Kabul time") on a day, when the place is known
 */
export function resolveDate(
  sentence: string,
  published: string,
  localOffset: number | null,
  placeOffset: (place: string, day: string) => number | null = () => null,
): ResolvedDate {
  const ranges = findRanges(sentence, published);
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const results = chrono.parse(sentence, reference).filter(
    // chrono also reads "last week" or "the past several months" as one day: the range rules own those words.
    (r) => !ranges.some((f) => r.index < f.index + f.length && f.index < r.index + r.text.length),
  );
  const found = results.flatMap((result) => {
    const start = result.start;
    const hasDay = start.isCertain('day') || start.isCertain('weekday');
    const hasTime = start.isCertain('hour');
    if (!hasDay && !hasTime) return [];
    let day = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    if (day > published) {
      // A weekday or a month-day without a year means the last one before publication; an explicit date or a
      // relative one ("a week after") that lands later is a plan or a misreading, not the date of an event.
      if (start.isCertain('year') || result.tags().has('result/relativeDate')) return [];
      day = notAfter(day, published, start.isCertain('month') ? 'year' : 'week');
    }
    const zoneWord = ZONE_AFTER.exec(sentence.slice(result.index + result.text.length))?.[1];
    let offset: number | null = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? null) : null;
    if (offset === null && zoneWord) {
      const place = /^(.+?)\s+time$/i.exec(zoneWord)?.[1];
      if (/^local/i.test(zoneWord)) offset = localOffset;
      else offset = zoneWordOffset(zoneWord, day) ?? (place ? placeOffset(place, day) : null);
    }
    const time = `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
    const text = zoneWord ? `${result.text} ${zoneWord}` : result.text;
    return [{ day, hasDay, hasTime, time, offset, zoned: offset !== null, text }];
  });
  // "at 19:20 local time on Friday" may come back as two results, a time and a day: put them together.
  const dated = found.find((f) => f.hasDay);
  const timed = dated?.hasTime ? dated : found.find((f) => f.hasTime);
  if (timed) {
    const day = dated?.day ?? published;
    const offset = timed.offset ?? localOffset;
    const expression = dated && dated !== timed ? `${timed.text} … ${dated.text}` : timed.text;
    if (offset !== null) {
      const exact = dated !== undefined && timed.zoned;
      const start = `${day}T${timed.time}${formatOffset(offset)}`;
      return {
        date: exact ? { precision: 'time', start } : { precision: 'time', start, approximate: true },
        expression,
      };
    }
    if (dated) return { date: { precision: 'day', start: day }, expression: dated.text };
  } else if (dated) {
    return { date: { precision: 'day', start: dated.day }, expression: dated.text };
  }
  const range = ranges[0];
  if (range) {
    return {
      date: { precision: 'range', start: range.start, end: range.end, label: range.label },
      expression: sentence.slice(range.index, range.index + range.length),
    };
  }
  return { date: { precision: 'day', start: published, approximate: true }, expression: '' };
}
