/**
 * The reader's page loads none of the editor's code: index.html's script and everything it imports, followed
 * module by module, never reach src/editor/ (the editor is editor.html, served only by `npm run edit`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Relative imports (static and dynamic) of one module. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g),
  ];
  return specifiers
    .map((match) => match[1] ?? match[2]!)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\?.*$/, '')))
    .filter((path) => /\.(ts|svelte)$/.test(path) && existsSync(path));
}

describe('the reader’s page', () => {
  it('index.html names no editor code', () => {
    expect(readFileSync(resolve(ROOT, 'index.html'), 'utf8')).not.toMatch(/editor/i);
  });

  it('no module reachable from src/main.ts is under src/editor/', () => {
    const seen = new Set<string>();
    const queue = [resolve(ROOT, 'src/main.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file));
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((file) => file.includes('/src/editor/') || file.endsWith('EditorMap.svelte'))).toEqual([]);
  });

  it('the build has one page: vite.config.ts adds no editor input', () => {
    expect(readFileSync(resolve(ROOT, 'vite.config.ts'), 'utf8')).not.toMatch(/editor/i);
  });
});
