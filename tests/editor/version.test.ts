import { describe, expect, it } from 'vitest';
import { storyVersion } from '../../src/editor/version.ts';

describe('storyVersion', () => {
  const files = { 'events.json': '{"events":[]}', 'a.geojson': '{}', 'article.txt': 'Text.' };

  it('is the same for the same files, in any order', () => {
    const reordered = { 'article.txt': 'Text.', 'a.geojson': '{}', 'events.json': '{"events":[]}' };
    expect(storyVersion(reordered)).toBe(storyVersion(files));
  });

  it('changes when one character of one file changes', () => {
    expect(storyVersion({ ...files, 'article.txt': 'Text!' })).not.toBe(storyVersion(files));
  });

  it('changes when a file is renamed, added or removed', () => {
    const { 'a.geojson': area, ...rest } = files;
    expect(storyVersion({ ...rest, 'b.geojson': area })).not.toBe(storyVersion(files));
    expect(storyVersion(rest)).not.toBe(storyVersion(files));
  });

  it('does not confuse where one file ends and the next begins', () => {
    expect(storyVersion({ a: 'xy', b: '' })).not.toBe(storyVersion({ a: 'x', b: 'y' }));
  });
});
