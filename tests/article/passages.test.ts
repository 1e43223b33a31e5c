import { describe, expect, it } from 'vitest';
import {
  articleTitle,
  chunkOfEachStep,
  chunkParagraphs,
  groupByPassage,
  segmentText,
  type Segment,
} from '../../src/article/segments.ts';
import {
  findPassage,
  findPassages,
  locatePassages,
  MIN_TRIMMED_PASSAGE,
  type Passage,
} from '../../src/article/passages.ts';
import { findPlaceMentions, placeAliases, unmentionedNames } from '../../src/article/mentions.ts';
import { type TextRange } from '../../src/article/normalize.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { readStoryFiles } from '../../scripts/story-files.ts';

const slice = (text: string, range: TextRange | undefined) => (range ? text.slice(range.start, range.end) : undefined);

function expectNoOverlap(ranges: readonly TextRange[]) {
  for (let i = 1; i < ranges.length; i++) {
    expect(ranges[i]!.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
  }
}

/** The paragraphs as a reader sees them: blank-line separated, trimmed, after the title line. */
function paragraphsOf(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .slice(1)
    .map((paragraph) => paragraph.trim());
}

const joined = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

describe('findPassage', () => {
  it('finds an exact quote and returns its range in the text', () => {
    const text = 'Rockets hit the base. The embassy was attacked.';
    expect(findPassage(text, 'The embassy was attacked.')).toEqual({ start: 22, end: 47 });
  });

  it('matches straight quotes in the quote against curly quotes in the text', () => {
    const text = 'Then “the game has changed,” he said. It’s over.';
    expect(slice(text, findPassage(text, '"the game has changed," he said. It\'s'))).toBe(
      '“the game has changed,” he said. It’s',
    );
  });

  it('matches curly quotes in the quote against straight quotes in the text', () => {
    const text = 'Then "the game has changed," he said. It\'s over.';
    expect(slice(text, findPassage(text, '“the game has changed,” he said. It’s'))).toBe(
      '"the game has changed," he said. It\'s',
    );
  });

  it('matches a quote across a line break and a run of spaces in the text', () => {
    const text = 'The roughly 700 soldiers are\npart of   a brigade.';
    expect(slice(text, findPassage(text, 'soldiers are part of a brigade.'))).toBe(
      'soldiers are\npart of   a brigade.',
    );
  });

  it('matches a quote with a line break against single spaces in the text', () => {
    const text = 'The roughly 700 soldiers are part of a brigade.';
    expect(slice(text, findPassage(text, 'soldiers are\n  part of a brigade.'))).toBe(
      'soldiers are part of a brigade.',
    );
  });

  it('treats an em dash in the text like a hyphen in the quote, spaced or not', () => {
    const text = 'WASHINGTON — The United States military will strike.';
    expect(slice(text, findPassage(text, 'WASHINGTON - The United States'))).toBe('WASHINGTON — The United States');
    expect(slice(text, findPassage(text, 'WASHINGTON-The United States'))).toBe('WASHINGTON — The United States');
  });

  it('treats an en dash in the quote like an em dash in the text', () => {
    const text = 'the years 2014—2017 were hard';
    expect(slice(text, findPassage(text, 'years 2014–2017'))).toBe('years 2014—2017');
  });

  it('does not treat a space as a hyphen', () => {
    expect(findPassage('take pre-emptive action', 'take pre emptive action')).toBeUndefined();
  });

  it('ignores whitespace around the quote and leaves it out of the range', () => {
    const text = 'One. Two three. Four.';
    expect(slice(text, findPassage(text, '  \n Two three. \n'))).toBe('Two three.');
  });

  it('is case-sensitive', () => {
    expect(findPassage('The game has changed.', 'the game has changed.')).toBeUndefined();
  });

  it('returns undefined for a quote that is not in the text', () => {
    expect(findPassage('The game has changed.', 'The game is over.')).toBeUndefined();
  });

  it('returns undefined for a blank quote', () => {
    expect(findPassage('The game has changed.', ' \n ')).toBeUndefined();
  });

  it('returns the first of several occurrences', () => {
    expect(findPassage('He said no. She said no.', 'said no.')).toEqual({ start: 3, end: 11 });
  });
});

describe('findPassages', () => {
  it('returns passages sorted by start, whatever the order of the quotes', () => {
    const text = 'First sentence here. Second sentence here.';
    const passages = findPassages(text, [
      { id: 'b', quote: 'Second sentence here.' },
      { id: 'a', quote: 'First sentence here.' },
    ]);
    expect(passages.map((passage) => passage.id)).toEqual(['a', 'b']);
  });

  it('gives two events with identical quotes successive occurrences', () => {
    const text = 'The game has changed. Later: The game has changed.';
    const passages = findPassages(text, [
      { id: 'first', quote: 'The game has changed.' },
      { id: 'second', quote: 'The game has changed.' },
    ]);
    expect(passages).toEqual([
      { id: 'first', start: 0, end: 21 },
      { id: 'second', start: 29, end: 50 },
    ]);
  });

  it('drops the second of two identical quotes that occur only once', () => {
    const report = locatePassages('The game has changed.', [
      { id: 'first', quote: 'The game has changed.' },
      { id: 'second', quote: 'The game has changed.' },
    ]);
    expect(report.passages.map((passage) => passage.id)).toEqual(['first']);
    expect(report.dropped).toEqual(['second']);
  });

  it('trims a later overlapping quote to its remainder when that is long enough', () => {
    const text = 'Rockets hit the base. Then the militia stormed the embassy compound at dawn.';
    const passages = findPassages(text, [
      { id: 'rockets', quote: 'Rockets hit the base.' },
      { id: 'both', quote: 'the base. Then the militia stormed the embassy compound' },
    ]);
    expect(passages.map((passage) => [passage.id, slice(text, passage)])).toEqual([
      ['rockets', 'Rockets hit the base.'],
      ['both', 'Then the militia stormed the embassy compound'],
    ]);
  });

  it('lets the earlier-listed quote keep its range even when it starts later in the text', () => {
    const text = 'Rockets hit the base near the city. Then the militia stormed the embassy.';
    const passages = findPassages(text, [
      { id: 'militia', quote: 'near the city. Then the militia stormed the embassy.' },
      { id: 'rockets', quote: 'Rockets hit the base near the city.' },
    ]);
    expect(passages.map((passage) => [passage.id, slice(text, passage)])).toEqual([
      ['rockets', 'Rockets hit the base'],
      ['militia', 'near the city. Then the militia stormed the embassy.'],
    ]);
  });

  it('keeps the longer side when a later quote surrounds an earlier one', () => {
    const text = 'A short lead. The middle sentence. And a much longer tail that follows it.';
    const passages = findPassages(text, [
      { id: 'middle', quote: 'The middle sentence.' },
      { id: 'all', quote: text },
    ]);
    expect(
      slice(
        text,
        passages.find((passage) => passage.id === 'all'),
      ),
    ).toBe('And a much longer tail that follows it.');
  });

  it(`drops a later overlapping quote whose remainder is shorter than ${MIN_TRIMMED_PASSAGE} characters`, () => {
    const text = 'Rockets hit the base. Then calm.';
    const report = locatePassages(text, [
      { id: 'rockets', quote: 'Rockets hit the base.' },
      { id: 'calm', quote: 'the base. Then calm.' },
    ]);
    expect(report.passages.map((passage) => passage.id)).toEqual(['rockets']);
    expect(report.dropped).toEqual(['calm']);
    expect(report.notFound).toEqual([]);
  });

  it('reports quotes that are not in the text as not found, apart from dropped ones', () => {
    const report = locatePassages('The game has changed.', [
      { id: 'missing', quote: 'The game is over.' },
      { id: 'found', quote: 'The game has changed.' },
    ]);
    expect(report.passages.map((passage) => passage.id)).toEqual(['found']);
    expect(report.notFound).toEqual(['missing']);
    expect(report.dropped).toEqual([]);
  });

  it('keeps a short quote that overlaps nothing: the minimum length is only for trimmed remainders', () => {
    const text = 'He said no. The game has changed.';
    expect(findPassages(text, [{ id: 'short', quote: 'said no.' }])).toEqual([{ id: 'short', start: 3, end: 11 }]);
  });

  it('never returns overlapping passages, however the quotes overlap', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    const words = text.split(' ');
    const quotes = [
      [2, 9],
      [0, 5],
      [6, 14],
      [1, 12],
      [4, 7],
      [9, 15],
    ].map(([from, to], index) => ({ id: `q${index}`, quote: words.slice(from, to).join(' ') }));
    const passages = findPassages(text, quotes);
    expect(passages.length).toBeGreaterThan(1);
    expectNoOverlap(passages);
  });
});

describe('findPlaceMentions', () => {
  const aliases = [
    { placeId: 'iraq', names: ['Iraq'] },
    { placeId: 'bragg-town', names: ['Bragg'] },
    { placeId: 'fort-bragg', names: ['Fort Bragg'] },
    { placeId: 'baghdad', names: ['Baghdad'] },
    { placeId: 'embassy', names: ['American Embassy in Baghdad'] },
  ];
  const mentioned = (text: string) =>
    findPlaceMentions(text, aliases).map((mention) => [mention.placeId, slice(text, mention)]);

  it('does not find a name inside a longer word', () => {
    expect(mentioned('the Iraqi government and Iraqis')).toEqual([]);
  });

  it('finds a name followed by punctuation', () => {
    expect(mentioned('militias in Iraq.')).toEqual([['iraq', 'Iraq']]);
  });

  it('does not find a name at the end of a longer word', () => {
    expect(mentioned('NewBaghdad')).toEqual([]);
  });

  it('finds a name before a curly or straight possessive apostrophe', () => {
    expect(mentioned("Baghdad’s streets and Baghdad's gates")).toEqual([
      ['baghdad', 'Baghdad'],
      ['baghdad', 'Baghdad'],
    ]);
  });

  it('is case-sensitive', () => {
    expect(mentioned('baghdad and IRAQ')).toEqual([]);
  });

  it('prefers the longest name: Fort Bragg over Bragg', () => {
    expect(mentioned('stationed at Fort Bragg, N.C.')).toEqual([['fort-bragg', 'Fort Bragg']]);
  });

  it('prefers the longest name: the embassy over the city it names, which is still found elsewhere', () => {
    expect(mentioned('attacking the American Embassy in Baghdad. Later, in Baghdad,')).toEqual([
      ['embassy', 'American Embassy in Baghdad'],
      ['baghdad', 'Baghdad'],
    ]);
  });

  it('prefers the longest name even when a shorter one is listed first and starts at the same place', () => {
    const mentions = findPlaceMentions('flew to Kuwait City today', [
      { placeId: 'kuwait', names: ['Kuwait'] },
      { placeId: 'kuwait-city', names: ['Kuwait City'] },
    ]);
    expect(mentions).toEqual([{ placeId: 'kuwait-city', start: 8, end: 19 }]);
  });

  it('prefers the longest name even when it starts later than the shorter one it overlaps', () => {
    const mentions = findPlaceMentions('the New York Minster', [
      { placeId: 'new-york', names: ['New York'] },
      { placeId: 'minster', names: ['York Minster'] },
    ]);
    expect(mentions).toEqual([{ placeId: 'minster', start: 8, end: 20 }]);
  });

  it('finds a name across a line break and returns the original range', () => {
    expect(mentioned('at Fort\nBragg today')).toEqual([['fort-bragg', 'Fort\nBragg']]);
  });

  it('returns mentions sorted by start', () => {
    const mentions = findPlaceMentions('Iraq, Baghdad, Fort Bragg, Iraq', aliases);
    expect(mentions.map((mention) => mention.placeId)).toEqual(['iraq', 'baghdad', 'fort-bragg', 'iraq']);
    expectNoOverlap(mentions);
  });
});

describe('articleTitle', () => {
  it('is the first non-empty line, trimmed, as segmentText finds it', () => {
    const text = '\n  \n  The Title  \nBody.\n';
    expect(articleTitle(text)).toBe('The Title');
    expect(articleTitle(text)).toBe(segmentText(text, [], []).title);
  });

  it('is empty for a blank article', () => {
    expect(articleTitle(' \n\n ')).toBe('');
  });
});

describe('segmentText', () => {
  const text = 'The Title\n\nFirst paragraph about Kirkuk here.\nStill first.\n  \nSecond paragraph.\n';

  it('takes the first non-empty line as the title and splits paragraphs on blank lines', () => {
    const article = segmentText(`\n\n${text}`, [], []);
    expect(article.title).toBe('The Title');
    expect(article.paragraphs.map(joined)).toEqual([
      'First paragraph about Kirkuk here.\nStill first.',
      'Second paragraph.',
    ]);
  });

  it('returns no title and no paragraphs for blank text', () => {
    expect(segmentText(' \n\n ', [], [])).toEqual({ title: '', paragraphs: [] });
  });

  it('splits a passage around a place named inside it, each piece keeping the event', () => {
    const passage = { id: 'ev', ...findPassage(text, 'paragraph about Kirkuk here.')! };
    const mentions = findPlaceMentions(text, [{ placeId: 'kirkuk', names: ['Kirkuk'] }]);
    const [first] = segmentText(text, [passage], mentions).paragraphs;
    expect(first).toEqual([
      { text: 'First ', start: 11 },
      { text: 'paragraph about ', start: 17, eventId: 'ev' },
      { text: 'Kirkuk', start: 33, eventId: 'ev', placeId: 'kirkuk' },
      { text: ' here.', start: 39, eventId: 'ev' },
      { text: '\nStill first.', start: 45 },
    ]);
  });

  it('gives each paragraph its piece of a passage that spans a paragraph break', () => {
    const passage: Passage = { id: 'ev', ...findPassage(text, 'Still first. Second paragraph.')! };
    const { paragraphs } = segmentText(text, [passage], []);
    const inPassage = paragraphs.map((segments) =>
      segments.filter((segment) => segment.eventId === 'ev').map((segment) => segment.text),
    );
    expect(inPassage).toEqual([['Still first.'], ['Second paragraph.']]);
  });

  it('joins each paragraph’s segments back into the paragraph’s exact text', () => {
    const passages = findPassages(text, [
      { id: 'a', quote: 'Title First paragraph' },
      { id: 'b', quote: 'here. Still first. Second' },
    ]);
    const mentions = findPlaceMentions(text, [{ placeId: 'kirkuk', names: ['Kirkuk'] }]);
    const article = segmentText(text, passages, mentions);
    expect(article.paragraphs.map(joined)).toEqual(paragraphsOf(text));
    for (const segments of article.paragraphs) {
      for (const segment of segments)
        expect(text.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
    }
  });
});

describe('groupByPassage', () => {
  it('keeps a passage split by a place name together, and plain text apart', () => {
    const paragraph: Segment[] = [
      { text: 'Before. ', start: 0 },
      { text: 'Rockets near ', start: 8, eventId: 'attack' },
      { text: 'Kirkuk', start: 21, eventId: 'attack', placeId: 'kirkuk' },
      { text: ' killed one.', start: 27, eventId: 'attack' },
      { text: ' After.', start: 39 },
    ];
    const groups = groupByPassage(paragraph);
    expect(groups.map((group) => [group.eventId, group.start, group.pieces.length])).toEqual([
      [undefined, 0, 1],
      ['attack', 8, 3],
      [undefined, 39, 1],
    ]);
  });

  it('starts a new group where one passage ends and the next begins', () => {
    const groups = groupByPassage([
      { text: 'One.', start: 0, eventId: 'a' },
      { text: 'Two.', start: 4, eventId: 'b' },
    ]);
    expect(groups.map((group) => group.eventId)).toEqual(['a', 'b']);
  });
});

describe('findPlaceMentions by first word', () => {
  it('finds a name that starts with a sign rather than a letter', () => {
    const text = 'They met at #1 Camp and at Camp #1.';
    expect(findPlaceMentions(text, [{ placeId: 'c', names: ['#1 Camp'] }])).toEqual([
      { placeId: 'c', start: 12, end: 19 },
    ]);
  });

  it('finds a name whose words the text breaks across a line', () => {
    const text = 'Troops left Fort\n  Bragg on Wednesday.';
    expect(findPlaceMentions(text, [{ placeId: 'f', names: ['Fort Bragg'] }])).toEqual([
      { placeId: 'f', start: 12, end: 24 },
    ]);
  });

  it('does not find a name whose first word is only the start of a longer word', () => {
    expect(findPlaceMentions('Fortress Bragg', [{ placeId: 'f', names: ['Fort'] }])).toEqual([]);
    expect(findPlaceMentions('a Fortress, a Fort', [{ placeId: 'f', names: ['Fort'] }])).toEqual([
      { placeId: 'f', start: 14, end: 18 },
    ]);
  });

  const mentionedAs = (text: string, names: string[]) =>
    findPlaceMentions(text, [{ placeId: 'p', names }]).map((mention) => slice(text, mention));

  it('does not find a name right after a letter outside the Basic Multilingual Plane', () => {
    // U+1D400 is a letter written as two UTF-16 units: the word it starts runs on into the name.
    expect(mentionedAs('\u{1D400}Baghdad and Baghdad', ['Baghdad'])).toEqual(['Baghdad']);
    expect(unmentionedNames('\u{1D400}Baghdad', [{ placeId: 'p', names: ['Baghdad'] }])).toHaveLength(1);
  });

  it('finds a name right after a character outside the Basic Multilingual Plane that is not a letter', () => {
    expect(mentionedAs('\u{1F600}Baghdad', ['Baghdad'])).toEqual(['Baghdad']);
  });

  it('finds a name that starts with a letter outside the Basic Multilingual Plane', () => {
    expect(mentionedAs('in \u{1D400}rbil today', ['\u{1D400}rbil'])).toEqual(['\u{1D400}rbil']);
  });

  it('finds a name whose first word has letters beyond ASCII, but not inside a longer word', () => {
    expect(mentionedAs('Ḩalabjah, and Ḩalabjahé', ['Ḩalabjah'])).toEqual(['Ḩalabjah']);
    expect(mentionedAs('éḨalabjah', ['Ḩalabjah'])).toEqual([]);
  });

  it('treats digits as part of a word', () => {
    expect(mentionedAs('the 101st Airborne, not the 2101st Airborne', ['101st Airborne'])).toEqual(['101st Airborne']);
  });

  it('finds every name that shares a first word, and no word of the same length in its place', () => {
    const text = 'Camp Taji, Cave Taji and Camp Victory';
    expect(mentionedAs(text, ['Camp Taji', 'Camp Victory'])).toEqual(['Camp Taji', 'Camp Victory']);
    expect(unmentionedNames(text, [{ placeId: 'p', names: ['Camp Taji', 'Cave Victory', 'Camp'] }])).toEqual([
      { placeId: 'p', index: 1, name: 'Cave Victory' },
    ]);
  });
});

describe('placeAliases', () => {
  const place = (id: string, article_names?: string[]) => ({ properties: { id, article_names } });

  it('takes each place’s article names, in place order', () => {
    expect(placeAliases([place('b', ['Bee', 'the B']), place('a', ['Ay'])])).toEqual([
      { placeId: 'b', names: ['Bee', 'the B'] },
      { placeId: 'a', names: ['Ay'] },
    ]);
  });

  it('leaves out places the article does not name', () => {
    expect(placeAliases([place('a'), place('b', ['Bee'])])).toEqual([{ placeId: 'b', names: ['Bee'] }]);
    expect(placeAliases([])).toEqual([]);
  });
});

describe('the real article', () => {
  const { files } = readStoryFiles();
  const result = validateStoryFiles(files);
  if (!result.ok) throw new Error(`geodata is invalid: ${JSON.stringify(result.issues[0])}`);
  const text = files.articleText;
  const quotes = result.data.story.events.map(({ id, quote }) => ({ id, quote }));
  const PLACE_NAME_ALIASES = placeAliases(result.data.places);

  it('finds every event’s quote, whole, with nothing dropped', () => {
    const report = locatePassages(text, quotes);
    expect(report.notFound).toEqual([]);
    expect(report.dropped).toEqual([]);
    expect(report.passages).toHaveLength(quotes.length);
    for (const passage of report.passages) {
      expect(slice(text, passage)).toBe(quotes.find((quote) => quote.id === passage.id)?.quote.trim());
    }
  });

  it('gives no two events overlapping passages', () => {
    expectNoOverlap(findPassages(text, quotes));
  });

  it('links the places the story gives article names, in the story’s data', () => {
    expect(PLACE_NAME_ALIASES.map((alias) => alias.placeId).sort()).toEqual(
      ['baghdad', 'fort-bragg', 'kirkuk', 'kuwait-us-bases', 'pentagon', 'us-embassy-baghdad'].sort(),
    );
  });

  it('uses only alias names that occur in the article as whole words', () => {
    for (const { placeId, names } of PLACE_NAME_ALIASES) {
      for (const name of names) expect(findPlaceMentions(text, [{ placeId, names: [name] }]), name).not.toEqual([]);
    }
  });

  it('links every aliased place at least once, despite longer names winning', () => {
    const linked = new Set(findPlaceMentions(text, PLACE_NAME_ALIASES).map((mention) => mention.placeId));
    expect([...linked].sort()).toEqual(PLACE_NAME_ALIASES.map((alias) => alias.placeId).sort());
  });

  it('segments into the article’s title and paragraphs, every passage covered by its event’s pieces', () => {
    const passages = findPassages(text, quotes);
    const article = segmentText(text, passages, findPlaceMentions(text, PLACE_NAME_ALIASES));
    expect(article.title).toBe(result.data.story.article.title);
    expect(article.paragraphs.map(joined)).toEqual(paragraphsOf(text));
    const segments = article.paragraphs.flat();
    for (const passage of passages) {
      const pieces = segments.filter((segment) => segment.eventId === passage.id);
      expect(pieces.reduce((length, piece) => length + piece.text.length, 0)).toBe(passage.end - passage.start);
    }
  });
});

describe('chunkParagraphs', () => {
  const paragraph = (length: number, start = 0) => [{ text: 'x'.repeat(length), start }];

  it('keeps an article shorter than one chunk as a single chunk', () => {
    const paragraphs = [paragraph(10), paragraph(20), paragraph(30)];
    expect(chunkParagraphs(paragraphs, 100)).toEqual([{ paragraphs, characters: 60 }]);
  });

  it('ends a chunk with the paragraph that reaches the size, never splitting one', () => {
    const paragraphs = [paragraph(40), paragraph(70), paragraph(10), paragraph(95), paragraph(5)];
    const chunks = chunkParagraphs(paragraphs, 100);
    expect(chunks.map((chunk) => chunk.characters)).toEqual([110, 105, 5]);
    expect(chunks.flatMap((chunk) => chunk.paragraphs)).toEqual(paragraphs);
  });

  it('counts every segment of a paragraph', () => {
    const split = [
      { text: 'The embassy ', start: 0 },
      { text: 'in Baghdad', start: 12, placeId: 'baghdad' },
    ];
    expect(chunkParagraphs([split], 1000)[0]!.characters).toBe(22);
  });

  it('gives no chunk for no paragraphs', () => {
    expect(chunkParagraphs([], 100)).toEqual([]);
  });
});

describe('chunkOfEachStep', () => {
  const piece = (eventId?: string) => ({ text: 'words', start: 0, ...(eventId ? { eventId } : {}) });
  const chunk = (...eventIds: (string | undefined)[]) => ({ paragraphs: [eventIds.map(piece)], characters: 5 });
  /** Steps a and b; background x explains a; anything else is neither. */
  const stepOf = (id: string) => ({ a: 'a', b: 'b', x: 'a' })[id];

  it('gives a step the chunk of its own passage', () => {
    expect(chunkOfEachStep([chunk(undefined), chunk('b')], stepOf).get('b')).toBe(1);
  });

  it('prefers the own passage to background passages found earlier', () => {
    expect(chunkOfEachStep([chunk('x'), chunk(), chunk('a')], stepOf).get('a')).toBe(2);
  });

  it('falls back to the first chunk with background for a step without its own passage', () => {
    expect(chunkOfEachStep([chunk(), chunk('x'), chunk('x')], stepOf).get('a')).toBe(1);
  });

  it('leaves out passages of events that are neither step nor background', () => {
    expect([...chunkOfEachStep([chunk('z')], stepOf)]).toEqual([]);
  });
});
