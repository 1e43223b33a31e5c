/**
 * The exact wording and addressing of validation issues (file, id, field), and which rules give way to which:
 * the messages are what a person editing the data reads, so they are behaviour, not decoration.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, validateStoryFiles, type ValidationIssue } from '../../src/story/validate.ts';
import { readCountryOutlines } from '../../scripts/story-files.ts';
import { squareAround, validFiles } from '../fixtures/story.ts';

const countries = readCountryOutlines();

function issuesOf(files: ReturnType<typeof validFiles>, withCountries = false): ValidationIssue[] {
  return validateStoryFiles(files, withCountries ? { countries } : {}).issues;
}

describe('formatIssue', () => {
  it('joins file, id and field with › and puts the message after a colon', () => {
    expect(formatIssue({ file: 'events.json', id: 'a', field: 'quote', message: 'm' })).toBe(
      'events.json › a › quote: m',
    );
  });

  it('leaves out a missing id or field', () => {
    expect(formatIssue({ file: 'events.json', field: 'quote', message: 'm' })).toBe('events.json › quote: m');
    expect(formatIssue({ file: 'x.geojson', message: 'm' })).toBe('x.geojson: m');
  });
});

describe('schema issues: which feature or event, which field', () => {
  it('names a feature that is not an object by its position, and its path as the field', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0] = null;
    const issues = issuesOf(files);
    expect(issues[0]).toMatchObject({ file: 'kirkuk.geojson', id: '#0', field: 'features.0' });
  });

  it('names a feature whose id is not a string by its position', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.id = 7;
    expect(issuesOf(files)[0]).toMatchObject({ file: 'kirkuk.geojson', id: '#0', field: 'properties.id' });
  });

  it('names a feature without properties by its position', () => {
    const files = validFiles();
    delete files.areas['kirkuk.geojson'].features[0].properties;
    expect(issuesOf(files)[0]).toMatchObject({ file: 'kirkuk.geojson', id: '#0', field: 'properties' });
  });

  it('gives the dotted path of a field outside the feature list, with no id', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].type = 'Collection';
    const issue = issuesOf(files)[0]!;
    expect(issue).toMatchObject({ file: 'kirkuk.geojson', field: 'type' });
    expect(issue.id).toBeUndefined();
  });

  it('gives no field for a problem with the whole file', () => {
    const issues = validateStoryFiles({ areas: {}, story: null, articleText: '' }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('events.json');
    expect(issues[0]!.field).toBeUndefined();
    expect(issues[0]!.id).toBeUndefined();
  });

  it('does not throw on an area file that is null', () => {
    const result = validateStoryFiles({ areas: { 'x.geojson': null }, story: validFiles().story, articleText: '' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.file).toBe('x.geojson');
  });

  it('names an event that is not an object by its position', () => {
    const files = validFiles();
    files.story.events[1] = null;
    expect(issuesOf(files)[0]).toMatchObject({ file: 'events.json', id: '#1' });
  });

  it('names a malformed event by its id and the field inside it', () => {
    const files = validFiles();
    files.story.events[1].title = '';
    expect(issuesOf(files)[0]).toMatchObject({ file: 'events.json', id: 'rocket-attack', field: 'title' });
  });
});

describe('polygon rules', () => {
  it('names the ring that is not closed and says so', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].geometry.coordinates[0].pop();
    expect(issuesOf(files)).toEqual([
      {
        file: 'baghdad.geojson',
        id: 'us-embassy-baghdad',
        field: 'geometry.coordinates.0',
        message: 'ring is not closed: its first and last positions differ',
      },
    ]);
  });

  it('finds a ring open in latitude only, and one open in longitude only', () => {
    for (const axis of [0, 1]) {
      const files = validFiles();
      const ring = files.areas['baghdad.geojson'].features[0].geometry.coordinates[0];
      ring[ring.length - 1] = [...ring[0]];
      ring[ring.length - 1][axis] += 0.0001;
      expect(issuesOf(files).map((issue) => issue.field)).toContain('geometry.coordinates.0');
    }
  });

  it('reports only the open ring, not a crossing or the area, when a ring is open', () => {
    const files = validFiles();
    const ring = files.areas['baghdad.geojson'].features[0].geometry.coordinates[0];
    [ring[1], ring[2]] = [ring[2], ring[1]];
    ring.pop();
    expect(issuesOf(files, true).map((issue) => issue.message)).toEqual([
      'ring is not closed: its first and last positions differ',
    ]);
  });

  it('names the field of a polygon that crosses itself', () => {
    const files = validFiles();
    const ring = files.areas['baghdad.geojson'].features[0].geometry.coordinates[0];
    [ring[1], ring[2]] = [ring[2], ring[1]];
    expect(issuesOf(files)).toEqual([
      {
        file: 'baghdad.geojson',
        id: 'us-embassy-baghdad',
        field: 'geometry.coordinates',
        message: 'polygon crosses itself',
      },
    ]);
  });

  it('rejects an embassy outline that is too large, naming the geometry', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].geometry.coordinates = [squareAround(44.396, 33.299, 720)];
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ id: 'us-embassy-baghdad', field: 'geometry' });
    expect(issues[0]!.message).toMatch(/^the outline covers 12\d\.\d acres; expected 95–115 \(area_acres\)$/);
  });

  it('accepts embassy outlines near both ends of the band', () => {
    for (const metres of [625, 680]) {
      const files = validFiles();
      files.areas['baghdad.geojson'].features[0].geometry.coordinates = [squareAround(44.396, 33.299, metres)];
      expect(issuesOf(files)).toEqual([]);
    }
  });

  it('does not hold a polygon without area_acres to any size, whatever its kind', () => {
    const files = validFiles();
    const feature = files.areas['baghdad.geojson'].features[0];
    delete feature.properties.area_acres;
    feature.geometry.coordinates = [squareAround(44.396, 33.299, 100)];
    expect(issuesOf(files, true)).toEqual([]);
  });

  it('holds any polygon with area_acres to its band, not only an embassy', () => {
    const files = validFiles();
    const feature = files.areas['baghdad.geojson'].features[0];
    feature.properties.kind = 'district';
    feature.properties.area_acres = [1, 2];
    expect(issuesOf(files).map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^the outline covers 10\d\.\d acres; expected 1–2 \(area_acres\)$/),
    ]);
  });

  it('rejects area_acres on a point: only a polygon has an area', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.area_acres = [1, 2];
    expect(issuesOf(files)).toEqual([
      {
        file: 'kirkuk.geojson',
        id: 'k1-air-base',
        field: 'properties.area_acres',
        message: 'only a polygon has an area: area_acres needs one',
      },
    ]);
  });

  it('rejects a band given largest first, or starting at zero', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].properties.area_acres = [115, 95];
    files.areas['kirkuk.geojson'].features[0].properties.area_acres = [0, 5];
    const own = issuesOf(files).filter((issue) => issue.file !== 'events.json');
    expect(own.map((issue) => [issue.file, issue.field, issue.message])).toEqual([
      ['kirkuk.geojson', 'properties.area_acres.0', 'must be more than 0'],
      ['baghdad.geojson', 'properties.area_acres', 'area_acres is [smallest, largest]: the smallest first'],
    ]);
  });

  it('takes a band of one value: the smallest may equal the largest', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].properties.area_acres = [95, 95];
    expect(issuesOf(files)[0]?.message).toMatch(/expected 95–95/);
  });
});

describe('country rule', () => {
  it('says which position lies outside which country', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.country = 'KWT';
    expect(issuesOf(files, true)).toEqual([
      {
        file: 'kirkuk.geojson',
        id: 'k1-air-base',
        field: 'geometry.coordinates',
        message: '[44.2842, 35.5125] lies outside KWT',
      },
    ]);
  });

  it('checks every vertex of a polygon, not only the first', () => {
    const files = validFiles();
    const ring = files.areas['baghdad.geojson'].features[0].geometry.coordinates[0];
    // Stretch the square's third corner far into Iran; the first corner stays in Baghdad.
    const far = [...ring];
    far[2] = [48.5, 33.0];
    delete files.areas['baghdad.geojson'].features[0].properties.area_acres;
    files.areas['baghdad.geojson'].features[0].geometry.coordinates = [far];
    expect(issuesOf(files, true)).toEqual([
      expect.objectContaining({ id: 'us-embassy-baghdad', message: '[48.5, 33] lies outside IRQ' }),
    ]);
  });

  it('reports a country without a known outline', () => {
    const files = validFiles();
    const only = new Map([...countries].filter(([code]) => code !== 'IRQ'));
    const issues = validateStoryFiles(files, { countries: only }).issues;
    expect(issues).toContainEqual({
      file: 'kirkuk.geojson',
      id: 'k1-air-base',
      field: 'properties.country',
      message: 'no outline known for country IRQ',
    });
  });

  it('checks any country, not only the first story’s: a place in Ukraine named as in Ukraine passes', () => {
    const files = validFiles();
    const k1 = files.areas['kirkuk.geojson'].features[0];
    k1.geometry.coordinates = [30.52, 50.45];
    k1.properties.country = 'UKR';
    expect(issuesOf(files, true)).toEqual([]);
  });

  it('rejects a country that is not an alpha-3 code', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.country = 'Iraq';
    expect(issuesOf(files, false)).toContainEqual(
      expect.objectContaining({
        id: 'k1-air-base',
        field: 'properties.country',
        message: 'must be an ISO 3166-1 alpha-3 code like "FRA"',
      }),
    );
  });

  it('skips the country check when no outlines are given', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.country = 'KWT';
    expect(issuesOf(files, false)).toEqual([]);
  });
});

describe('event rules: exact messages', () => {
  it('says a background event must name its step', () => {
    const files = validFiles();
    delete files.story.events[0].context_for;
    expect(issuesOf(files)).toEqual([
      {
        file: 'events.json',
        id: 'rocket-campaign',
        field: 'context_for',
        message: 'a range-dated background event must name the step it explains',
      },
    ]);
  });

  it('names the place id given twice and the file it was first in', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].properties.id = 'k1-air-base';
    files.story.events[2].places = ['k1-air-base'];
    expect(issuesOf(files)).toEqual([
      {
        file: 'baghdad.geojson',
        id: 'k1-air-base',
        field: 'properties.id',
        message: 'duplicate place id "k1-air-base" (also in kirkuk.geojson)',
      },
    ]);
  });

  it('is not ok when there is any issue, and gives no data then', () => {
    const files = validFiles();
    files.story.events[1].places = ['nowhere'];
    const result = validateStoryFiles(files);
    expect(result.ok).toBe(false);
    expect('data' in result).toBe(false);
  });

  it('uses the given file names in issues', () => {
    const files = { ...validFiles(), storyFileName: 'story/events.json', articleFileName: 'story/article.txt' };
    files.story.events[1].quote = 'Not in the article.';
    expect(issuesOf(files)).toEqual([
      {
        file: 'story/events.json',
        id: 'rocket-attack',
        field: 'quote',
        message: 'quote does not occur verbatim in story/article.txt',
      },
    ]);
  });
});

describe('more rules at their edges', () => {
  it('does not throw when an area’s features are not a list', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features = 'none';
    const issues = issuesOf(files);
    expect(issues[0]).toMatchObject({ file: 'kirkuk.geojson', field: 'features' });
    expect(issues[0]!.id).toBeUndefined();
  });

  it('reports an open ring only once even when the ring also lies outside its country', () => {
    const files = validFiles();
    const feature = files.areas['baghdad.geojson'].features[0];
    feature.properties.country = 'KWT';
    feature.geometry.coordinates[0].pop();
    expect(issuesOf(files, true).map((issue) => issue.field)).toEqual(['geometry.coordinates.0']);
  });

  it('counts a source from the article’s outlet with another title as corroboration', () => {
    const files = validFiles();
    files.story.events[1].sources = [
      { outlet: 'The Paper', title: 'Another report', date: '2019-12-28', url: 'https://example.org/other' },
    ];
    expect(issuesOf(files)).toEqual([]);
  });

  it('counts a source with the article’s title from another outlet as corroboration', () => {
    const files = validFiles();
    files.story.events[1].sources = [
      { outlet: 'Another Paper', title: 'A title', date: '2019-12-28', url: 'https://example.org/other' },
    ];
    expect(issuesOf(files)).toEqual([]);
  });

  it('names a place’s source field when a second place cites a tracking variant of the first’s', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].properties.sources.push({
      outlet: 'Agency',
      title: 'K-1',
      url: 'https://example.org/k1-air-base?fbclid=abc',
    });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        file: 'baghdad.geojson',
        id: 'us-embassy-baghdad',
        field: 'properties.sources.1.url',
      }),
    ]);
  });
});
