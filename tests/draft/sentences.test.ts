import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../src/draft/sentences.ts';

const ARTICLE = [
  'Rockets Hit a Base Near the City',
  '',
  'BAGHDAD — Rockets hit a base near Kirkuk on Friday, officials said. Mr. Smith of the U.S. Army said Gen. Mark T. Jones was there.',
  '',
  '“We will respond,” he said. Troops moved to Fort Bragg, N.C., on Monday.',
].join('\n');

describe('splitArticle', () => {
  const parts = splitArticle(ARTICLE);

  it('takes a headline without a full stop as the title', () => {
    expect(parts.title).toBe('Rockets Hit a Base Near the City');
  });

  it('reads the dateline and keeps it out of the first sentence', () => {
    expect(parts.dateline).toBe('BAGHDAD');
    expect(parts.sentences[0]?.text.startsWith('Rockets hit')).toBe(true);
  });

  it('does not end a sentence at a title, an initial or a dotted abbreviation', () => {
    expect(parts.sentences.map((s) => s.text)).toEqual([
      'Rockets hit a base near Kirkuk on Friday, officials said.',
      'Mr. Smith of the U.S. Army said Gen. Mark T. Jones was there.',
      '“We will respond,” he said.',
      'Troops moved to Fort Bragg, N.C., on Monday.',
    ]);
  });

  it('gives offsets so every sentence is an exact substring of the article', () => {
    for (const s of parts.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers paragraphs of the body', () => {
    expect(parts.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('splits Windows line ends the same way, with no \\r in any sentence', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const windows = splitArticle(crlf);
    expect(windows.title).toBe(parts.title);
    expect(windows.dateline).toBe('BAGHDAD');
    expect(windows.sentences.map((s) => s.text)).toEqual(parts.sentences.map((s) => s.text));
    for (const s of windows.sentences) expect(crlf.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds no sentences in white space', () => {
    expect(splitArticle('  \n\n ').sentences).toEqual([]);
  });
});
