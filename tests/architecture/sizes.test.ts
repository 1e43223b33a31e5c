/**
 * Small modules in small folders: no source file over 400 lines, no folder with more than 12 modules directly
 * inside it (maplibre-gl-js keeps one module per control, per style-layer kind).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, isModule, ROOT } from './import-graph.ts';

export const MAX_LINES = 400;
export const MAX_MODULES_PER_FOLDER = 12;

/** Files longer than `max` lines, with their length. */
export function oversized(files: ReadonlyMap<string, string>, max = MAX_LINES): string[] {
  return [...files]
    .map(([path, text]) => [path, text.split('\n').length - (text.endsWith('\n') ? 1 : 0)] as const)
    .filter(([, lines]) => lines > max)
    .map(([path, lines]) => `${path}: ${lines} lines`);
}

/** Folders with more than `max` modules directly inside, with their count. */
export function crowded(paths: readonly string[], max = MAX_MODULES_PER_FOLDER): string[] {
  const counts = new Map<string, number>();
  for (const path of paths.filter(isModule))
    counts.set(posix.dirname(path), (counts.get(posix.dirname(path)) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > max).map(([folder, count]) => `${folder}: ${count} modules`);
}

const sources = filesUnder('src').filter(isModule);

describe('oversized', () => {
  it('names a file one line over the limit', () => {
    expect(oversized(new Map([['a.ts', 'x\n'.repeat(401)]]))).toEqual(['a.ts: 401 lines']);
  });
  it('passes a file at the limit', () => {
    expect(oversized(new Map([['a.ts', 'x\n'.repeat(400)]]))).toEqual([]);
  });
});

describe('crowded', () => {
  it('names a folder with 13 modules and not its sub-folder', () => {
    const paths = [...Array.from({ length: 13 }, (_, i) => `src/x/m${i}.ts`), 'src/x/y/z.ts'];
    expect(crowded(paths)).toEqual(['src/x: 13 modules']);
  });
  it('does not count data or declarations', () => {
    const paths = [...Array.from({ length: 12 }, (_, i) => `src/x/m${i}.ts`), 'src/x/a.d.ts', 'src/x/g.tsv'];
    expect(crowded(paths)).toEqual([]);
  });
});

describe('src/', () => {
  it(`has no source file over ${MAX_LINES} lines`, () => {
    expect(oversized(new Map(sources.map((path) => [path, readFileSync(join(ROOT, path), 'utf8')])))).toEqual([]);
  });
  it(`has no folder with more than ${MAX_MODULES_PER_FOLDER} modules directly inside`, () => {
    expect(crowded(sources)).toEqual([]);
  });
});
