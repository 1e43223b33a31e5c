/**
 * Periods an article names relative to its publication date ("last week", "since May", "in the past several
 * months", "less than a week after"), as ranges that end no later than the publication date.
 */

/** A period found in a sentence. */
export interface FoundRange {
  /** YYYY-MM-DD or YYYY-MM */
  start: string;
  end: string;
  label: string;
  /** Where the words are in the sentence. */
  index: number;
  length: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = MONTHS.join('|');
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "Several", "a few", "months" alone: three is the honest short end; the label keeps the article's words. */
const VAGUE_COUNT = 3;

/**
 * Is this a real calendar day written YYYY-MM-DD?
 * @param day - the text to check
 */
export function isIsoDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Parse YYYY-MM-DD as a UTC date. */
export function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A UTC date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UTC date as YYYY-MM. */
function isoMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** "2 January 2020" */
export function longDay(day: string): string {
  const d = utcDay(day);
  const month = MONTHS[d.getUTCMonth()]!;
  return `${d.getUTCDate()} ${month[0]!.toUpperCase()}${month.slice(1)} ${d.getUTCFullYear()}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function subtract(date: Date, count: number, unit: string): Date {
  const d = new Date(date);
  if (unit.startsWith('day')) return addDays(d, -count);
  if (unit.startsWith('week')) return addDays(d, -7 * count);
  if (unit.startsWith('month')) d.setUTCMonth(d.getUTCMonth() - count);
  else d.setUTCFullYear(d.getUTCFullYear() - count);
  return d;
}

/** Monday of the (ISO) week containing the date. */
function monday(date: Date): Date {
  return addDays(date, -((date.getUTCDay() + 6) % 7));
}

type Rule = [RegExp, (m: RegExpExecArray, published: Date) => Omit<FoundRange, 'index' | 'length'>];

const RULES: Rule[] = [
  [
    new RegExp(`\\bsince (${MONTH})(?:,? (\\d{4}))?\\b`, 'i'),
    (m, pub) => {
      const month = MONTHS.indexOf(m[1]!.toLowerCase());
      const year = m[2] ? Number(m[2]) : pub.getUTCFullYear() - (month > pub.getUTCMonth() ? 1 : 0);
      const start = `${year}-${String(month + 1).padStart(2, '0')}`;
      const name = `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}`;
      return { start, end: isoDay(pub), label: `since ${name} ${year}` };
    },
  ],
  [
    /\blast week\b/i,
    (_m, pub) => {
      const start = addDays(monday(pub), -7);
      return { start: isoDay(start), end: isoDay(addDays(start, 6)), label: `the week of ${longDay(isoDay(start))}` };
    },
  ],
  [
    /\b(?:earlier )?this week\b/i,
    (_m, pub) => ({ start: isoDay(monday(pub)), end: isoDay(pub), label: `the week of ${longDay(isoDay(pub))}` }),
  ],
  [
    /\blast month\b/i,
    (_m, pub) => {
      const month = isoMonth(subtract(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), 1)), 1, 'month'));
      return { start: month, end: month, label: 'the month before publication' };
    },
  ],
  [
    /\b(?:earlier )?this month\b/i,
    (_m, pub) => ({ start: `${isoMonth(pub)}-01`, end: isoDay(pub), label: 'earlier in the month of publication' }),
  ],
  [
    /\blast year\b/i,
    (_m, pub) => {
      const year = pub.getUTCFullYear() - 1;
      return { start: `${year}-01`, end: `${year}-12`, label: String(year) };
    },
  ],
  [
    /\b(?:less than|within|under|in) (a|an|one|two|three|four|five|six|\d+) (days?|weeks?|months?) (?:after|before|ago)\b/i,
    (m, pub) => {
      const count = COUNT[m[1]!.toLowerCase()] ?? Number(m[1]);
      return {
        start: isoDay(subtract(pub, count, m[2]!.toLowerCase())),
        end: isoDay(pub),
        label: `${m[0]} (before ${longDay(isoDay(pub))})`,
      };
    },
  ],
  [
    /\b(?:for|in the past|over the past|in recent|during the past|in the last|over the last)\s+(?:(several|few|many|a few|two|three|four|five|six|\d+)\s+)?(days|weeks|months|years)\b/i,
    (m, pub) => {
      const count = COUNT[(m[1] ?? '').toLowerCase()] ?? (Number(m[1]) || VAGUE_COUNT);
      const unit = m[2]!.toLowerCase();
      const start = subtract(pub, count, unit);
      const days = unit === 'days' || unit === 'weeks';
      return {
        start: days ? isoDay(start) : isoMonth(start),
        end: days ? isoDay(pub) : isoMonth(pub),
        label: `${m[0]} (to ${longDay(isoDay(pub))})`,
      };
    },
  ],
];

/**
 * The periods a sentence names, in the order they appear; none ends after the publication date.
 * @param sentence - one sentence
 * @param published - the publication date, YYYY-MM-DD
 */
export function findRanges(sentence: string, published: string): FoundRange[] {
  const pub = utcDay(published);
  const found: FoundRange[] = [];
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
    found.push({ ...make(m, pub), index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
