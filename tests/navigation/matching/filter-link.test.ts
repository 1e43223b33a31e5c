import { describe, expect, it } from 'vitest';
import {
  formatEventFilter,
  isFilterActive,
  keptFilter,
  parseEventFilter,
  readLinkFilter,
  MAX_FILTER_TEXT,
} from '../../../src/navigation/matching/filter-link.ts';
import type { EventFilter } from '../../../src/navigation/event-filter.ts';

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

describe('keptFilter', () => {
  it('drops the parts left empty and keeps the rest', () => {
    expect(keptFilter({ text: 'gate', from: '', kinds: [], actor: undefined, place: 'gate' })).toEqual({
      text: 'gate',
      place: 'gate',
    });
  });
  it('a filter that leaves nothing out is none', () => {
    expect(keptFilter({ text: '', kinds: [] })).toBeUndefined();
    expect(keptFilter({ text: '   ' })).toBeUndefined();
  });
  it('does not change the filter it is given', () => {
    const fields: EventFilter = { text: 'gate', from: '' };
    keptFilter(fields);
    expect(fields).toEqual({ text: 'gate', from: '' });
  });
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

describe('readLinkFilter', () => {
  it('a good filter, and no problem', () => {
    expect(readLinkFilter(new URLSearchParams('q=gate'), limits)).toEqual({ filter: { text: 'gate' } });
  });
  it('no filter keys: nothing', () => expect(readLinkFilter(new URLSearchParams('event=x'), limits)).toEqual({}));
  it('dates the wrong way round: out of range, no filter', () => {
    const read = readLinkFilter(new URLSearchParams('from=2020-02-01&to=2020-01-01'), limits);
    expect(read.filter).toBeUndefined();
    expect(read.problem).toMatchObject({ part: 'filter', kind: 'out-of-range' });
    expect(read.problem!.message).toBe(
      "The filter's dates are the wrong way round (2020-02-01 – 2020-01-01) — showing every event.",
    );
  });
  it('a long value is shortened in the notice', () => {
    const read = readLinkFilter(new URLSearchParams(`actor=${'x'.repeat(100)}`), limits);
    expect(read.problem!.value).toHaveLength(60);
  });
});
