/**
 * The story's size limits: each checked from a size or a count alone, exactly at the limit (accepted) and one over
 * (refused, with a message naming the limit), so no test needs a 50 MB file or 50,000 events.
 */
import { describe, expect, it } from 'vitest';
import { countIssue, fileSizeIssue, formatBytes, STORY_LIMITS } from '../../src/story/limits.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { validFiles } from '../fixtures/story.ts';

describe('STORY_LIMITS', () => {
  it('allows 50 MB per file, 50,000 events and 50,000 places', () => {
    expect(STORY_LIMITS).toEqual({ maxFileBytes: 52_428_800, maxEvents: 50_000, maxPlaces: 50_000 });
  });
});

describe('formatBytes', () => {
  it('gives whole megabytes as MB', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(2048 * 1024 * 1024)).toBe('2,048 MB');
  });

  it('gives anything else in bytes', () => {
    expect(formatBytes(50 * 1024 * 1024 + 1)).toBe('52,428,801 bytes');
    expect(formatBytes(1023)).toBe('1,023 bytes');
  });
});

describe('fileSizeIssue', () => {
  it('accepts a file exactly at the limit', () => {
    expect(fileSizeIssue('events.json', STORY_LIMITS.maxFileBytes)).toBeUndefined();
  });

  it('refuses a file one byte over the limit, naming the file and the limit', () => {
    expect(fileSizeIssue('events.json', STORY_LIMITS.maxFileBytes + 1)).toEqual({
      file: 'events.json',
      message: 'the file is 52,428,801 bytes, over the limit of 50 MB per story file: split the story',
    });
  });

  it('takes the limit as an argument', () => {
    expect(fileSizeIssue('a.geojson', 10, 10)).toBeUndefined();
    expect(fileSizeIssue('a.geojson', 11, 10)?.message).toBe(
      'the file is 11 bytes, over the limit of 10 bytes per story file: split the story',
    );
  });

  it('lets a file of unknown or unreadable size through, to be checked once it has arrived', () => {
    expect(fileSizeIssue('events.json', undefined)).toBeUndefined();
    expect(fileSizeIssue('events.json', Number.NaN)).toBeUndefined();
  });
});

describe('countIssue', () => {
  it('accepts exactly the limit', () => {
    expect(countIssue('events.json', 'events', 50_000, 50_000)).toBeUndefined();
  });

  it('refuses one event over the limit, naming the count, the limit and the list', () => {
    expect(countIssue('events.json', 'events', 50_001, 50_000)).toEqual({
      file: 'events.json',
      field: 'events',
      message: '50,001 events, over the limit of 50,000 events per story: split the story',
    });
  });

  it('names places without a field: they are spread over the area files', () => {
    expect(countIssue('*.geojson', 'places', 3, 2)).toEqual({
      file: '*.geojson',
      field: undefined,
      message: '3 places, over the limit of 2 places per story: split the story',
    });
  });
});

describe('validateStoryFiles with limits', () => {
  it('accepts a story with exactly as many events and places as allowed', () => {
    const files = validFiles();
    expect(validateStoryFiles(files, { limits: { maxEvents: 3, maxPlaces: 2 } }).issues).toEqual([]);
  });

  it('refuses one event too many before validating any event', () => {
    const files = validFiles();
    // A broken event would give its own issue if events were validated: the count issue comes alone.
    files.story.events[1].quote = 'not in the article';
    expect(validateStoryFiles(files, { limits: { maxEvents: 2 } }).issues).toEqual([
      {
        file: 'events.json',
        field: 'events',
        message: '3 events, over the limit of 2 events per story: split the story',
      },
    ]);
  });

  it('refuses one place too many, counted over all area files, before validating any place', () => {
    const files = validFiles();
    files.areas['kirkuk.geojson'].features[0].properties.kind = 'castle';
    expect(validateStoryFiles(files, { limits: { maxPlaces: 1 } }).issues).toEqual([
      {
        file: '*.geojson',
        field: undefined,
        message: '2 places, over the limit of 1 places per story: split the story',
      },
    ]);
  });

  it('names the story file it was given', () => {
    const files = { ...validFiles(), storyFileName: 'story/events.json' };
    expect(validateStoryFiles(files, { limits: { maxEvents: 1 } }).issues[0]?.file).toBe('story/events.json');
  });

  it('counts no events in a story without an event list, leaving that to the schema', () => {
    const files = validFiles();
    files.story.events = 'many';
    const issues = validateStoryFiles(files, { limits: { maxEvents: 0 } }).issues;
    expect(issues.map((issue) => issue.field)).toEqual(['events']);
    expect(issues[0]!.message).not.toMatch(/limit/);
  });

  it('uses the default limits when given none', () => {
    expect(validateStoryFiles(validFiles()).ok).toBe(true);
  });
});
