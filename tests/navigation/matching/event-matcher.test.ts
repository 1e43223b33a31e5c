import { describe, expect, it } from 'vitest';
import { eventMatcher, filterSteps, foldText } from '../../../src/navigation/matching/event-matcher.ts';
import type { StoryEvent } from '../../../src/story/schema.ts';

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
