/**
 * Reading a story folder in Node: which folder STORY_DIR names, and files over the size limit refused before they
 * are read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readStoryFiles, storyDir } from '../../scripts/story-files.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('storyDir', () => {
  it('is geodata/ when STORY_DIR is unset or blank', () => {
    expect(storyDir(undefined)).toBe(GEODATA_DIR);
    expect(storyDir('  ')).toBe(GEODATA_DIR);
    expect(GEODATA_DIR).toBe(`${ROOT}geodata/`);
  });

  it('resolves a relative folder from the project root, ending in a slash', () => {
    expect(storyDir('bench/stories/100')).toBe(`${ROOT}bench/stories/100/`);
    expect(storyDir(' bench/stories/100/ ')).toBe(`${ROOT}bench/stories/100/`);
  });

  it('keeps an absolute folder', () => {
    expect(storyDir('/srv/stories/march')).toBe('/srv/stories/march/');
  });
});

describe('readStoryFiles', () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const area = JSON.stringify({ type: 'FeatureCollection', features: [] });

  it('reads files exactly at the size limit', () => {
    const dir = folder({ 'a.geojson': area, 'events.json': '{"x":1}', 'article.txt': 'Seven.' });
    const { files, issues } = readStoryFiles(dir, area.length);
    expect(issues).toEqual([]);
    expect(files.story).toEqual({ x: 1 });
    expect(files.articleText).toBe('Seven.');
    expect(Object.keys(files.areas)).toEqual(['a.geojson']);
  });

  it('refuses each file over the limit by name, without reading it', () => {
    const dir = folder({ 'a.geojson': area, 'events.json': '{"x":1}', 'article.txt': 'Too long.' });
    const { files, issues } = readStoryFiles(dir, 8);
    expect(issues.map((issue) => issue.file)).toEqual(['a.geojson', 'article.txt']);
    expect(issues[0]!.message).toBe(
      `the file is ${area.length} bytes, over the limit of 8 bytes per story file: split the story`,
    );
    expect(files.areas).toEqual({});
    expect(files.story).toEqual({ x: 1 });
    expect(files.articleText).toBe('');
  });
});
