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

/**
 * One named failing case for each event rule in validate.ts that the shape tests did not reach: deleting any of
 * these rules (or loosening its comparison) turns a test here red.
 */
describe('validate-rules', () => {
  const issuesOf = (files: ReturnType<typeof validFiles>): ValidationIssue[] => validateStoryFiles(files).issues;

  describe('event rules', () => {
    it('rejects a duplicate event id, naming the second one', () => {
      const files = validFiles();
      files.story.events.push({ ...files.story.events[2], date: { precision: 'day', start: '2020-01-01' } });
      expect(issuesOf(files)).toEqual([
        { file: 'events.json', id: 'embassy-attack', field: 'id', message: 'duplicate event id "embassy-attack"' },
      ]);
    });

    it('rejects a dated event (a step) with no places', () => {
      const files = validFiles();
      files.story.events[2].places = [];
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'places',
          message: 'a dated event needs at least one place',
        },
      ]);
    });

    it('accepts a background event with no places', () => {
      const files = validFiles();
      expect(files.story.events[0].places).toEqual([]);
      expect(issuesOf(files)).toEqual([]);
    });

    it('rejects a movement to an unknown place', () => {
      const files = validFiles();
      files.story.events[2].movement = {
        origin: 'k1-air-base',
        destination: 'atlantis',
        unit: 'A unit',
        unit_short: 'U',
        force: 'us-marine-infantry',
        size: '~100',
        mode: 'helicopter',
      };
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'movement.destination',
          message: 'unknown place "atlantis"',
        },
      ]);
    });

    it('rejects context_for on a dated event: only background explains a step', () => {
      const files = validFiles();
      files.story.events[2].context_for = 'rocket-attack';
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'context_for',
          message: 'only range-dated background events take context_for',
        },
      ]);
    });

    it('rejects background that names another background event instead of a step', () => {
      const files = validFiles();
      files.story.events.unshift({ ...files.story.events[0], id: 'older-background' });
      files.story.events[1].context_for = 'older-background';
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'rocket-campaign',
          field: 'context_for',
          message: 'no dated event called "older-background"',
        },
      ]);
    });

    it('rejects background that starts after the step it explains', () => {
      const files = validFiles();
      const [background] = files.story.events.splice(0, 1);
      // Last in the list (so date order holds), but explaining a step before it.
      files.story.events.push({
        ...background,
        date: { precision: 'range', start: '2020-01-01', end: '2020-01-02', label: 'New Year' },
        context_for: 'embassy-attack',
      });
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'rocket-campaign',
          field: 'date.start',
          message: 'starts after the step it explains ("embassy-attack")',
        },
      ]);
    });

    it('accepts background that starts the same day as the step it explains', () => {
      const files = validFiles();
      const [background] = files.story.events.splice(0, 1);
      files.story.events.splice(1, 0, {
        ...background,
        date: { precision: 'range', start: '2019-12-31', end: '2020-01-02', label: 'From New Year’s Eve' },
        context_for: 'embassy-attack',
      });
      expect(issuesOf(files)).toEqual([]);
    });

    it('accepts two events at the same moment, in either order', () => {
      const files = validFiles();
      files.story.events.push({ ...files.story.events[2], id: 'same-day' });
      expect(issuesOf(files)).toEqual([]);
    });
  });

  describe('article names (places)', () => {
    it('accepts names the article uses as whole words', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.article_names = ['base', 'Rockets'];
      expect(issuesOf(files)).toEqual([]);
    });

    it('rejects a name the article never uses, naming its position', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.article_names = ['base', 'Kirkuk'];
      expect(issuesOf(files)).toEqual([
        {
          file: 'kirkuk.geojson',
          id: 'k1-air-base',
          field: 'properties.article_names.1',
          message: '"Kirkuk" does not occur in article.txt as a whole word (names are case-sensitive)',
        },
      ]);
    });

    it('rejects a name found only inside a longer word, or only in another case', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.article_names = ['Rocket', 'rockets'];
      expect(issuesOf(files).map((issue) => issue.field)).toEqual([
        'properties.article_names.0',
        'properties.article_names.1',
      ]);
    });

    it('names the article file it was given', () => {
      const files = { ...validFiles(), articleFileName: 'story.txt' };
      files.areas['kirkuk.geojson'].features[0].properties.article_names = ['Kirkuk'];
      expect(issuesOf(files)[0]!.message).toContain('in story.txt');
    });

    it('rejects an empty list or an empty name', () => {
      const files = validFiles();
      files.areas['kirkuk.geojson'].features[0].properties.article_names = [];
      files.areas['baghdad.geojson'].features[0].properties.article_names = [' '];
      // The places fail their schema, so events naming them also report unknown places: only the areas' issues here.
      expect(issuesOf(files).filter((issue) => issue.file !== 'events.json')).toEqual([
        {
          file: 'kirkuk.geojson',
          id: 'k1-air-base',
          field: 'properties.article_names',
          message: 'list at least one name, or leave article_names out',
        },
        {
          file: 'baghdad.geojson',
          id: 'us-embassy-baghdad',
          field: 'properties.article_names.0',
          message: 'must not be empty',
        },
      ]);
    });
  });

  /** The fixture's attack given a gate on its compound: the places a crowd animation needs. */
  function withGate(files: ReturnType<typeof validFiles>): ReturnType<typeof validFiles> {
    files.areas['baghdad.geojson'].features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44.396, 33.2962] },
      properties: {
        id: 'compound-gate',
        name: 'South gate',
        kind: 'gate',
        country: 'IRQ',
        description: 'The gate the crowd broke.',
        precision: 'approximate',
        radius_km: 0.1,
        sources: [{ outlet: 'Example', title: 'The gate', url: 'https://example.org/gate' }],
      },
    });
    files.story.events[2].places.push('compound-gate');
    return files;
  }

  describe('declared animations (events)', () => {
    it('accepts a crowd on a compound with a gate', () => {
      const files = withGate(validFiles());
      files.story.events[2].animation = 'crowd';
      expect(issuesOf(files)).toEqual([]);
    });

    it('rejects a crowd without a gate, naming what it needs', () => {
      const files = validFiles();
      files.story.events[2].animation = 'crowd';
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'animation',
          message: 'a crowd animation needs a gate place and a compound place',
        },
      ]);
    });

    it('rejects rocket fire without a launch area', () => {
      const files = validFiles();
      files.story.events[1].animation = 'rockets';
      expect(issuesOf(files).map((issue) => [issue.id, issue.field, issue.message])).toEqual([
        ['rocket-attack', 'animation', 'a rockets animation needs a launch-area place'],
      ]);
    });

    it('rejects an animation it does not know, listing those it does', () => {
      const files = validFiles();
      files.story.events[1].animation = 'earthquake';
      expect(issuesOf(files).map((issue) => [issue.field, issue.message])).toEqual([
        [
          'animation',
          'Invalid type: Expected ("movement" | "rockets" | "strikes" | "crowd" | "anticipated" | "none") but received "earthquake"',
        ],
      ]);
    });

    it('accepts none on any step', () => {
      const files = withGate(validFiles());
      files.story.events[2].animation = 'none';
      expect(issuesOf(files)).toEqual([]);
    });
  });

  describe('map labels (events)', () => {
    it('accepts the labels a crowd draws', () => {
      const files = withGate(validFiles());
      files.story.events[2].map_labels = { crowd: 'The crowd', fire: 'On fire', fire_after: 'Burned' };
      expect(issuesOf(files)).toEqual([]);
    });

    it('accepts an anticipated label on a deployment of a force', () => {
      const files = validFiles();
      Object.assign(files.story.events[2], {
        kind: 'deployment',
        force: 'us-marine-infantry',
        map_labels: { anticipated: 'More to come' },
      });
      expect(issuesOf(files)).toEqual([]);
    });

    it('rejects a label the step’s animation never draws, saying which it can have', () => {
      const files = withGate(validFiles());
      files.story.events[2].map_labels = { anticipated: 'More to come' };
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'map_labels.anticipated',
          message: 'a crowd animation draws no "anticipated" label (it can have crowd, fire, fire_after)',
        },
      ]);
    });

    it('rejects any label on a step that draws none', () => {
      const files = validFiles();
      Object.assign(files.story.events[2], { kind: 'statement', map_labels: { crowd: 'The crowd' } });
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'map_labels.crowd',
          message: 'a step without animation draws no "crowd" label (it has no map labels)',
        },
      ]);
    });

    it('rejects an unknown key, an empty label and one over the length limit', () => {
      const files = validFiles();
      files.story.events[2].map_labels = { crowds: 'The crowd' };
      expect(issuesOf(files).map((issue) => [issue.field, issue.message])).toEqual([
        ['map_labels.crowds', 'Invalid key: Expected never but received "crowds"'],
      ]);
      files.story.events[2].map_labels = { crowd: '  ', fire: 'x'.repeat(81) };
      expect(issuesOf(files).map((issue) => [issue.field, issue.message])).toEqual([
        ['map_labels.crowd', 'must not be empty'],
        ['map_labels.fire', 'a map label must be at most 80 characters'],
      ]);
    });

    it('accepts a label exactly at the length limit', () => {
      const files = withGate(validFiles());
      files.story.events[2].map_labels = { fire: 'x'.repeat(80) };
      expect(issuesOf(files)).toEqual([]);
    });
  });

  describe('the story’s forces', () => {
    const MARINES = { sidc: 'SFGPUCIN---E---', meaning: 'Friendly marine infantry, company-sized' };
    const move = (force: string) => ({
      origin: 'k1-air-base',
      destination: 'us-embassy-baghdad',
      unit: 'A unit',
      unit_short: 'U',
      force,
      size: '~100',
      mode: 'helicopter',
    });

    it('accepts a movement of a force the story declares, and an event drawing one', () => {
      const files = validFiles();
      files.story.forces = { marines: MARINES };
      files.story.events[2].movement = move('marines');
      files.story.events[2].force = 'marines';
      expect(issuesOf(files)).toEqual([]);
    });

    it('rejects a movement of a force the story does not declare, naming it', () => {
      const files = validFiles();
      files.story.forces = { marines: MARINES };
      files.story.events[2].movement = move('tanks');
      expect(issuesOf(files)).toEqual([
        {
          file: 'events.json',
          id: 'embassy-attack',
          field: 'movement.force',
          message: 'unknown force "tanks": list it under forces with its symbol code',
        },
      ]);
    });

    it('rejects an event drawing a force the story does not declare', () => {
      const files = validFiles();
      files.story.events[2].force = 'crowd';
      expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'embassy-attack', field: 'force' })]);
    });

    it('rejects a symbol code that is not 15 letters, an empty meaning and an unknown key', () => {
      const files = validFiles();
      files.story.forces = { marines: { sidc: 'SFG', meaning: ' ', colour: 'red' } };
      expect(issuesOf(files).map((issue) => [issue.field, issue.message])).toEqual([
        ['forces.marines.sidc', 'must be a 15-character MIL-STD-2525C letter code like "SFGPUCI----F---"'],
        ['forces.marines.meaning', 'must not be empty'],
        ['forces.marines.colour', 'Invalid key: Expected never but received "colour"'],
      ]);
    });
  });
});

/**
 * The exact wording and addressing of validation issues (file, id, field), and which rules give way to which:
 * the messages are what a person editing the data reads, so they are behaviour, not decoration.
 */
describe('validate-details', () => {
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
});
