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
 * - Place names are case-sensitive and whole-word, and the longest name wins, so "American Embassy in Baghdad"
 *   links to the embassy rather than the city, and "Iraq" is never found inside "Iraqi".
 */
import { normalizeQuotes } from './quotes.ts';
import { textSearch, type TextSearch } from './text-search.ts';

/** A half-open range [start, end) of UTF-16 offsets in the original text. */
export interface TextRange {
  start: number;
  end: number;
}

/** The stretch of the article that an event quotes. */
export interface Passage extends TextRange {
  id: string;
}

/** Where the article names a place. */
export interface PlaceMention extends TextRange {
  placeId: string;
}

/** The names under which one place appears in the article. */
export interface PlaceAliases {
  placeId: string;
  names: readonly string[];
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

/** A piece of a paragraph: inside at most one passage and at most one place mention. */
export interface Segment {
  text: string;
  /** Offset of the piece in the original text, e.g. for keys and scrolling. */
  start: number;
  eventId?: string;
  placeId?: string;
}

/** The article split for the reading pane. */
export interface SegmentedArticle {
  title: string;
  /** Each paragraph's segment texts, joined, give the paragraph's text exactly (trimmed of surrounding blank space). */
  paragraphs: Segment[][];
}

/** A trimmed passage shorter than this many characters is dropped: a highlight of a few words explains nothing. */
export const MIN_TRIMMED_PASSAGE = 20;

/**
 * The place names to look for in the article: each place's `article_names`, in place order. The names are the
 * story's data (geodata), never the engine's, so the same code links any story's article.
 * @param places - the story's places; those without `article_names` are left out
 */
export function placeAliases(
  places: readonly { properties: { id: string; article_names?: readonly string[] | undefined } }[],
): PlaceAliases[] {
  return places.flatMap(({ properties: { id, article_names } }) =>
    article_names ? [{ placeId: id, names: article_names }] : [],
  );
}

const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A normalized copy of a text and, for each of its characters, the offset of the original character it stands for. */
interface NormalizedText {
  text: string;
  offsets: Uint32Array;
}

/** A normalized text with an index for many searches of long needles (text-search.ts). */
interface SearchableText extends NormalizedText {
  search: TextSearch;
}

function searchable(original: string): SearchableText {
  const normalized = normalize(original);
  return { ...normalized, search: textSearch(normalized.text) };
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Normalize for loose comparison: curly quotes become straight, dashes become '-', a whitespace run becomes one
 * space, and whitespace next to a dash goes, so "A — B", "A—B" and "A - B" all compare equal.
 */
function normalize(original: string): NormalizedText {
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
function occurrences(haystack: SearchableText, needle: string): TextRange[] {
  return haystack.search.all(needle).map((at) => originalRange(haystack, at, at + needle.length));
}

/**
 * The index of the first of `ranges` (sorted and non-overlapping, so their ends ascend too) that ends after `at`;
 * `ranges.length` if none. Binary search: with thousands of passages a linear scan per lookup was quadratic.
 */
function firstEndingAfter(ranges: readonly TextRange[], at: number): number {
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
function overlapsAny(ranges: readonly TextRange[], range: TextRange): boolean {
  const next = ranges[firstEndingAfter(ranges, range.start)];
  return next !== undefined && next.start < range.end;
}

/** Insert `range` into `ranges` (sorted by start, non-overlapping, and not overlapping `range`), keeping the order. */
function insertSorted<T extends TextRange>(ranges: T[], range: T): void {
  ranges.splice(firstEndingAfter(ranges, range.start), 0, range);
}

/** Map a normalized range back; its last character is never a collapsed space, so it is one original character. */
function originalRange(normalized: NormalizedText, start: number, end: number): TextRange {
  return { start: normalized.offsets[start] ?? 0, end: (normalized.offsets[end - 1] ?? 0) + 1 };
}

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

function trimRange(text: string, range: TextRange): TextRange {
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

/**
 * Where each of `words` starts in `text` as a whole word: a match of WORD_RUN (a maximal run of letters and digits,
 * astral ones counted as one character), ascending. One pass over character codes that slices only runs as long
 * as some wanted word: matching every run with the regex and keeping them all built a map of every word of an
 * 850,000-character article, on each load, to look up a few hundred names.
 */
function wordRunStarts(text: string, words: ReadonlySet<string>): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  const lengths = new Set([...words].map((word) => word.length));
  let i = 0;
  while (i < text.length) {
    const width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    for (let next = width; next > 0; next = wordCharWidth(text, i)) i += next;
    if (!lengths.has(i - start)) continue;
    const word = text.slice(start, i);
    if (!words.has(word)) continue;
    const list = starts.get(word);
    if (list) list.push(start);
    else starts.set(word, [start]);
  }
  return starts;
}

/**
 * How many UTF-16 units the letter or digit at `i` takes: 2 for one outside the Basic Multilingual Plane (a
 * surrogate pair, as the `u` flag reads it), 1 inside it, 0 for any other character or past the end.
 */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text.charAt(i)) ? 1 : 0;
}

/**
 * Occurrences of the places' names that no letter or digit touches at either end, the text normalized once. A name
 * that starts with a word is looked up by that word among the text's word starts (a whole-word occurrence starts
 * where a word starts, and that word is the name's first), so hundreds of names cost one pass over the text
 * rather than one each.
 * @returns the occurrences of one of the aliases' names, by name
 */
function wholeWordFinder(text: string, aliases: readonly PlaceAliases[]): (name: string) => TextRange[] {
  const normalized = searchable(text);
  const names = aliases.flatMap((place) => place.names);
  const firstWordPattern = new RegExp(WORD_RUN.source, 'uy');
  const needles = new Map<string, { needle: string; firstWord: string | undefined }>();
  for (const name of names) {
    if (needles.has(name)) continue;
    const needle = normalize(name).text;
    firstWordPattern.lastIndex = 0;
    needles.set(name, { needle, firstWord: firstWordPattern.exec(needle)?.[0] });
  }
  const firstWords = new Set<string>();
  for (const { firstWord } of needles.values()) if (firstWord !== undefined) firstWords.add(firstWord);
  const wordStarts = wordRunStarts(normalized.text, firstWords);
  return (name) => {
    const { needle, firstWord } = needles.get(name)!;
    const starts =
      firstWord === undefined
        ? normalized.search.all(needle)
        : (wordStarts.get(firstWord) ?? []).filter((at) => normalized.text.startsWith(needle, at));
    return starts
      .map((at) => originalRange(normalized, at, at + needle.length))
      .filter((range) => !WORD_CHAR.test(text.charAt(range.start - 1)) && !WORD_CHAR.test(text.charAt(range.end)));
  };
}

/**
 * Find where places are named: whole words only (a letter or digit may not touch either end, so "Baghdad’s"
 * counts and "Iraqi" does not count as "Iraq"), case-sensitive, compared loosely like quotes.
 * @param text - the article
 * @param aliases - names per place; where names overlap the longest wins, and on a tie the one listed first
 * @returns mentions sorted by start, never overlapping
 */
export function findPlaceMentions(text: string, aliases: readonly PlaceAliases[]): PlaceMention[] {
  const occurrencesOf = wholeWordFinder(text, aliases);
  const candidates: PlaceMention[] = [];
  for (const { placeId, names } of aliases) {
    for (const name of names) {
      for (const range of occurrencesOf(name)) candidates.push({ placeId, ...range });
    }
  }
  // Stable sort: longest first, then earliest, then in alias order.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const mentions: PlaceMention[] = [];
  for (const candidate of candidates) {
    if (!overlapsAny(mentions, candidate)) insertSorted(mentions, candidate);
  }
  return mentions;
}

/** An alias name that the text never uses as a whole word. */
export interface UnmentionedName {
  placeId: string;
  /** Its position in the place's names. */
  index: number;
  name: string;
}

/**
 * The names in `aliases` that never occur in the text as whole words (compared as {@link findPlaceMentions} does).
 * The text is normalized once, however many names there are.
 */
export function unmentionedNames(text: string, aliases: readonly PlaceAliases[]): UnmentionedName[] {
  const occurrencesOf = wholeWordFinder(text, aliases);
  const missing: UnmentionedName[] = [];
  for (const { placeId, names } of aliases) {
    names.forEach((name, index) => {
      if (occurrencesOf(name).length === 0) missing.push({ placeId, index, name });
    });
  }
  return missing;
}

/** The paragraphs of a text: blank-line separated blocks, each trimmed of surrounding whitespace. */
function paragraphRanges(text: string, from: number): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    ranges.push(trimRange(text, { start, end: match.index }));
    start = match.index + match[0].length;
  }
  ranges.push(trimRange(text, { start, end: text.length }));
  return ranges.filter((range) => range.end > range.start);
}

/** The item of sorted, non-overlapping `ranges` that covers `at`, if any. */
function covering<T extends TextRange>(ranges: readonly T[], at: number): T | undefined {
  const range = ranges[firstEndingAfter(ranges, at)];
  return range !== undefined && range.start <= at ? range : undefined;
}

/** The items of sorted, non-overlapping `ranges` that overlap `within`. */
function rangesWithin<T extends TextRange>(ranges: readonly T[], within: TextRange): T[] {
  const inside: T[] = [];
  for (let i = firstEndingAfter(ranges, within.start); i < ranges.length && ranges[i]!.start < within.end; i++) {
    inside.push(ranges[i]!);
  }
  return inside;
}

/** The article's title line: its first non-empty line, and where that line ends (-1 for a blank article). */
function titleLine(text: string): { title: string; end: number } {
  const start = text.search(/\S/);
  if (start === -1) return { title: '', end: -1 };
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return { title: text.slice(start, end).trim(), end };
}

/** The article's title, as {@link segmentText} finds it, without segmenting the rest. */
export const articleTitle = (text: string): string => titleLine(text).title;

/**
 * Split the article for the reading pane. The first non-empty line is the title; the rest splits into paragraphs
 * at blank lines; each paragraph splits into segments wherever a passage or a place mention starts or ends, so
 * a passage across a paragraph break gives a piece to each paragraph, all with its eventId.
 * @param text - the article
 * @param passages - from {@link findPassages}: sorted and non-overlapping
 * @param mentions - from {@link findPlaceMentions}: sorted and non-overlapping
 * @returns the title, and per paragraph segments whose texts join to the paragraph's text exactly
 */
export function segmentText(
  text: string,
  passages: readonly Passage[],
  mentions: readonly PlaceMention[],
): SegmentedArticle {
  const { title, end: titleEnd } = titleLine(text);
  if (titleEnd === -1) return { title, paragraphs: [] };
  const paragraphs = paragraphRanges(text, titleEnd).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const range of [...rangesWithin(passages, paragraph), ...rangesWithin(mentions, paragraph)]) {
      for (const at of [range.start, range.end]) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i] as number;
      const end = sorted[i + 1] as number;
      const segment: Segment = { text: text.slice(start, end), start };
      const passage = covering(passages, start);
      const mention = covering(mentions, start);
      if (passage) segment.eventId = passage.id;
      if (mention) segment.placeId = mention.placeId;
      segments.push(segment);
    }
    return segments;
  });
  return { title, paragraphs };
}

/** Consecutive segments of one paragraph that belong to the same passage (or to none): one `<mark>` each. */
export interface SegmentGroup {
  eventId?: string;
  start: number;
  pieces: Segment[];
}

/**
 * Group a paragraph's segments so that a passage split by place names still renders as one mark.
 * @param paragraph - segments of one paragraph, in order
 */
export function groupByPassage(paragraph: readonly Segment[]): SegmentGroup[] {
  const groups: SegmentGroup[] = [];
  for (const segment of paragraph) {
    const last = groups[groups.length - 1];
    if (last && last.eventId === segment.eventId) last.pieces.push(segment);
    else
      groups.push({
        ...(segment.eventId ? { eventId: segment.eventId } : {}),
        start: segment.start,
        pieces: [segment],
      });
  }
  return groups;
}

/** Consecutive paragraphs rendered together, and how many characters of text they hold. */
export interface ParagraphChunk {
  paragraphs: Segment[][];
  characters: number;
}

/**
 * Cut the paragraphs into runs of about `size` characters, for a reading pane that renders a long article a run at
 * a time: each run ends with the paragraph that brings it to `size` or more (a paragraph is never split), so an
 * article shorter than `size` is one run.
 * @param paragraphs - from {@link segmentText}
 * @param size - characters per run, at least
 * @returns the runs in order; every paragraph is in exactly one
 */
export function chunkParagraphs(paragraphs: readonly Segment[][], size: number): ParagraphChunk[] {
  const chunks: ParagraphChunk[] = [];
  let current: ParagraphChunk = { paragraphs: [], characters: 0 };
  for (const paragraph of paragraphs) {
    current.paragraphs.push(paragraph);
    for (const segment of paragraph) current.characters += segment.text.length;
    if (current.characters >= size) {
      chunks.push(current);
      current = { paragraphs: [], characters: 0 };
    }
  }
  if (current.paragraphs.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The chunk to render to show each step's passage: the chunk of the step's own passage, else of the first passage
 * of its background (as the reading pane scrolls to the one or the other).
 * @param chunks - from {@link chunkParagraphs}
 * @param stepOf - the step an event's passage belongs to (itself for a step; undefined for neither)
 * @returns chunk index by step id; steps without any passage are absent
 */
export function chunkOfEachStep(
  chunks: readonly ParagraphChunk[],
  stepOf: (eventId: string) => string | undefined,
): Map<string, number> {
  const own = new Map<string, number>();
  const firstOfBackground = new Map<string, number>();
  chunks.forEach((chunk, index) => {
    for (const paragraph of chunk.paragraphs) {
      for (const { eventId } of paragraph) {
        const stepId = eventId === undefined ? undefined : stepOf(eventId);
        if (stepId === undefined) continue;
        const found = eventId === stepId ? own : firstOfBackground;
        if (!found.has(stepId)) found.set(stepId, index);
      }
    }
  });
  for (const [stepId, index] of own) firstOfBackground.set(stepId, index);
  return firstOfBackground;
}
