/**
 * The sampled k-gram index must give exactly what indexOf gives: every start, ascending, for any needle. Small
 * grams and strides make every branch reachable with short texts.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-story.ts';
import { textSearch } from '../../src/article/text-search.ts';

/** Every start of `needle` by plain indexOf: the reference. */
function reference(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

const SMALL = { gram: 3, stride: 2, minTextLength: 0 };

/** A string of `length` characters drawn from `alphabet`. */
function randomText(random: () => number, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

describe('textSearch', () => {
  it('finds every occurrence in order, overlapping ones too, through the index', () => {
    const text = 'abababab xx abab';
    // 'ababa' is 5 ≥ stride + gram - 1 = 4 characters long: answered from the index.
    expect(textSearch(text, SMALL).all('ababa')).toEqual([0, 2]);
    expect(textSearch(text, SMALL).all('abab')).toEqual(reference(text, 'abab'));
  });

  it('finds an occurrence at the very start and at the very end', () => {
    const text = 'needle in the middle of a haystack needle';
    expect(textSearch(text, SMALL).all('needle')).toEqual([0, 35]);
  });

  it('indexes the last position a whole gram fits, so an occurrence at the very end is found', () => {
    // Sampled at 0, 2, 4, 6; only 6 covers the occurrence at 5, and 6 + 3 is exactly the length.
    expect(textSearch('xxxxxabcd', SMALL).all('abcd')).toEqual([5]);
  });

  it('never reports a start before the text, in a text that repeats itself', () => {
    expect(textSearch('aaaaaa', SMALL).all('aaaa')).toEqual([0, 1, 2]);
  });

  it('finds each occurrence once when some of the needle’s substrings are not in the index', () => {
    expect(textSearch('abcdefgh', SMALL).all('abcde')).toEqual([0]);
  });

  it('finds needles one character shorter than the index needs by scanning', () => {
    const text = 'abc abc abc';
    expect(textSearch(text, SMALL).all('abc')).toEqual([0, 4, 8]);
  });

  it('agrees with indexOf for every substring of a text, at odd and even offsets', () => {
    const text = 'the cat sat on the mat; the cat sat on the hat. that cat!';
    const search = textSearch(text, SMALL);
    for (let start = 0; start < text.length; start += 3) {
      for (const length of [4, 5, 7, 12]) {
        const needle = text.slice(start, start + length);
        expect(search.all(needle), JSON.stringify(needle)).toEqual(reference(text, needle));
      }
    }
  });

  it('finds nothing for an absent or empty needle, and includes follows all', () => {
    const search = textSearch('some words here and there', SMALL);
    expect(search.all('missing words')).toEqual([]);
    expect(search.all('')).toEqual([]);
    expect(search.includes('words here')).toBe(true);
    expect(search.includes('words there')).toBe(false);
    expect(search.includes('')).toBe(true);
  });

  it('scans texts shorter than minTextLength without an index, with the same results', () => {
    const text = 'short text, short text';
    expect(textSearch(text, { ...SMALL, minTextLength: text.length + 1 }).all('short text')).toEqual([0, 12]);
    expect(textSearch(text, { ...SMALL, minTextLength: text.length }).all('short text')).toEqual([0, 12]);
  });

  it('uses defaults that find quotes in a long text', () => {
    const sentence = (i: number) => `Dispatch ${i}: something happened somewhere, again. `;
    const text = Array.from({ length: 500 }, (_, i) => sentence(i)).join('');
    const search = textSearch(text);
    expect(search.all(sentence(123))).toEqual([text.indexOf(sentence(123))]);
    expect(search.all('something happened somewhere')).toHaveLength(500);
    expect(search.includes(sentence(500))).toBe(false);
  });

  it('agrees with indexOf for needles taken from a random text, with several index shapes', () => {
    const random = seededRandom(1);
    const text = randomText(random, 'ab c', 3000);
    for (const shape of [SMALL, { gram: 4, stride: 3, minTextLength: 0 }, { gram: 12, stride: 8, minTextLength: 0 }]) {
      const search = textSearch(text, shape);
      for (let i = 0; i < 300; i++) {
        const start = Math.floor(random() * text.length);
        const needle = text.slice(start, start + 1 + Math.floor(random() * 30));
        expect(search.all(needle), JSON.stringify([shape, needle])).toEqual(reference(text, needle));
        expect(search.includes(needle), JSON.stringify([shape, needle])).toBe(true);
      }
    }
  });

  it('reports nothing for absent needles made of substrings the text does contain', () => {
    // Over a two-letter alphabet every short substring is in the text, so every lookup finds candidates (some
    // sharing a bucket with other substrings): only the confirmation decides, and it must reject them all.
    const random = seededRandom(2);
    const text = randomText(random, 'ab', 4000);
    const search = textSearch(text, { gram: 4, stride: 3, minTextLength: 0 });
    let absent = 0;
    for (let i = 0; i < 400; i++) {
      const needle = randomText(random, 'ab', 14 + Math.floor(random() * 10));
      const expected = reference(text, needle);
      if (expected.length === 0) absent++;
      expect(search.all(needle), needle).toEqual(expected);
      expect(search.includes(needle), needle).toBe(expected.length > 0);
    }
    expect(absent).toBeGreaterThan(100);
  });

  it('includes finds a long needle through the index at the very start and the very end of a long text', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of the report. `).join('');
    const search = textSearch(text);
    expect(search.includes(text.slice(0, 40))).toBe(true);
    expect(search.includes(text.slice(-40))).toBe(true);
    expect(search.includes(text.slice(-40) + 'x')).toBe(false);
    expect(search.includes('x' + text.slice(0, 40))).toBe(false);
  });
});
