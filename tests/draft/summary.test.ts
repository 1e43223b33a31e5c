import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from '../../src/draft/summary.ts';
import type { DraftEvent, DraftPlace, DraftStory } from '../../src/draft/types.ts';

const event = (more: Partial<DraftEvent>): DraftEvent => ({
  id: 'e',
  date: { precision: 'day', start: '2020-01-02' },
  kind: 'attack',
  title: 't',
  summary: 's',
  actors: ['A'],
  places: [],
  quote: 'q',
  sources: [],
  review: 'draft',
  from_sentence: 'q',
  ...more,
});

const place = (resolved: boolean): DraftPlace => ({
  type: 'Feature',
  geometry: resolved ? { type: 'Point', coordinates: [0, 0] } : null,
  properties: {
    id: 'p',
    name: 'P',
    kind: 'town',
    country: null,
    description: 'd',
    precision: 'approximate',
    article_names: ['P'],
    sources: [],
    review: 'draft',
    from_sentence: 'q',
  },
});

describe('summarize', () => {
  const story: DraftStory = {
    article: { title: 't', published: '2020-01-02', outlet: 'o' },
    events: [
      event({}),
      event({ actors: [] }),
      event({ date: { precision: 'day', start: '2020-01-02', approximate: true } }),
    ],
    areas: { irq: [place(true), place(true)], review: [place(false)] },
  };

  it('counts events, places resolved and what needs review first', () => {
    expect(summarize(story)).toEqual({
      events: 3,
      approximateDates: 1,
      withoutActors: 1,
      places: 3,
      resolved: 2,
      unresolved: 1,
      forReview: 3,
    });
  });

  it('prints the counts', () => {
    const text = formatSummary(summarize(story), 'out/');
    expect(text).toContain('Drafted 3 events and 3 places into out/');
    expect(text).toContain('places resolved: 2 of 3');
    expect(text).toContain('items for review first: 3');
  });
});
