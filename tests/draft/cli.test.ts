/**
 * `npm run draft` as a user runs it: bad input gets one line on stderr and a non-zero exit, never a stack trace;
 * a good run writes a story folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTICLE = join(ROOT, 'geodata/article.txt');
const dir = mkdtempSync(join(tmpdir(), 'draft-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function draft(...args: string[]) {
  // Node with tsx's loader, not `npx tsx`: npx alone spent about 3 s of each run finding tsx.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** One line, naming the problem, and no stack frame. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

// Each run starts Node, tsx and the script: seconds on a busy two-core machine.
describe('npm run draft: bad input', { timeout: 60_000 }, () => {
  it('a missing file', () => {
    const run = draft(join(dir, 'nope.txt'), '--date', '2020-01-02', '--out', join(dir, 'a'));
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /^draft: cannot read .*nope\.txt: no such file$/);
  });

  it('an empty file', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, ' \n\n');
    const run = draft(empty, '--date', '2020-01-02', '--out', join(dir, 'b'));
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /is empty$/);
  });

  it('a binary file', () => {
    const binary = join(dir, 'picture.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const run = draft(binary, '--date', '2020-01-02', '--out', join(dir, 'c'));
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /is not a text file/);
  });

  it('an invalid --date', () => {
    const run = draft(ARTICLE, '--date', '2020-02-30', '--out', join(dir, 'd'));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /invalid --date "2020-02-30"/);
  });

  it('an output folder that exists and is not empty, without --force: refused, left as it was', () => {
    const out = join(dir, 'full');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const run = draft(ARTICLE, '--date', '2020-01-02', '--out', out);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /exists and is not empty.*--force/);
    expect(readdirSync(out)).toEqual(['mine.txt']);
    expect(readdirSync(dir).filter((f) => f.includes('.draft-'))).toEqual([]);
  });

  it('an unknown option', () => {
    const run = draft(ARTICLE, '--dat', '2020-01-02', '--out', join(dir, 'e'));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /^draft: .*usage: npm run draft/);
  });
});

describe('npm run draft: a good run', { timeout: 60_000 }, () => {
  it('writes the story folder and prints a summary', () => {
    const out = join(dir, 'story');
    const run = draft(ARTICLE, '--date', '2020-01-02', '--out', out, '--outlet', 'The New York Times');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Drafted \d+ events and \d+ places/);
    expect(run.stdout).toMatch(/places resolved: \d+ of \d+/);
    expect(run.stdout).toMatch(/items for review first: \d+/);
    const files = readdirSync(out);
    expect(files).toContain('article.txt');
    expect(files).toContain('events.json');
    expect(files.some((f) => f.endsWith('.geojson'))).toBe(true);
    expect(readFileSync(join(out, 'article.txt'), 'utf8')).toBe(readFileSync(ARTICLE, 'utf8'));
    const events = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8'));
    expect(events.article).toMatchObject({ published: '2020-01-02', outlet: 'The New York Times' });
    expect(events.events.every((e: { review: string }) => e.review === 'draft')).toBe(true);
  });

  it('with --force, keeps the previous folder beside the new one instead of overwriting it', () => {
    const out = join(dir, 'again');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const run = draft(ARTICLE, '--date', '2020-01-02', '--out', out, '--force');
    expect(run.code, run.stderr).toBe(0);
    const previous = readdirSync(dir).find((f) => f.startsWith('again.previous-'));
    expect(previous).toBeDefined();
    expect(readFileSync(join(dir, previous!, 'mine.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(out)).toContain('events.json');
  });
});
