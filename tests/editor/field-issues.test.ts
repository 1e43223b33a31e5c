import { describe, expect, it } from 'vitest';
import { fieldIssues, issueField, itemHasIssues } from '../../src/editor/field-issues.ts';

describe('issueField', () => {
  it.each([
    ['title', 'event:e1:title'],
    ['date.start', 'event:e1:date'],
    ['actors.0', 'event:e1:actors'],
    ['places.2', 'event:e1:places'],
    ['sources', 'event:e1:sources'],
    ['sources.1', 'event:e1:sources.1'],
    ['sources.1.url', 'event:e1:sources.1.url'],
    ['map_labels.crowd', 'event:e1:other'],
    [undefined, 'event:e1:other'],
  ])('an event issue on %s goes to %s', (field, key) => {
    expect(issueField({ file: 'events.json', id: 'e1', field, message: 'm' })).toBe(key);
  });

  it.each([
    ['geometry.coordinates', 'place:p1:position'],
    ['properties.radius_km', 'place:p1:radius'],
    ['properties.name', 'place:p1:name'],
    ['properties.sources.0.url', 'place:p1:sources.0.url'],
    ['properties', 'place:p1:other'],
  ])('a place issue on %s goes to %s', (field, key) => {
    expect(issueField({ file: 'baghdad.geojson', id: 'p1', field, message: 'm' })).toBe(key);
  });

  it('story-wide issues, corrections and items without an id belong to no form field', () => {
    expect(issueField({ file: 'events.json', message: '2 events need review: a, b' })).toBeUndefined();
    expect(issueField({ file: '*.geojson', message: '1 place needs review: x' })).toBeUndefined();
    expect(issueField({ file: 'events.json', id: 'c1', field: 'corrections.0.date', message: 'm' })).toBeUndefined();
    expect(issueField({ file: 'events.json', id: '#3', field: 'title', message: 'm' })).toBeUndefined();
  });
});

describe('fieldIssues', () => {
  it('gathers the messages of each field, and the general ones apart', () => {
    const sorted = fieldIssues([
      { file: 'events.json', id: 'e1', field: 'title', message: 'must not be empty' },
      { file: 'events.json', id: 'e1', field: 'title', message: 'too long' },
      { file: 'events.json', message: '1 event needs review: e1' },
    ]);
    expect(sorted.byField.get('event:e1:title')).toEqual(['must not be empty', 'too long']);
    expect(sorted.general.map((issue) => issue.message)).toEqual(['1 event needs review: e1']);
    expect(itemHasIssues(sorted, 'event', 'e1')).toBe(true);
    expect(itemHasIssues(sorted, 'event', 'e')).toBe(false);
  });
});
