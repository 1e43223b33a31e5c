/**
 * One named failing case for each event rule in validate.ts that the shape tests did not reach: deleting any of
 * these rules (or loosening its comparison) turns a test here red.
 */
import { describe, expect, it } from 'vitest';
import { validateStoryFiles, type ValidationIssue } from '../../src/story/validate.ts';
import { validFiles } from '../fixtures/story.ts';

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
      { file: 'events.json', id: 'embassy-attack', field: 'movement.destination', message: 'unknown place "atlantis"' },
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
