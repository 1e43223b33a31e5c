/** `npm run edit` with no folder, or one that is not a story folder: one line on stderr, a non-zero exit. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function edit(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/edit.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

// Each case starts Node with tsx: a few seconds on a busy machine.
describe('npm run edit', { timeout: 30_000 }, () => {
  it('without a folder: says how to use it', () => {
    const result = edit();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toBe('Usage: npm run edit -- FOLDER (a story folder with article.txt and events.json)');
  });

  it('with a folder that does not exist, or is not a story: one line naming it, no stack trace', () => {
    const missing = edit('no/such/folder');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/^No such folder: .*no\/such\/folder$/);
    const empty = mkdtempSync(join(tmpdir(), 'edit-cli-'));
    try {
      const result = edit(empty);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toBe(`${empty} is not a story folder: it has no events.json`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
