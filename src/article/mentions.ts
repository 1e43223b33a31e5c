/**
 * Where the article names a place: case-sensitive, whole-word, longest name first, so "Port of
 * Mombasa" links to the port rather than the city, and "Kenya" is never found inside "Kenyan".
 */
import {
  type TextRange,
  WORD_CHAR,
  WORD_RUN,
  insertSorted,
  normalize,
  originalRange,
  overlapsAny,
  searchable,
} from './normalize.ts';

/** Where the article names a place. */
export interface PlaceMention extends TextRange {
  placeId: string;
}

/** The names under which one place appears in the article. */
export interface PlaceAliases {
  placeId: string;
  names: readonly string[];
}

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
 * Find where places are named: whole words only (a letter or digit may not touch either end, so "Mombasa’s"
 * counts and "Kenyan" does not count as "Kenya"), case-sensitive, compared loosely like quotes.
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
