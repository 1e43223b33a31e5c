/**
 * The rules that keep what readers are told true: Wikipedia is a pointer, never a claim's only support; each
 * correction is dated, sourced and names an event or place that exists; only a region may span countries.
 * One named failing case per rule: deleting a rule from validate.ts (or schema.ts) turns its test red.
 */
import { describe, expect, it } from 'vitest';
import { validateStoryFiles, type ValidationIssue } from '../../../src/story/validate.ts';
import { isWikipedia } from '../../../src/story/sources.ts';
import { validFiles } from '../../fixtures/story.ts';

type Files = ReturnType<typeof validFiles>;
const issuesOf = (files: Files): ValidationIssue[] => validateStoryFiles(files).issues;
const k1 = (files: Files) => files.areas['kirkuk.geojson'].features[0].properties;
const rocketAttack = (files: Files) => files.story.events[1];

const WIKIPEDIA = { outlet: 'Wikipedia', title: 'K-1 Air Base attack', url: 'https://en.m.wikipedia.org/wiki/K-1' };
const REPORT = { outlet: 'Agency', title: 'Two rockets', date: '2019-12-28', url: 'https://example.org/two' };

function withCorrection(files: Files, correction: Record<string, unknown>): Files {
  files.story.corrections = [
    {
      id: 'rockets-fired-not-hit',
      date: '2026-11-26',
      event: 'rocket-attack',
      was: 'Rockets hit the base.',
      now: 'Rockets were fired at the base; accounts of how many landed differ.',
      why: 'The Pentagon counted rockets fired, not hits.',
      sources: [REPORT],
      ...correction,
    },
  ];
  return files;
}

describe('Wikipedia as a source', () => {
  it('knows Wikipedia in any language, mobile or not, and nothing that merely contains its name', () => {
    expect(isWikipedia('https://en.wikipedia.org/wiki/K-1')).toBe(true);
    expect(isWikipedia('https://ar.m.wikipedia.org/wiki/K-1')).toBe(true);
    expect(isWikipedia('https://wikipedia.org.example.com/wiki/K-1')).toBe(false);
    expect(isWikipedia('https://example.org/wikipedia.org')).toBe(false);
    expect(isWikipedia('not a url')).toBe(false);
  });

  it('accepts Wikipedia among an item’s sources beside a report', () => {
    const files = validFiles();
    rocketAttack(files).sources.push(WIKIPEDIA);
    expect(issuesOf(files)).toEqual([]);
  });

  it('rejects a disputed version whose source is Wikipedia, naming the item and the version', () => {
    const files = validFiles();
    const event = rocketAttack(files);
    event.sources.push(WIKIPEDIA, REPORT);
    event.disputed = [
      {
        about: 'number',
        question: 'How many rockets',
        versions: [
          { claim: 'about 11 landed', according_to: 'a police general', source: WIKIPEDIA.url },
          { claim: 'two landed', source: REPORT.url },
        ],
      },
    ];
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rocket-attack',
        field: 'disputed.0.versions.0.source',
        message:
          'a disputed version cannot rest on Wikipedia: cite the report it summarises ' +
          '(Wikipedia may stay among the sources as a pointer)',
      },
    ]);
  });

  it('rejects an event whose only source besides the article is Wikipedia', () => {
    const files = validFiles();
    const article = files.story.article;
    rocketAttack(files).sources = [{ outlet: article.outlet, title: article.title, url: 'https://example.org/a' }];
    rocketAttack(files).sources.push(WIKIPEDIA);
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rocket-attack',
        field: 'sources',
        message: 'Wikipedia cannot be the only source: cite the report it summarises (Wikipedia may stay as a pointer)',
      },
    ]);
  });

  it('rejects a place whose only source is Wikipedia', () => {
    const files = validFiles();
    k1(files).sources = [WIKIPEDIA];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'kirkuk.geojson', id: 'k1-air-base', field: 'properties.sources' }),
    ]);
  });
});

describe('corrections', () => {
  it('accepts a dated, sourced correction of an event, and one of a place', () => {
    const files = withCorrection(validFiles(), {});
    files.story.corrections.push({
      ...files.story.corrections[0],
      id: 'k1-position',
      event: undefined,
      place: 'k1-air-base',
    });
    expect(issuesOf(files)).toEqual([]);
  });

  it('rejects a correction without a date, naming it', () => {
    const files = withCorrection(validFiles(), { date: undefined });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'events.json', id: 'rockets-fired-not-hit', field: 'date' }),
    ]);
  });

  it('rejects a correction without a source, naming it', () => {
    const files = withCorrection(validFiles(), { sources: [] });
    expect(issuesOf(files)).toEqual([
      { file: 'events.json', id: 'rockets-fired-not-hit', field: 'sources', message: 'at least one source' },
    ]);
  });

  it('rejects a correction of an event that does not exist', () => {
    const files = withCorrection(validFiles(), { event: 'no-such-event' });
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rockets-fired-not-hit',
        field: 'corrections.0.event',
        message: 'unknown event "no-such-event"',
      },
    ]);
  });

  it('rejects a correction of a place that does not exist', () => {
    const files = withCorrection(validFiles(), { event: undefined, place: 'atlantis' });
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rockets-fired-not-hit',
        field: 'corrections.0.place',
        message: 'unknown place "atlantis"',
      },
    ]);
  });

  it('rejects a correction that names both an event and a place, or neither', () => {
    const message = 'a correction concerns exactly one item: give "event" or "place", not both';
    const both = withCorrection(validFiles(), { place: 'k1-air-base' });
    const neither = withCorrection(validFiles(), { event: undefined });
    expect(issuesOf(both)).toEqual([expect.objectContaining({ id: 'rockets-fired-not-hit', message })]);
    expect(issuesOf(neither)).toEqual([expect.objectContaining({ id: 'rockets-fired-not-hit', message })]);
  });

  it('rejects two corrections with one id', () => {
    const files = withCorrection(validFiles(), {});
    files.story.corrections.push({ ...files.story.corrections[0] });
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rockets-fired-not-hit',
        field: 'corrections.1.id',
        message: 'duplicate correction id "rockets-fired-not-hit"',
      },
    ]);
  });

  it('rejects a correction dated before the article it corrects was published', () => {
    const files = withCorrection(validFiles(), { date: '2019-12-31' });
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rockets-fired-not-hit',
        field: 'corrections.0.date',
        message: 'corrected 2019-12-31, before the article was published (2020-01-02)',
      },
    ]);
  });

  it('rejects a correction supported by Wikipedia alone', () => {
    const files = withCorrection(validFiles(), { sources: [WIKIPEDIA] });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ id: 'rockets-fired-not-hit', field: 'corrections.0.sources' }),
    ]);
  });
});

describe('countries', () => {
  it('accepts a region without a country: it spans several', () => {
    const files = validFiles();
    Object.assign(k1(files), { kind: 'region', country: undefined, radius_km: 400 });
    expect(issuesOf(files)).toEqual([]);
  });

  it('rejects any other place without a country', () => {
    const files = validFiles();
    k1(files).country = undefined;
    expect(issuesOf(files)).toContainEqual(
      expect.objectContaining({
        id: 'k1-air-base',
        message: 'a place needs its country (only a region spanning several countries may leave it out)',
      }),
    );
  });
});
