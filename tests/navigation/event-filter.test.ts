import { describe, expect, it } from 'vitest';
import { linkNamesFilter } from '../../src/navigation/event-filter.ts';

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
