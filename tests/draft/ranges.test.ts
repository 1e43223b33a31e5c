import { describe, expect, it } from 'vitest';
import { findRanges, longDay } from '../../src/draft/ranges.ts';

const PUB = '2020-01-02'; // a Thursday

describe('findRanges', () => {
  it('"last week" is the Monday-to-Sunday week before publication, across the year end', () => {
    expect(findRanges('They struck last week.', PUB)[0]).toMatchObject({ start: '2019-12-23', end: '2019-12-29' });
  });

  it('"since May" is the last May before publication, to publication', () => {
    expect(findRanges('Troops were sent since May.', PUB)[0]).toMatchObject({
      start: '2019-05',
      end: '2020-01-02',
      label: 'since May 2019',
    });
  });

  it('"since May" in a June article is the same year', () => {
    expect(findRanges('since May', '2020-06-10')[0]?.start).toBe('2020-05');
  });

  it('"in the past several months" ends at publication', () => {
    const [range] = findRanges('In the past several months, attacks rose.', PUB);
    expect(range).toMatchObject({ start: '2019-10', end: '2020-01' });
    expect(range?.label).toContain('In the past several months');
  });

  it('"less than a week after" is the week before publication, never after it', () => {
    expect(findRanges('It comes less than a week after the attack.', PUB)[0]).toMatchObject({
      start: '2019-12-26',
      end: '2020-01-02',
    });
  });

  it('"last month" and "last year"', () => {
    expect(findRanges('last month', PUB)[0]).toMatchObject({ start: '2019-12', end: '2019-12' });
    expect(findRanges('last year', PUB)[0]).toMatchObject({ start: '2019-01', end: '2019-12' });
  });

  it('gives where the words are', () => {
    const [range] = findRanges('Troops went last week.', PUB);
    expect('Troops went last week.'.slice(range!.index, range!.index + range!.length)).toBe('last week');
  });

  it('finds nothing in a sentence without a period', () => {
    expect(findRanges('The game has changed.', PUB)).toEqual([]);
  });
});

describe('longDay', () => {
  it('writes a day in words', () => {
    expect(longDay('2020-01-02')).toBe('2 January 2020');
  });
});
