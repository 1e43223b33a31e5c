/**
 * One named failing case for each event rule in validate.ts that the shape tests did not reach: deleting any of
 * these rules (or loosening its comparison) turns a test here red.
 */
import { describe, expect, it } from 'vitest';
import { validateStoryFiles, type ValidationIssue } from '../../src/core/validate.ts';
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
