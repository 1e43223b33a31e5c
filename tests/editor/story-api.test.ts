import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFolder, saveToFolder } from '../../scripts/story-api.ts';

const GEODATA = new URL('../../geodata/', import.meta.url).pathname;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'story-api-'));
  cpSync(GEODATA, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-12-04T18:00:00.000Z');
const readJson = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { events: { title: string }[] };

function withTitle(title: string) {
  const story = readJson('events.json');
  story.events[0]!.title = title;
  return story;
}

describe('saveToFolder', () => {
  it('writes the changed file, keeps the previous one as a backup, and leaves no temporary file', () => {
    const { version, files } = readFolder(dir);
    const outcome = saveToFolder(dir, { version, files: { 'events.json': withTitle('New title') } }, NOW);
    expect(outcome.status).toBe(200);
    expect(outcome.body['written']).toEqual(['events.json']);
    expect(readJson('events.json').events[0]!.title).toBe('New title');
    const backup = join(dir, '.backup', '2026-12-04T18-00-00-000Z');
    expect(readdirSync(backup)).toEqual(['events.json']);
    expect(readFileSync(join(backup, 'events.json'), 'utf8')).toBe(files['events.json']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(outcome.body['version']).toBe(readFolder(dir).version);
  });

  it('writes nothing, and makes no backup, for a file whose content is unchanged', () => {
    const { version } = readFolder(dir);
    const outcome = saveToFolder(dir, { version, files: { 'events.json': readJson('events.json') } }, NOW);
    expect(outcome.body['written']).toEqual([]);
    expect(readdirSync(dir)).not.toContain('.backup');
  });

  it('refuses to write over files changed since they were loaded, and answers with the current ones', () => {
    const { version } = readFolder(dir);
    const theirs = withTitle('Their title');
    writeFileSync(join(dir, 'events.json'), JSON.stringify(theirs, null, 2) + '\n');
    const outcome = saveToFolder(dir, { version, files: { 'events.json': withTitle('My title') } }, NOW);
    expect(outcome.status).toBe(409);
    expect(readJson('events.json').events[0]!.title).toBe('Their title');
    expect(outcome.body['version']).toBe(readFolder(dir).version);
    expect(String((outcome.body['files'] as Record<string, string>)['events.json'])).toContain('Their title');
  });

  it('an article changed on disk is a conflict too', () => {
    const { version } = readFolder(dir);
    writeFileSync(join(dir, 'article.txt'), 'Rewritten.');
    expect(saveToFolder(dir, { version, files: { 'events.json': withTitle('Mine') } }, NOW).status).toBe(409);
  });

  it('"Keep both" writes mine as a copy beside theirs and leaves theirs intact', () => {
    const theirs = readFileSync(join(dir, 'events.json'), 'utf8');
    const outcome = saveToFolder(
      dir,
      { version: 'stale', mode: 'copy', files: { 'events.json': withTitle('Mine') } },
      NOW,
    );
    expect(outcome.status).toBe(200);
    expect(outcome.body['written']).toEqual(['events.2026-12-04T18-00-00-000Z.json']);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(theirs);
    expect(readJson('events.2026-12-04T18-00-00-000Z.json').events[0]!.title).toBe('Mine');
  });

  it('refuses a path outside the folder and writes nothing', () => {
    const { version } = readFolder(dir);
    const outcome = saveToFolder(dir, {
      version,
      files: { '../escape.geojson': { type: 'FeatureCollection', features: [] } },
    });
    expect(outcome.status).toBe(400);
    expect(readdirSync(join(dir, '..'))).not.toContain('escape.geojson');
  });
});
