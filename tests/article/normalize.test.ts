/**
 * Loose comparison (quote marks, dashes, whitespace) must map every normalized character back to the right
 * original one. normalize() copies long unchanged stretches in one slice; these tests hold it to a plain
 * character-by-character reference, through findPassage and findPlaceMentions, on hand-picked and random texts.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-story.ts';
import { findPassage } from '../../src/article/passages.ts';
import { findPlaceMentions } from '../../src/article/mentions.ts';
import { type TextRange } from '../../src/article/normalize.ts';

/** The rules, one character at a time: the reference normalization with each kept character's original offset. */
function referenceNormalize(original: string): { text: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let last: 'none' | 'space' | 'dash' | 'other' = 'none';
  for (let i = 0; i < original.length; i++) {
    let char = original[i]!;
    if (/[\u2018\u2019\u201B\u2032]/.test(char)) char = "'";
    if (/[\u201C\u201D\u201F\u2033]/.test(char)) char = '"';
    if (/\s/.test(char)) {
      if (last !== 'other') continue;
      chars.push(' ');
      offsets.push(i);
      last = 'space';
    } else if (/[-\u2010-\u2015\u2212]/.test(char)) {
      if (last === 'space') {
        chars.pop();
        offsets.pop();
      }
      chars.push('-');
      offsets.push(i);
      last = 'dash';
    } else {
      chars.push(char);
      offsets.push(i);
      last = 'other';
    }
  }
  if (last === 'space') {
    chars.pop();
    offsets.pop();
  }
  return { text: chars.join(''), offsets };
}

/** findPassage by the reference: the first occurrence of the normalized quote, mapped back. */
function referencePassage(text: string, quote: string): TextRange | undefined {
  const haystack = referenceNormalize(text);
  const needle = referenceNormalize(quote).text;
  const at = needle === '' ? -1 : haystack.text.indexOf(needle);
  if (at === -1) return undefined;
  return { start: haystack.offsets[at]!, end: haystack.offsets[at + needle.length - 1]! + 1 };
}

/** Letters, and every kind of character normalization treats specially. */
const PIECES = ['a', 'b', 'c', 'ab', ' ', ' ', '  ', '\n', '\t', '\u00a0', '-', '—', '–', '−', '’', '‘', '"', '“', "'"];

function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

describe('loose comparison, character by character', () => {
  it.each([
    ['a single space inside a stretch of words', 'one two three', 'two three'],
    ['a run of spaces', 'one   two', 'one two'],
    ['a line break', 'one\ntwo', 'one two'],
    ['a tab, then a space', 'one\t two', 'one two'],
    ['a no-break space', 'one\u00a0two', 'one two'],
    ['a spaced hyphen', 'one - two', 'one-two'],
    ['a spaced em dash', 'one — two', 'one - two'],
    ['an unspaced em dash', 'one—two', 'one-two'],
    ['a dash after a line break', 'one\n-two', 'one-two'],
    ['whitespace after a dash', 'one-\n two', 'one-two'],
    ['leading and trailing whitespace', '  one two  ', 'one two'],
    ['curly quotes', '“one’s” two', '"one\'s" two'],
    ['a space before the end of the text', 'one two ', 'two'],
  ])('maps %s back to the original characters', (_, text, quote) => {
    expect(findPassage(text, quote)).toEqual(referencePassage(text, quote));
    expect(findPassage(text, quote)).toBeDefined();
  });

  it('agrees with the reference for random quotes in random texts', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 300; round++) {
      const text = randomText(random, 5 + Math.floor(random() * 60));
      for (let i = 0; i < 10; i++) {
        const start = Math.floor(random() * text.length);
        const taken = text.slice(start, start + 1 + Math.floor(random() * 12));
        // Half the quotes as the text has them, half typed afresh (different whitespace, dashes and marks).
        const quote = i % 2 === 0 ? taken : randomText(random, 1 + Math.floor(random() * 4));
        expect(findPassage(text, quote), JSON.stringify([text, quote])).toEqual(referencePassage(text, quote));
      }
    }
  });

  it('maps place names found across whitespace and dashes back to original text that normalizes to them', () => {
    const random = seededRandom(4);
    let found = 0;
    for (let round = 0; round < 300; round++) {
      // The name's two words joined one way in the name and maybe another in the text.
      const joins = [' ', '  ', '\n', '\t ', '-', ' - ', '—', ' — ', '\n–'];
      const join = () => joins[Math.floor(random() * joins.length)]!;
      const name = `ab${join()}cd`;
      const text = `${randomText(random, Math.floor(random() * 20))} ab${join()}cd ${randomText(random, 20)}`;
      for (const mention of findPlaceMentions(text, [{ placeId: 'p', names: [name] }])) {
        found++;
        const original = text.slice(mention.start, mention.end);
        expect(referenceNormalize(original).text, JSON.stringify([text, name])).toBe(referenceNormalize(name).text);
        expect(referencePassage(original, name), JSON.stringify([text, name])).toEqual({
          start: 0,
          end: original.length,
        });
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
