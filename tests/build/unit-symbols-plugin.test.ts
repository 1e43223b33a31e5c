import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { storyForces, unitSymbolsPlugin } from '../../build/unit-symbols-plugin.ts';
import { GEODATA_DIR } from '../../scripts/story-files.ts';

const RESOLVED_ID = '\0virtual:unit-symbols';

/** The virtual module's code as the plugin gives it for a build (`build`) or the dev server (`serve`). */
function moduleCode(command: 'build' | 'serve') {
  const plugin = unitSymbolsPlugin(GEODATA_DIR);
  const emitted: { name?: string; source?: unknown }[] = [];
  (plugin.configResolved as (config: ResolvedConfig) => void)({ command } as ResolvedConfig);
  const context = {
    addWatchFile: () => {},
    emitFile: (file: { name?: string; source?: unknown }) => `ref${emitted.push(file)}`,
  };
  const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, RESOLVED_ID);
  return { code, emitted };
}

describe('unit symbols plugin', () => {
  it('a build emits each symbol as an SVG file and exports its URL, not its markup', () => {
    const { code, emitted } = moduleCode('build');
    expect(emitted.map((file) => file.name).sort()).toEqual(
      Object.keys(storyForces(GEODATA_DIR))
        .map((name) => `unit-${name}.svg`)
        .sort(),
    );
    for (const file of emitted) expect(String(file.source)).toMatch(/^<svg/);
    expect(code).toContain('import.meta.ROLLUP_FILE_URL_ref1');
    expect(code).not.toContain('<svg');
  });

  it('the dev server gets data: URLs and emits nothing', () => {
    const { code, emitted } = moduleCode('serve');
    expect(emitted).toEqual([]);
    expect(code).toContain('data:image/svg+xml');
    expect(code).not.toContain('ROLLUP_FILE_URL');
  });
});
