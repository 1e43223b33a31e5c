import { describe, expect, it } from 'vitest';
import { copyName, isStoryFileName, parseSaveRequest, timeStamp } from '../../src/editor/save-request.ts';

const existing = new Set(['events.json', 'baghdad.geojson']);
const events = { events: [] };
const area = { type: 'FeatureCollection', features: [] };

describe('isStoryFileName', () => {
  it.each(['events.json', 'baghdad.geojson', 'fort-bragg.geojson', 'a_b.v2.geojson'])('accepts %s', (name) => {
    expect(isStoryFileName(name)).toBe(true);
  });
  it.each([
    '../events.json',
    '../../etc/passwd.geojson',
    'sub/baghdad.geojson',
    '..geojson',
    'a..b.geojson',
    '/abs.geojson',
    'article.txt',
    'other.json',
    '.backup.geojson',
    'baghdad.geojson\u0000.txt',
  ])('refuses %s', (name) => {
    expect(isStoryFileName(name)).toBe(false);
  });
});

describe('parseSaveRequest', () => {
  it('accepts events.json and an existing area of the right shapes', () => {
    const result = parseSaveRequest(
      { version: 'v1', files: { 'events.json': events, 'baghdad.geojson': area } },
      existing,
    );
    expect(result).toEqual({
      ok: true,
      request: { version: 'v1', mode: 'save', files: { 'events.json': events, 'baghdad.geojson': area } },
    });
  });

  it.each([
    ['no object', null, 'must be a JSON object'],
    ['no version', { files: { 'events.json': events } }, 'no version'],
    ['an unknown mode', { version: 'v', mode: 'delete', files: { 'events.json': events } }, 'mode'],
    ['no files', { version: 'v', files: {} }, 'no files'],
    ['a path', { version: 'v', files: { '../x.geojson': area } }, 'refused file name'],
    ['a new file', { version: 'v', files: { 'new.geojson': area } }, 'not a file of this story'],
    ['events without a list', { version: 'v', files: { 'events.json': { events: 3 } } }, '"events" list'],
    ['an area that is not a collection', { version: 'v', files: { 'baghdad.geojson': [] } }, 'JSON object'],
    ['an area of another type', { version: 'v', files: { 'baghdad.geojson': { type: 'Feature' } } }, 'Collection'],
  ])('refuses %s', (_, body, message) => {
    const result = parseSaveRequest(body, existing);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

describe('names', () => {
  it('a copy is .json beside the original, never an area the reader would load', () => {
    const stamp = timeStamp(new Date('2026-12-04T18:03:07.123Z'));
    expect(stamp).toBe('2026-12-04T18-03-07-123Z');
    expect(copyName('events.json', stamp)).toBe('events.2026-12-04T18-03-07-123Z.json');
    expect(copyName('baghdad.geojson', stamp)).toBe('baghdad.2026-12-04T18-03-07-123Z.json');
  });
});
