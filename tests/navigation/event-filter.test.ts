import { describe, expect, it } from 'vitest';
import {
  eventMatcher,
  filterSteps,
  foldText,
  formatEventFilter,
  isFilterActive,
  parseEventFilter,
  MAX_FILTER_TEXT,
  type EventFilter,
} from '../../src/navigation/event-filter.ts';
import type { StoryEvent } from '../../src/story/schema.ts';

/** A step with only what the filter reads; the rest as the schema wants it. */
const step = (id: string, over: Partial<StoryEvent> = {}): StoryEvent => ({
  id,
  date: { precision: 'day', start: '2020-01-02' },
  kind: 'attack',
  title: `Title ${id}`,
  summary: `Summary ${id}`,
  actors: ['Militia'],
  places: ['gate'],
  quote: 'q',
  sources: [],
  ...over,
});
const limits = { actors: new Set(['Militia', 'Embassy staff']), placeIds: new Set(['gate', 'embassy']) };
const parse = (query: string) => parseEventFilter(new URLSearchParams(query), limits);

describe('isFilterActive', () => {
  it('an empty filter, or blank text, leaves nothing out', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ text: '   ', kinds: [] })).toBe(false);
  });
  it.each<[string, EventFilter]>([
    ['text', { text: 'gate' }],
    ['from', { from: '2020-01-01' }],
    ['to', { to: '2020-01-01' }],
    ['kinds', { kinds: ['strike'] }],
    ['actor', { actor: 'Militia' }],
    ['place', { place: 'gate' }],
  ])('a filter by %s is active', (_, filter) => expect(isFilterActive(filter)).toBe(true));
});

describe('eventMatcher', () => {
  it('text: every word, any case and accents, in title, summary, actors or place names', () => {
    const event = step('a', { title: 'Crowd at the Gate', summary: 'They burned the reception', places: ['gate'] });
    const names = (id: string) => (id === 'gate' ? 'Qāsim Gate' : undefined);
    expect(eventMatcher({ text: 'gate CROWD' }, names)(event)).toBe(true);
    expect(eventMatcher({ text: 'burned militia' }, names)(event)).toBe(true);
    expect(eventMatcher({ text: 'qasim' }, names)(event)).toBe(true);
    expect(eventMatcher({ text: 'gate embassy' }, names)(event)).toBe(false);
  });
  it('text does not search place ids, only their names', () => {
    expect(eventMatcher({ text: 'gate' })(step('a', { title: 'x', summary: 'y', places: ['gate'] }))).toBe(false);
  });
  it('dates: from and to are inclusive days, read in the event’s local calendar', () => {
    const late = step('a', { date: { precision: 'time', start: '2020-01-02T23:30+03:00' } });
    expect(eventMatcher({ from: '2020-01-02', to: '2020-01-02' })(late)).toBe(true);
    expect(eventMatcher({ from: '2020-01-03' })(late)).toBe(false);
    expect(eventMatcher({ to: '2020-01-01' })(late)).toBe(false);
  });
  it('kinds: any of those named', () => {
    expect(eventMatcher({ kinds: ['strike', 'attack'] })(step('a'))).toBe(true);
    expect(eventMatcher({ kinds: ['strike'] })(step('a'))).toBe(false);
  });
  it('actor: exactly one of the event’s actors', () => {
    expect(eventMatcher({ actor: 'Militia' })(step('a'))).toBe(true);
    expect(eventMatcher({ actor: 'Mili' })(step('a'))).toBe(false);
  });
  it('place: events that name it', () => {
    expect(eventMatcher({ place: 'gate' })(step('a'))).toBe(true);
    expect(eventMatcher({ place: 'embassy' })(step('a'))).toBe(false);
  });
});

describe('filterSteps', () => {
  it('gives the indexes of the steps let through, in order', () => {
    const steps = [step('a'), step('b', { kind: 'strike' }), step('c'), step('d', { kind: 'strike' })];
    expect(filterSteps(steps, { kinds: ['strike'] })).toEqual([1, 3]);
    expect(filterSteps(steps, {})).toEqual([0, 1, 2, 3]);
  });
  it('does not change the steps it reads', () => {
    const steps = [step('a')];
    const copy = structuredClone(steps);
    filterSteps(steps, { text: 'title' });
    expect(steps).toEqual(copy);
  });
});

describe('foldText', () => {
  it('drops accents and case', () => expect(foldText('Bāb al-Muʿaẓẓam')).toBe('bab al-muʿazzam'));
});

describe('parseEventFilter', () => {
  it('reads every key', () => {
    expect(parse('q=gate&from=2020-01-01&to=2020-01-03&kind=attack,strike&actor=Militia&at=gate')).toEqual({
      filter: {
        text: 'gate',
        from: '2020-01-01',
        to: '2020-01-03',
        kinds: ['attack', 'strike'],
        actor: 'Militia',
        place: 'gate',
      },
      problems: [],
    });
  });
  it('one bad value drops the good ones beside it: no half-applied filter', () => {
    expect(parse('q=gate&actor=Militia&kind=riot').filter).toBeUndefined();
  });
  it('no filter keys: no filter and no problem', () => expect(parse('event=x')).toEqual({ problems: [] }));
  it('blank text is no filter', () => expect(parse('q=%20%20')).toEqual({ problems: [] }));
  it.each([
    ['a malformed day', 'from=2020-1-1', 'from', 'malformed'],
    ['a day that does not exist', 'to=2020-02-30', 'to', 'malformed'],
    ['dates the wrong way round', 'from=2020-02-01&to=2020-01-01', 'to', 'out-of-order'],
    ['an unknown kind', 'kind=attack,riot', 'kind', 'unknown'],
    ['an unknown actor', 'actor=Nobody', 'actor', 'unknown'],
    ['an unknown place', 'at=nowhere', 'at', 'unknown'],
    ['a key given twice', 'q=a&q=b', 'q', 'duplicate'],
    ['text too long', `q=${'x'.repeat(MAX_FILTER_TEXT + 1)}`, 'q', 'too-long'],
  ])('%s rejects the whole filter', (_, query, key, kind) => {
    const parsed = parse(query);
    expect(parsed.filter).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ key, kind });
  });
});

describe('formatEventFilter', () => {
  it('round-trips through the parser', () => {
    const filter: EventFilter = {
      text: 'gate',
      from: '2020-01-01',
      kinds: ['strike'],
      actor: 'Embassy staff',
      place: 'embassy',
    };
    const query = new URLSearchParams(formatEventFilter(filter)).toString();
    expect(parse(query).filter).toEqual(filter);
  });
  it('writes nothing for no filter or an empty one', () => {
    expect(formatEventFilter(undefined)).toEqual([]);
    expect(formatEventFilter({ text: ' ', kinds: [] })).toEqual([]);
  });
});
