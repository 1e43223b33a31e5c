import { describe, expect, it } from 'vitest';
import { isFilterActive, linkNamesFilter, type EventFilter } from '../../src/navigation/event-filter.ts';

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

describe('linkNamesFilter', () => {
  it.each(['q=gate', 'from=2020-01-01', 'to=2020-01-01', 'kind=strike', 'actor=Militia', 'at=gate'])(
    '%s names a filter',
    (query) => expect(linkNamesFilter(`?${query}`)).toBe(true),
  );
  it('a bad or empty filter value still names a filter (its notice needs the link read)', () => {
    expect(linkNamesFilter('?kind=nonsense')).toBe(true);
    expect(linkNamesFilter('q=')).toBe(true);
  });
  it('a link with no filter key names none', () => {
    expect(linkNamesFilter('')).toBe(false);
    expect(linkNamesFilter('?event=a&place=gate&embed=1&quest=x')).toBe(false);
  });
});
