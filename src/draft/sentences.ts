/**
 * Splitting an article into its header and its sentences, each with its exact offsets, so a quote is always an
 * exact substring of the article.
 */

/** A sentence as it stands in the article: `text === article.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph it belongs to (0 = the first paragraph of the body). */
  paragraph: number;
}

/** The article split into its parts. */
export interface ArticleParts {
  /** The first line when it stands alone as a headline (no final full stop), else "". */
  title: string;
  /** Lines before the body: the headline, a byline, a date line. */
  header: string;
  /** A dateline opening the body ("WASHINGTON —", "NAIROBI, Jan. 2 (Reuters) -"), or "". */
  dateline: string;
  sentences: Sentence[];
}

/**
 * Words after which a full stop does not end a sentence: titles and common abbreviations. Single capital initials
 * ("Mary J. Jones") and dotted abbreviations ("U.S.", "N.C.") are recognised by shape, not listed.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st sr jr no vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est'
  ).split(' '),
);

/** Is the full stop at `dot` the end of an abbreviation rather than of a sentence? */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Mary J. Jones"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "N.C", "D.C"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Split one paragraph into sentences: a sentence ends at . ! or ? (after any closing quote or bracket) followed by
 * white space and a capital, a digit or an opening quote, unless the full stop closes an abbreviation.
 * @param text - the whole article
 * @param from - the paragraph's start offset
 * @param to - the paragraph's end offset
 * @param paragraph - the paragraph's index
 */
function splitParagraph(text: string, from: number, to: number, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  const end = /[.!?]+["”’')\]]*(?=\s+["“‘'(\p{Lu}\p{N}])/gu;
  let start = from;
  end.lastIndex = from;
  for (let m = end.exec(text); m && m.index < to; m = end.exec(text)) {
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    const stop = m.index + m[0].length;
    sentences.push({ text: text.slice(start, stop), start, end: stop, paragraph });
    start = stop;
    while (start < to && /\s/.test(text[start]!)) start++;
  }
  if (start < to) sentences.push({ text: text.slice(start, to), start, end: to, paragraph });
  return sentences.filter((s) => s.text.trim() !== '');
}

/** A dateline: a capitalised place (and optional date and agency) followed by a dash at the start of the body. */
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^—–\n]{1,40})?)\s+[—–-]{1,2}\s+/u;

/**
 * Split an article into header, dateline and sentences.
 * @param text - the article, as read from article.txt
 */
export function splitArticle(text: string): ArticleParts {
  const paragraphs: { start: number; end: number }[] = [];
  // Lines joined up to a blank line; \r is never part of a paragraph, so Windows line ends split the same way.
  const re = /[^\r\n]+(?:\r?\n(?![ \t\r]*(?:\n|$))[^\r\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() !== '') paragraphs.push({ start: m.index + lead, end: m.index + trimmed.length });
  }
  // Header: short paragraphs before the first one that reads as prose (ends a sentence and is long enough).
  let body = 0;
  while (body < paragraphs.length - 1) {
    const p = text.slice(paragraphs[body]!.start, paragraphs[body]!.end).trim();
    if (p.length > 200 || (/[.!?]["”’]?$/.test(p) && p.split(/\s+/).length > 12)) break;
    body++;
  }
  const headerParas = paragraphs.slice(0, body).map((p) => text.slice(p.start, p.end).trim());
  const firstLine = headerParas[0]?.split('\n')[0]?.trim() ?? '';
  const title = firstLine !== '' && !/[.]$/.test(firstLine) ? firstLine : '';
  const sentences: Sentence[] = [];
  let dateline = '';
  paragraphs.slice(body).forEach((p, index) => {
    let start = p.start;
    if (index === 0) {
      const m = DATELINE.exec(text.slice(p.start, p.end));
      if (m) {
        dateline = m[1]!;
        start += m[0].length;
      }
    }
    sentences.push(...splitParagraph(text, start, p.end, index));
  });
  return { title, header: headerParas.join('\n'), dateline, sentences };
}
