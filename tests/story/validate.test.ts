import { describe, expect, it } from 'vitest';
import { formatIssue, validateStoryFiles, type ValidationIssue } from '../../src/story/validate.ts';
import { readCountryOutlines } from '../../scripts/story-files.ts';
import { squareAround, validFiles } from '../fixtures/story.ts';

const countries = readCountryOutlines();

function issuesOf(files: ReturnType<typeof validFiles>, withCountries = false): ValidationIssue[] {
  return validateStoryFiles(files, withCountries ? { countries } : {}).issues;
}

describe('validateStoryFiles', () => {
  it('accepts a valid story, with the geographic checks on', () => {
    const result = validateStoryFiles(validFiles(), { countries });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  describe('shape', () => {
    it('names file, feature and field for a missing name', () => {
      const files = validFiles();
      delete files.areas['kirkuk.geojson'].features[0].properties.name;
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({ file: 'kirkuk.geojson', id: 'k1-air-base', field: 'properties.name' }),
      );
    });

    it('rejects an approximate place without radius_km', () => {
      const files = validFiles();
      delete files.areas['kirkuk.geojson'].features[0].properties.radius_km;
      expect(issuesOf(files).map((issue) => issue.message)).toContain('an approximate place needs radius_km');
    });

    it('rejects an id that is not a slug', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.id = 'K1 Air Base';
      expect(issuesOf(files)[0]).toMatchObject({ file: 'kirkuk.geojson', field: 'properties.id' });
    });

    it('rejects a latitude beyond 90', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].geometry.coordinates = [44, 95];
      expect(issuesOf(files)[0]?.message).toBe('latitude above 90');
    });

    it('names the event and field for a malformed date', () => {
      const files = validFiles();
      files.story.events[2].date.start = '31/12/2019';
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({ file: 'events.json', id: 'embassy-attack', field: 'date.start' }),
      );
    });
  });

  describe('references', () => {
    it('rejects an event that names an unknown place', () => {
      const files = validFiles();
      files.story.events[1].places = ['k2-air-base'];
      expect(issuesOf(files)).toEqual([
        { file: 'events.json', id: 'rocket-attack', field: 'places.0', message: 'unknown place "k2-air-base"' },
      ]);
    });

    it('rejects a movement from an unknown place', () => {
      const files = validFiles();
      files.story.events[2].movement = {
        origin: 'atlantis',
        destination: 'us-embassy-baghdad',
        unit: 'A unit',
        unit_short: 'U',
        force: 'us-marine-infantry',
        size: '~100',
        mode: 'MV-22',
      };
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({
          id: 'embassy-attack',
          field: 'movement.origin',
          message: 'unknown place "atlantis"',
        }),
      );
    });

    it('rejects the same place id in two files', () => {
      const files = validFiles();
      files.areas['baghdad.geojson'].features[0].properties.id = 'k1-air-base';
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({
          file: 'baghdad.geojson',
          message: 'duplicate place id "k1-air-base" (also in kirkuk.geojson)',
        }),
      );
    });

    it('rejects background that names no step', () => {
      const files = validFiles();
      delete files.story.events[0].context_for;
      expect(issuesOf(files)).toContainEqual(expect.objectContaining({ id: 'rocket-campaign', field: 'context_for' }));
    });

    it('rejects background that names an unknown step', () => {
      const files = validFiles();
      files.story.events[0].context_for = 'no-such-step';
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({ id: 'rocket-campaign', message: 'no dated event called "no-such-step"' }),
      );
    });
  });

  describe('quotes', () => {
    it('rejects a quote that is not in the article', () => {
      const files = validFiles();
      files.story.events[1].quote = 'Rockets missed the base.';
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'rocket-attack',
          field: 'quote',
          message: 'quote does not occur verbatim in article.txt',
        },
      ]);
    });

    it('says when only the quotation marks differ', () => {
      const files = validFiles();
      files.story.events[1].quote = '"the game has changed,"';
      expect(issuesOf(files)[0]?.message).toMatch(/straight\/curly quotes swapped/);
    });
  });

  describe('order', () => {
    it('rejects events out of date order', () => {
      const files = validFiles();
      files.story.events[2].date = { precision: 'day', start: '2019-12-26' };
      expect(issuesOf(files)).toEqual([
        expect.objectContaining({
          id: 'embassy-attack',
          field: 'date.start',
          message: expect.stringMatching(/out of order/),
        }),
      ]);
    });

    it('rejects a timed event earlier the same day than the one before it', () => {
      const files = validFiles();
      files.story.events[2].date = { precision: 'time', start: '2019-12-27T08:00+03:00' };
      expect(issuesOf(files)).toContainEqual(expect.objectContaining({ id: 'embassy-attack', field: 'date.start' }));
    });
  });

  describe('geography', () => {
    it('rejects a point outside the country it claims', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.country = 'KWT';
      expect(issuesOf(files, true)).toEqual([
        expect.objectContaining({
          id: 'k1-air-base',
          field: 'geometry.coordinates',
          message: expect.stringMatching(/outside KWT/),
        }),
      ]);
    });

    it('rejects a polygon whose ring is not closed', () => {
      const files = validFiles();
      files.areas['baghdad.geojson'].features[0].geometry.coordinates[0].pop();
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({ id: 'us-embassy-baghdad', message: expect.stringMatching(/not closed/) }),
      );
    });

    it('rejects a polygon that crosses itself', () => {
      const files = validFiles();
      const ring = files.areas['baghdad.geojson'].features[0].geometry.coordinates[0];
      [ring[1], ring[2]] = [ring[2], ring[1]]; // a bow tie
      expect(issuesOf(files)).toContainEqual(
        expect.objectContaining({ id: 'us-embassy-baghdad', message: 'polygon crosses itself' }),
      );
    });

    it('rejects an embassy outline far from 104 acres', () => {
      const files = validFiles();
      files.areas['baghdad.geojson'].features[0].geometry.coordinates = [squareAround(44.396, 33.299, 400)];
      expect(issuesOf(files)).toEqual([
        expect.objectContaining({
          id: 'us-embassy-baghdad',
          message: expect.stringMatching(/covers 39\.\d acres; expected 95–115 \(area_acres\)/),
        }),
      ]);
    });
  });

  it('never throws on input that is not an object at all', () => {
    const result = validateStoryFiles({ areas: { 'x.geojson': 'nonsense' }, story: null, articleText: '' });
    expect(result.ok).toBe(false);
    expect(result.issues.map(formatIssue).join('\n')).toMatch(/^x\.geojson/);
  });
});
