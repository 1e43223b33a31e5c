/**
 * The article's text and a quote compared loosely: quote marks, dashes and whitespace normalized, with an
 * offsets array mapping every normalized character back to the original (collapsing whitespace changes lengths,
 * and the reading pane must highlight the article's own characters). Ranges are half-open UTF-16 offsets.
 */
import { normalizeQuotes } from './quotes.ts';
import { textSearch, type TextSearch } from './text-search.ts';

/** A half-open range [start, end) of UTF-16 offsets in the original text. */
export interface TextRange {
  start: number;
  end: number;
}

export const WHITESPACE = /\s/;
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A normalized copy of a text and, for each of its characters, the offset of the original character it stands for. */
export interface NormalizedText {
  text: string;
  offsets: Uint32Array;
}

/** A normalized text with an index for many searches of long needles (text-search.ts). */
export interface SearchableText extends NormalizedText {
  search: TextSearch;
}

export function searchable(original: string): SearchableText {
  const normalized = normalize(original);
  return { ...normalized, search: textSearch(normalized.text) };
}

export const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Normalize for loose comparison: curly quotes become straight, dashes become '-', a whitespace run becomes one
 * space, and whitespace next to a dash goes, so "A — B", "A—B" and "A - B" all compare equal.
 */
export function normalize(original: string): NormalizedText {
  const quoted = normalizeQuotes(original);
  // Character codes, offsets in a typed array and the output built from long slices of the input: the article of
  // a 10,000-event story is 850,000 characters, normalized on every load. A run of unchanged characters (`run` is
  // where it began) goes on across a single plain space, so most of a paragraph is one slice.
  const offsets = new Uint32Array(quoted.length);
  let kept = 0;
  const pieces: string[] = [];
  let run = -1;
  const endRun = (at: number) => {
    if (run !== -1) pieces.push(quoted.slice(run, at));
    run = -1;
  };
  /**
   * The last character kept: 'other', 'dash', or 'none' at the start. 'space' is a whitespace run after an
   * 'other', not yet written: it becomes one space, at `spaceAt` (the run's first character), only if an 'other'
   * follows; a dash or the end of the text drops it. While it is pending, the open run (if any) ends at `spaceAt`.
   */
  let last: 'none' | 'space' | 'dash' | 'other' = 'none';
  let spaceAt = -1;
  for (let i = 0; i < quoted.length; i++) {
    const code = quoted.charCodeAt(i);
    if (isWhitespaceCode(code, quoted, i)) {
      if (last === 'other') {
        spaceAt = i;
        last = 'space';
      } else if (last !== 'space') {
        endRun(i);
      }
    } else if (isDashCode(code)) {
      if (last === 'space') endRun(spaceAt);
      if (code === 45) {
        if (run === -1) run = i;
      } else {
        endRun(i);
        pieces.push('-');
      }
      offsets[kept++] = i;
      last = 'dash';
    } else {
      if (last === 'space') {
        // One plain space straight after the run's last character is the space we write: the run goes on.
        if (!(run !== -1 && spaceAt === i - 1 && quoted.charCodeAt(spaceAt) === 32)) {
          endRun(spaceAt);
          pieces.push(' ');
        }
        offsets[kept++] = spaceAt;
      }
      if (run === -1) run = i;
      offsets[kept++] = i;
      last = 'other';
    }
  }
  endRun(last === 'space' ? spaceAt : quoted.length);
  return { text: pieces.join(''), offsets: offsets.subarray(0, kept) };
}

/** '-' or any Unicode dash (U+2010–U+2015) or the minus sign (U+2212), by character code. */
function isDashCode(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** Whether `text[i]` (whose code is `code`) is `\s`, with the common ASCII cases answered without a regex. */
function isWhitespaceCode(code: number, text: string, i: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(text.charAt(i));
}

/** Every occurrence of `needle` in `haystack`, as original ranges; occurrences may overlap each other. */
export function occurrences(haystack: SearchableText, needle: string): TextRange[] {
  return haystack.search.all(needle).map((at) => originalRange(haystack, at, at + needle.length));
}

/**
 * The index of the first of `ranges` (sorted and non-overlapping, so their ends ascend too) that ends after `at`;
 * `ranges.length` if none. Binary search: with thousands of passages a linear scan per lookup was quadratic.
 */
export function firstEndingAfter(ranges: readonly TextRange[], at: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.end > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Whether `range` overlaps any of `ranges` (sorted and non-overlapping). */
export function overlapsAny(ranges: readonly TextRange[], range: TextRange): boolean {
  const next = ranges[firstEndingAfter(ranges, range.start)];
  return next !== undefined && next.start < range.end;
}

/** Insert `range` into `ranges` (sorted by start, non-overlapping, and not overlapping `range`), keeping the order. */
export function insertSorted<T extends TextRange>(ranges: T[], range: T): void {
  ranges.splice(firstEndingAfter(ranges, range.start), 0, range);
}

/** Map a normalized range back; its last character is never a collapsed space, so it is one original character. */
export function originalRange(normalized: NormalizedText, start: number, end: number): TextRange {
  return { start: normalized.offsets[start] ?? 0, end: (normalized.offsets[end - 1] ?? 0) + 1 };
}
