/**
 * UTC offsets for "local time" and for zone words ("Eastern", "GMT"), at a given date, so a drafted time keeps its
 * zone. Read from the IANA time zone database that ships with the JavaScript runtime (Intl), so every country and
 * every historical daylight-saving rule is covered without a table of our own. A country whose zones disagree on
 * that day has no single "local time": it stays unknown rather than guessed.
 */
import countries from 'i18n-iso-countries';

/** US zone words → the zone whose rules they name. */
const US_ZONES: Record<string, string> = {
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  pacific: 'America/Los_Angeles',
};

/**
 * A zone's offset at an instant.
 * @param timeZone - an IANA zone ("Europe/Paris")
 * @param at - the instant
 * @returns minutes east of UTC
 */
function zoneOffset(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone for zero, else "GMT+05:30" / "GMT-04:00".
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The IANA zones of a country (ISO alpha-3), from the runtime's locale data; [] when it knows none. */
function countryZones(country: string): string[] {
  const alpha2 = countries.alpha3ToAlpha2(country);
  if (!alpha2) return [];
  // Intl.Locale's time zone list is a getter in V8 (Node 20) and a method in newer engines.
  const locale = new Intl.Locale(`und-${alpha2}`) as Intl.Locale & {
    timeZones?: string[];
    getTimeZones?: () => string[] | undefined;
  };
  return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}

/**
 * A country's UTC offset on a day.
 * @param country - ISO3
 * @param day - YYYY-MM-DD
 * @returns minutes east of UTC, or null when the country is unknown or its zones differ on that day
 */
export function countryOffset(country: string, day: string): number | null {
  const noon = new Date(`${day}T12:00:00Z`);
  const offsets = new Set(countryZones(country).map((zone) => zoneOffset(zone, noon)));
  return offsets.size === 1 ? [...offsets][0]! : null;
}

/**
 * The offset a zone word names on a day: "Eastern" (US, with daylight saving), "GMT", "UTC".
 * @param word - the zone word as written ("Eastern", "Eastern time", "GMT")
 * @param day - YYYY-MM-DD
 * @returns minutes east of UTC, or null for a word it does not know
 */
export function zoneWordOffset(word: string, day: string): number | null {
  const key = word.toLowerCase().replace(/\s+(?:standard\s+|daylight\s+)?time$/, '');
  if (key === 'gmt' || key === 'utc' || key === 'zulu') return 0;
  const zone = US_ZONES[key];
  return zone ? zoneOffset(zone, new Date(`${day}T12:00:00Z`)) : null;
}

/**
 * "+03:00" for 180 minutes.
 * @param minutes - offset east of UTC
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
