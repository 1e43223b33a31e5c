import { describe, expect, it } from 'vitest';
import { draftStory, DraftInputError, isIsoDay, publicationDateFromHeader } from '../../src/draft/draft.ts';
import { buildGazetteer } from '../../src/draft/gazetteer.ts';
import { splitArticle } from '../../src/draft/sentences.ts';
import { fixtureDemonyms, fixtureEntries } from './fixtures.ts';

const gazetteer = buildGazetteer(fixtureEntries(), fixtureDemonyms());

const ARTICLE = [
  'Militia Storms Embassy in Baghdad',
  '',
  'BAGHDAD — Members of a militia attacked the embassy in Baghdad on Tuesday, officials said. President Smith said on Tuesday that the militia would pay. He also blamed its backers.',
  '',
  'The military dispatched 100 Marines from Kuwait on Wednesday.',
  '',
  'Rockets hit a base near al-Qaim at 19:20 local time on Friday. Jets struck Albu Kamal in Syria last week.',
  '',
  'The game has changed.',
].join('\n');

describe('draftStory', () => {
  const story = draftStory(ARTICLE, gazetteer, { published: '2020-01-02', outlet: 'Test Times' });

  it('takes the title from the headline and the outlet from the caller', () => {
    expect(story.article).toEqual({
      title: 'Militia Storms Embassy in Baghdad',
      published: '2020-01-02',
      outlet: 'Test Times',
    });
  });

  it('quotes every event verbatim: each quote is an exact substring of the article', () => {
    expect(story.events.length).toBeGreaterThan(0);
    for (const event of story.events) {
      expect(ARTICLE.includes(event.quote)).toBe(true);
      expect(event.from_sentence).toBe(event.quote);
    }
  });

  it('marks every event and place as a draft, with its sentence from the article', () => {
    const places = Object.values(story.areas).flat();
    for (const item of [...story.events, ...places.map((p) => p.properties)]) {
      expect(item.review).toBe('draft');
      expect(ARTICLE.includes(item.from_sentence)).toBe(true);
    }
  });

  it('resolves the dates against the publication date', () => {
    const dates = Object.fromEntries(story.events.map((e) => [e.quote.slice(0, 20), e.date]));
    expect(dates['Members of a militia']).toEqual({ precision: 'day', start: '2019-12-31' });
    expect(dates['The military dispatc']).toEqual({ precision: 'day', start: '2020-01-01' });
    expect(dates['Rockets hit a base n']).toEqual({ precision: 'time', start: '2019-12-27T19:20+03:00' });
    expect(dates['Jets struck Albu Kam']).toMatchObject({ precision: 'range', start: '2019-12-23' });
  });

  it("lets an undated sentence continue its paragraph's day, marked approximate", () => {
    const blamed = story.events.find((e) => e.quote === 'He also blamed its backers.');
    expect(blamed?.date).toEqual({ precision: 'day', start: '2019-12-31', approximate: true });
  });

  it("gives a pronoun subject the paragraph's last actor", () => {
    const blamed = story.events.find((e) => e.quote === 'He also blamed its backers.');
    expect(blamed?.actors).toEqual(['President Smith']);
  });

  it('drafts no event from a sentence that reports no action', () => {
    expect(story.events.some((e) => e.quote.includes('game'))).toBe(false);
  });

  it('links events to the places of their sentence', () => {
    const rockets = story.events.find((e) => e.quote.startsWith('Rockets'));
    expect(rockets?.places).toEqual(['al-qaim']);
  });

  it('files places by country', () => {
    expect(Object.keys(story.areas).sort()).toEqual(['irq', 'kwt', 'syr']);
  });

  it('lists events in date order', () => {
    const days = story.events.map((e) => e.date.start.slice(0, 10));
    expect(days).toEqual([...days].sort());
  });
});

describe('zones', () => {
  it('reads "<place> time" through the gazetteer', () => {
    const text = 'In Iraq, rockets hit a base near Baghdad at 7:20 p.m. Baghdad time on Friday, officials said.';
    const [event] = draftStory(text, gazetteer, { published: '2020-01-02' }).events;
    expect(event?.date).toEqual({ precision: 'time', start: '2019-12-27T19:20+03:00' });
  });
});

describe('places left for review', () => {
  it('go to review.geojson with geometry null and their candidates', () => {
    const text = 'Protesters marched in Hilla on Monday. Officials in Springfield said nothing.';
    const story = draftStory(text, gazetteer, { published: '2020-01-02' });
    const review = story.areas['review'] ?? [];
    expect(review.map((p) => p.properties.name)).toEqual(['Hilla', 'Springfield']);
    for (const place of review) {
      expect(place.geometry).toBeNull();
      expect(place.properties.review).toBe('draft');
      expect(place.properties.candidates?.[0]).toEqual({
        name: place.properties.name,
        country: expect.any(String),
        lon: expect.any(Number),
        lat: expect.any(Number),
        source: 'Test places',
      });
    }
    expect(story.events[0]?.places).toEqual(['hilla']);
  });
});

describe('publication date', () => {
  it('is read from a header when no date is given', () => {
    const text =
      'A Headline\nJanuary 2, 2020\n\nRockets hit Baghdad on Tuesday, officials said in a long statement today.';
    expect(publicationDateFromHeader(splitArticle(text))).toBe('2020-01-02');
    expect(draftStory(text, gazetteer).article.published).toBe('2020-01-02');
  });

  it('is read from a dateline with a full date', () => {
    const text = 'WASHINGTON, Jan. 2, 2020 — Marines were sent to Baghdad on Tuesday, officials said in a statement.';
    expect(draftStory(text, gazetteer).article.published).toBe('2020-01-02');
  });

  it('is required when the header has none', () => {
    expect(() => draftStory('Rockets hit Baghdad on Tuesday.', gazetteer)).toThrow(DraftInputError);
  });

  it('must be a real day', () => {
    expect(isIsoDay('2020-02-29')).toBe(true);
    expect(isIsoDay('2019-02-29')).toBe(false);
    expect(isIsoDay('2020-1-2')).toBe(false);
    expect(() => draftStory('Rockets hit Baghdad.', gazetteer, { published: '2020-13-01' })).toThrow(/invalid/);
  });
});

describe('bad input', () => {
  it('refuses an article without sentences', () => {
    expect(() => draftStory(' \n\n ', gazetteer, { published: '2020-01-02' })).toThrow(/no sentences/);
  });
});
