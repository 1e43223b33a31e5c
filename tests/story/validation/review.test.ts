/**
 * Publishing refuses what a person has not checked: items a draft marked `review: "draft"`, and places the draft
 * could not put on the map (`geometry: null`, with candidates), are counted and named before anything else.
 */
import { describe, expect, it } from 'vitest';
import { validateStoryFiles, type ValidationIssue } from '../../../src/story/validate.ts';
import { validFiles } from '../../fixtures/story.ts';

type Files = ReturnType<typeof validFiles>;
const issuesOf = (files: Files): ValidationIssue[] => validateStoryFiles(files).issues;
const k1Feature = (files: Files) => files.areas['kirkuk.geojson'].features[0];
const CANDIDATE = { name: 'Kirkuk', country: 'IRQ', lon: 44.39, lat: 35.47, source: 'Natural Earth' };

describe('review before publishing', () => {
  it('accepts items a person has reviewed, with the sentence they came from', () => {
    const files = validFiles();
    Object.assign(files.story.events[1], { review: 'reviewed', from_sentence: 'Rockets hit the base.' });
    Object.assign(k1Feature(files).properties, { review: 'reviewed', from_sentence: 'Rockets hit the base.' });
    expect(issuesOf(files)).toEqual([]);
  });

  it('refuses events still in draft, counting and naming them', () => {
    const files = validFiles();
    files.story.events[1].review = 'draft';
    files.story.events[2].review = 'draft';
    expect(issuesOf(files)).toEqual([
      { file: 'events.json', message: '2 events need review: Rockets hit K-1, Embassy attacked' },
    ]);
  });

  it('refuses a place still in draft, naming it', () => {
    const files = validFiles();
    k1Feature(files).properties.review = 'draft';
    expect(issuesOf(files)).toEqual([{ file: '*.geojson', message: '1 place needs review: K-1 Air Base' }]);
  });

  it('reports a place with no position once, as needing review, not as a broken geometry', () => {
    const files = validFiles();
    Object.assign(k1Feature(files), { geometry: null });
    Object.assign(k1Feature(files).properties, { review: 'draft', candidates: [CANDIDATE] });
    expect(issuesOf(files)).toEqual([{ file: '*.geojson', message: '1 place needs review: K-1 Air Base' }]);
  });

  it('names ten items and counts the rest', () => {
    const files = validFiles();
    const event = files.story.events[1];
    files.story.events = Array.from({ length: 12 }, (_, i) => ({
      ...event,
      id: `e-${i}`,
      title: `E${i}`,
      review: 'draft',
    }));
    expect(issuesOf(files)[0]).toEqual({
      file: 'events.json',
      message: '12 events need review: E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, and 2 more',
    });
  });

  it('keeps a drafted day marked approximate (the article’s date given to a sentence without one)', () => {
    const files = validFiles();
    files.story.events[2].date = { precision: 'day', start: '2019-12-31', approximate: true };
    const result = validateStoryFiles(files);
    expect(result.ok && result.data.story.events[2]!.date).toEqual({
      precision: 'day',
      start: '2019-12-31',
      approximate: true,
    });
  });

  it('rejects a review status it does not know', () => {
    const files = validFiles();
    files.story.events[1].review = 'approved';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'rocket-attack', field: 'review' })]);
  });
});
