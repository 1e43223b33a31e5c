import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/draft/dates.ts';

const PUB = '2020-01-02'; // Thursday 2 January 2020
const IRAQ = 180;

describe('resolveDate: weekdays', () => {
  it('"on Tuesday" in an article of Thursday 2 January 2020 is 31 December 2019', () => {
    expect(resolveDate('President Trump said on Tuesday that Iran was responsible.', PUB, null).date).toEqual({
      precision: 'day',
      start: '2019-12-31',
    });
  });

  it('"Thursday" is the publication day itself', () => {
    expect(resolveDate('Mr. Esper said Thursday.', PUB, null).date.start).toBe('2020-01-02');
  });

  it('"on Friday" is the Friday before publication, never the one after', () => {
    expect(resolveDate('The base was hit on Friday.', PUB, null).date.start).toBe('2019-12-27');
  });

  it("a month-day without a year after publication is last year's", () => {
    expect(resolveDate('It began on December 30.', '2020-12-01', null).date.start).toBe('2019-12-30');
  });

  it('an explicit date after publication is no event date: the sentence gets the publication date', () => {
    expect(resolveDate('The talks are set for 5 July 2020.', PUB, null).date).toEqual({
      precision: 'day',
      start: PUB,
      approximate: true,
    });
  });
});

describe('resolveDate: zones', () => {
  it('"19:20 local time" in Iraq is +03:00', () => {
    expect(resolveDate('Rockets hit the base at 19:20 local time on Friday.', PUB, IRAQ).date).toEqual({
      precision: 'time',
      start: '2019-12-27T19:20+03:00',
    });
  });

  it('"2 p.m. Eastern" is −05:00 in winter', () => {
    expect(resolveDate('He spoke at 2 p.m. Eastern on Tuesday.', PUB, IRAQ).date).toEqual({
      precision: 'time',
      start: '2019-12-31T14:00-05:00',
    });
  });

  it('"<place> time" takes the zone of the place', () => {
    const placeOffset = (place: string): number | null => (place === 'Baghdad' ? 180 : null);
    expect(resolveDate('The rockets landed at 19:20 Baghdad time on Friday.', PUB, null, placeOffset).date).toEqual({
      precision: 'time',
      start: '2019-12-27T19:20+03:00',
    });
  });

  it('a zone abbreviation chrono knows is kept', () => {
    expect(resolveDate('The statement came at 2 p.m. EST on Monday.', PUB, null).date.start).toBe(
      '2019-12-30T14:00-05:00',
    );
  });

  it("a time without a zone takes the place's, marked approximate", () => {
    expect(resolveDate('It happened on Dec. 27 at 7:20 p.m.', PUB, IRAQ).date).toEqual({
      precision: 'time',
      start: '2019-12-27T19:20+03:00',
      approximate: true,
    });
  });

  it('a time with no zone known keeps only its day', () => {
    expect(resolveDate('It happened on Dec. 27 at 7:20 p.m.', PUB, null).date).toEqual({
      precision: 'day',
      start: '2019-12-27',
    });
  });
});

describe('resolveDate: ranges and defaults', () => {
  it('"last week" becomes a range, not a day', () => {
    expect(resolveDate('The military responded to the attack last week by bombing outposts.', PUB, null).date).toEqual({
      precision: 'range',
      start: '2019-12-23',
      end: '2019-12-29',
      label: 'the week of 23 December 2019',
    });
  });

  it('"since May" becomes a range', () => {
    expect(resolveDate('The Pentagon has sent 14,000 troops since May.', PUB, null).date).toMatchObject({
      precision: 'range',
      start: '2019-05',
    });
  });

  it('a sentence without a date gets the publication date, marked approximate', () => {
    const resolved = resolveDate('The militia denied it.', PUB, null);
    expect(resolved).toEqual({ date: { precision: 'day', start: PUB, approximate: true }, expression: '' });
  });

  it('nothing resolves after the publication date', () => {
    const sentences = [
      'on Saturday',
      'next week',
      'tomorrow',
      'in a week',
      'on Friday at noon',
      'a week after the vote',
    ];
    for (const s of sentences) {
      const date = resolveDate(`They met ${s}.`, PUB, IRAQ).date;
      const end = date.precision === 'range' ? date.end : date.start;
      expect(end.slice(0, 10) <= PUB, `${s} → ${end}`).toBe(true);
    }
  });
});
