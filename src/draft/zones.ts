/**
 * UTC offsets for "local time" and for zone words ("Eastern", "GMT"), at a given date, so a drafted time keeps its
 * zone. A small table, not the tz database: countries with one zone, their standard offset and which daylight-saving
 * rule they followed around 2019–2020. A country with several zones has no entry: its "local time" stays unknown.
 */

type DstRule = 'eu' | 'us' | 'none' | 'syria' | 'iran';

/** ISO3 → [standard offset in minutes, daylight-saving rule]. */
const COUNTRY_ZONES: Record<string, [number, DstRule]> = {
  IRQ: [180, 'none'],
  KWT: [180, 'none'],
  SAU: [180, 'none'],
  QAT: [180, 'none'],
  BHR: [180, 'none'],
  YEM: [180, 'none'],
  TUR: [180, 'none'],
  SYR: [120, 'syria'],
  JOR: [120, 'syria'],
  LBN: [120, 'eu'],
  ISR: [120, 'eu'],
  PSE: [120, 'eu'],
  EGY: [120, 'none'],
  LBY: [120, 'none'],
  SDN: [120, 'none'],
  IRN: [210, 'iran'],
  ARE: [240, 'none'],
  OMN: [240, 'none'],
  AFG: [270, 'none'],
  PAK: [300, 'none'],
  IND: [330, 'none'],
  BGD: [360, 'none'],
  CHN: [480, 'none'],
  JPN: [540, 'none'],
  KOR: [540, 'none'],
  PRK: [540, 'none'],
  GBR: [0, 'eu'],
  IRL: [0, 'eu'],
  PRT: [0, 'eu'],
  FRA: [60, 'eu'],
  DEU: [60, 'eu'],
  BEL: [60, 'eu'],
  NLD: [60, 'eu'],
  ITA: [60, 'eu'],
  ESP: [60, 'eu'],
  POL: [60, 'eu'],
  AUT: [60, 'eu'],
  CHE: [60, 'eu'],
  SRB: [60, 'eu'],
  NOR: [60, 'eu'],
  SWE: [60, 'eu'],
  DNK: [60, 'eu'],
  GRC: [120, 'eu'],
  UKR: [120, 'eu'],
  ROU: [120, 'eu'],
  BGR: [120, 'eu'],
  FIN: [120, 'eu'],
  CYP: [120, 'eu'],
  NGA: [60, 'none'],
  ETH: [180, 'none'],
  KEN: [180, 'none'],
  SOM: [180, 'none'],
  ZAF: [120, 'none'],
  MLI: [0, 'none'],
  NER: [60, 'none'],
  VEN: [-240, 'none'],
  COL: [-300, 'none'],
  PER: [-300, 'none'],
  CUB: [-300, 'us'],
};

/** US zone words → standard offset; all follow the US rule. */
const US_ZONES: Record<string, number> = { eastern: -300, central: -360, mountain: -420, pacific: -480 };

/** The nth (1-based; -1 = last) Sunday of a month, as a UTC date at the given hour. */
function sunday(year: number, month: number, nth: number, hourUtc: number): Date {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1, hourUtc));
    const day = 1 + ((7 - first.getUTCDay()) % 7) + (nth - 1) * 7;
    return new Date(Date.UTC(year, month - 1, day, hourUtc));
  }
  const last = new Date(Date.UTC(year, month, 0, hourUtc));
  return new Date(Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), hourUtc));
}

/** Is daylight-saving time in force on this (UTC) day under the rule? Accurate to the day, not the hour. */
function inDst(rule: DstRule, day: Date): boolean {
  const year = day.getUTCFullYear();
  const between = (from: Date, to: Date): boolean => day >= from && day < to;
  switch (rule) {
    case 'eu':
      return between(sunday(year, 3, -1, 1), sunday(year, 10, -1, 1));
    case 'us':
      return between(sunday(year, 3, 2, 7), sunday(year, 11, 1, 6));
    case 'syria': // last Friday of March to last Friday of October (until 2022): two days off the Sunday rule
      return between(sunday(year, 3, -1, 0), sunday(year, 10, -1, 0));
    case 'iran': // 22 March to 22 September (until 2022)
      return between(new Date(Date.UTC(year, 2, 22)), new Date(Date.UTC(year, 8, 22)));
    default:
      return false;
  }
}

/**
 * A country's UTC offset on a day.
 * @param country - ISO3
 * @param day - YYYY-MM-DD
 * @returns minutes east of UTC, or null when the country has several zones or is not in the table
 */
export function countryOffset(country: string, day: string): number | null {
  const zone = COUNTRY_ZONES[country];
  if (!zone) return null;
  return zone[0] + (inDst(zone[1], new Date(`${day}T12:00:00Z`)) ? 60 : 0);
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
  const us = US_ZONES[key];
  if (us === undefined) return null;
  return us + (inDst('us', new Date(`${day}T12:00:00Z`)) ? 60 : 0);
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
