/**
 * Ties the article's plain text to the story: which stretch of text each event quotes, and where places are named.
 *
 * Why it works this way:
 * - Quotes are copied by hand from a newspaper page, so they differ from the article in ways a reader never sees:
 *   curly or straight marks, a dash typed as a hyphen, a line break where the page had a space. Matching runs on a
 *   normalized copy of both strings, and an offsets array maps every normalized character back to the original,
 *   because collapsing whitespace changes lengths and the reading pane must highlight the article's own characters.
 * - The pane renders the text as Svelte text nodes, never as HTML, so the output is plain data: ranges of the
 *   original string and flat segments. A flat list (each piece carries an optional eventId and placeId) renders
 *   with one `{#each}` and no recursion; a place named inside a quote simply splits that quote into pieces that
 *   share its eventId.
 * - Highlights must never overlap (a character belongs to at most one event), so the event listed first in
 *   events.json keeps its passage and a later one is cut back to what is left, or dropped when that is a scrap.
 * - Place names are case-sensitive and whole-word, and the longest name wins, so "Port of Mombasa"
 *   links to the port rather than the city, and "Kenya" is never found inside "Kenyan".
 */
import {
  type TextRange,
  WHITESPACE,
  insertSorted,
  normalize,
  occurrences,
  originalRange,
  overlapsAny,
  searchable,
} from './normalize.ts';

/** The stretch of the article that an event quotes. */
export interface Passage extends TextRange {
  id: string;
}

/** What {@link locatePassages} found: the passages, and the ids it could not give one, split by reason. */
export interface PassageReport {
  /** Sorted by start, never overlapping. */
  passages: Passage[];
  /** Ids whose quote does not occur in the text at all (or is blank). */
  notFound: string[];
  /** Ids whose quote occurs, but only inside passages of earlier-listed events, leaving less than a scrap. */
  dropped: string[];
}

/** A trimmed passage shorter than this many characters is dropped: a highlight of a few words explains nothing. */
export const MIN_TRIMMED_PASSAGE = 20;

/**
 * Find where a quote occurs in a text, comparing loosely (quote marks, dashes and whitespace; case counts).
 * @param text - the article
 * @param quote - the words to find; leading and trailing whitespace is ignored
 * @returns the first occurrence as a range of the original text, or undefined if there is none
 */
export function findPassage(text: string, quote: string): TextRange | undefined {
  const haystack = normalize(text);
  const needle = normalize(quote).text;
  const at = needle === '' ? -1 : haystack.text.indexOf(needle);
  return at === -1 ? undefined : originalRange(haystack, at, at + needle.length);
}

/** The longest part of `range` that lies outside every claimed range, without surrounding whitespace. */
function remainder(text: string, range: TextRange, claimed: readonly TextRange[]): TextRange | undefined {
  const pieces: TextRange[] = [];
  let start = range.start;
  for (const taken of [...claimed].sort((a, b) => a.start - b.start)) {
    if (taken.end <= start || taken.start >= range.end) continue;
    if (taken.start > start) pieces.push({ start, end: taken.start });
    start = Math.max(start, taken.end);
  }
  if (start < range.end) pieces.push({ start, end: range.end });
  let best: TextRange | undefined;
  for (const piece of pieces.map((p) => trimRange(text, p))) {
    if (piece.end - piece.start > (best ? best.end - best.start : 0)) best = piece;
  }
  return best;
}

export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && WHITESPACE.test(text.charAt(start))) start++;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Find each event's passage, without overlaps: in list order, a quote takes its first occurrence that no earlier
 * passage touches (so two events quoting the same words get successive occurrences); if every occurrence is
 * touched, it keeps the longest untouched remainder when that has at least {@link MIN_TRIMMED_PASSAGE} characters.
 * @param text - the article
 * @param quotes - one quote per event, most important first
 * @returns passages sorted by start, and the ids left without one
 */
export function locatePassages(text: string, quotes: readonly { id: string; quote: string }[]): PassageReport {
  const normalized = searchable(text);
  /** Kept sorted by start as they are found, so overlap checks are binary searches. */
  const passages: Passage[] = [];
  const notFound: string[] = [];
  const dropped: string[] = [];
  for (const { id, quote } of quotes) {
    const found = occurrences(normalized, normalize(quote).text);
    if (found.length === 0) {
      notFound.push(id);
      continue;
    }
    const free = found.find((range) => !overlapsAny(passages, range));
    if (free) {
      insertSorted(passages, { id, ...free });
      continue;
    }
    let best: TextRange | undefined;
    for (const range of found) {
      const rest = remainder(text, range, passages);
      if (rest && rest.end - rest.start > (best ? best.end - best.start : 0)) best = rest;
    }
    if (best && best.end - best.start >= MIN_TRIMMED_PASSAGE) insertSorted(passages, { id, ...best });
    else dropped.push(id);
  }
  return { passages, notFound, dropped };
}

/**
 * Find each event's passage; see {@link locatePassages} for the rules, and for the ids left without a passage.
 * @returns passages sorted by start, never overlapping
 */
export function findPassages(text: string, quotes: readonly { id: string; quote: string }[]): Passage[] {
  return locatePassages(text, quotes).passages;
}
