import { describe, expect, it } from 'vitest';
import { actorsOf, draftEvent, eventKind, speakerTurns, type EventInput } from '../../src/draft/events.ts';

describe('eventKind', () => {
  it.each([
    ['The American military responded to the rocket attack by bombing militia outposts.', 'strike'],
    ['The airstrikes set off events that culminated with the militia attacking the embassy.', 'attack'],
    ['The command dispatched about 100 Marines from Kuwait.', 'deployment'],
    ['The Pentagon ordered a battalion to Kuwait, according to two officials.', 'deployment'],
    ['Thousands of Iraqis have been protesting the government.', 'protest'],
    ['The military will strike the militias if there are indications of attacks, Mr. Esper said.', 'statement'],
    ['He also blamed Tehran for the unrest.', 'statement'],
    ['The soldiers are preparing to deploy to the region if needed, according to two officials.', 'deployment'],
    ['The attack came at 4:30 a.m. local time, residents said.', 'attack'],
    ['The Iraqis need to “stop these attacks from happening,” Mr. Esper said.', 'statement'],
    ['President Biden spoke with the prime minister about the attacks on shipping.', 'statement'],
    ['The United States will soon move additional forces to Romania, Poland and Germany.', 'deployment'],
    ['First, 1,000 soldiers based in Germany will reposition to Romania in the coming days.', 'deployment'],
  ])('%s → %s', (sentence, kind) => {
    expect(eventKind(sentence)).toBe(kind);
  });

  it('reports no kind for a sentence without an action', () => {
    expect(eventKind('The game has changed.')).toBeUndefined();
  });
});

describe('actorsOf', () => {
  it('finds titled names and merges overlapping ones', () => {
    expect(actorsOf('Defense Secretary Mark T. Esper said Thursday.', ['Mark T. Esper'])).toEqual([
      'Defense Secretary Mark T. Esper',
    ]);
    expect(actorsOf('President Trump said on Tuesday that Iran was responsible.')).toEqual(['President Trump']);
  });

  it('finds groups and proper names, but not places or geography', () => {
    const sentence =
      'Officials said Kataib Hezbollah, an Iranian-supported militia, killed a contractor near Kirkuk, and Iraqi security forces in the Middle East responded.';
    expect(actorsOf(sentence, [], ['Kirkuk'])).toEqual([
      'Iranian-supported militia',
      'Iraqi security forces',
      'Kataib Hezbollah',
    ]);
  });

  it('takes a proper-noun subject when nothing else names the actor', () => {
    expect(actorsOf('The Pentagon has dispatched more troops.')).toEqual(['Pentagon']);
  });

  it('takes names another tool found, without articles or trailing punctuation', () => {
    expect(actorsOf('x', ['the Iraqi government,'])).toEqual(['Iraqi government']);
  });
});

const input = (more: Partial<EventInput>): EventInput => ({
  sentence: 'Militias attacked the embassy in Baghdad on Tuesday.',
  date: { precision: 'day', start: '2019-12-31' },
  dated: true,
  places: ['baghdad'],
  placeNames: ['Baghdad'],
  actors: ['Militias'],
  ...more,
});

describe('draftEvent', () => {
  it('drafts the sentence as the verbatim quote, marked for review, without sources', () => {
    const event = draftEvent(input({}), new Set());
    expect(event).toMatchObject({
      id: '2019-12-31-attack-baghdad',
      kind: 'attack',
      quote: 'Militias attacked the embassy in Baghdad on Tuesday.',
      from_sentence: 'Militias attacked the embassy in Baghdad on Tuesday.',
      review: 'draft',
      sources: [],
      places: ['baghdad'],
      title: 'Attack by Militias (Baghdad)',
    });
  });

  it('drafts nothing for a sentence with neither date nor place', () => {
    expect(draftEvent(input({ dated: false, places: [] }), new Set())).toBeUndefined();
  });

  it('drafts nothing for a sentence that reports no action', () => {
    expect(draftEvent(input({ sentence: 'Baghdad is a large city.' }), new Set())).toBeUndefined();
  });

  it('a statement dated by a period is background (context)', () => {
    const event = draftEvent(
      input({
        sentence: 'Officials have said for months that the militias were a threat.',
        date: { precision: 'range', start: '2019-10', end: '2020-01', label: 'for months' },
      }),
      new Set(),
    );
    expect(event?.kind).toBe('context');
  });

  it('gives each event a unique id', () => {
    const ids = new Set<string>();
    const a = draftEvent(input({}), ids);
    const b = draftEvent(input({}), ids);
    expect(a?.id).not.toBe(b?.id);
  });
});

describe('speakerTurns', () => {
  it('reads the capitalised speaker lines of a transcript, in title case, where each turn starts', () => {
    const text =
      'A briefing\n\nPRESS SECRETARY JOHN F. KIRBY: Good morning.\n\nQ: A question.\n\nMR. KIRBY: An answer.\n';
    expect(speakerTurns(text)).toEqual([
      { start: text.indexOf('PRESS'), name: 'Press Secretary John F. Kirby' },
      { start: text.indexOf('MR. KIRBY'), name: 'Mr. Kirby' },
    ]);
  });

  it('finds none in an article, even with a capitalised dateline or a colon in a sentence', () => {
    expect(speakerTurns('NAIROBI — Rebels attacked. The aim: control of the port.')).toEqual([]);
  });
});
