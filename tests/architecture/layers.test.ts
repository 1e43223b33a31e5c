/**
 * The layers of src/ (layers.config.js) hold: lint rejects a wrong import in each kind of folder, and the real
 * import graph of src/ uses only allowed edges. These tests fail if a rule is deleted from the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOLDERS, LAYERS, leavingFor } from '../../layers.config.js';
import { filesUnder, importSpecifiers, isModule, resolveSpecifier, ROOT } from './import-graph.ts';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The import rules lint reports for `code` written in `file` (which need not exist). */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages
    .filter((message) => /no-restricted-(imports|globals)/.test(message.ruleId ?? ''))
    .map((message) => message.message);
}

describe('lint rejects', () => {
  it('a MapLibre import in the story schema’s folder', async () => {
    expect(
      await importErrors('src/story/example.ts', "import { Map } from 'maplibre-gl';\nexport const m = Map;\n"),
    ).toHaveLength(1);
  });
  it('a Svelte import in a pure folder', async () => {
    expect(
      await importErrors('src/navigation/example.ts', "import { tick } from 'svelte';\nexport const t = tick;\n"),
    ).toHaveLength(1);
  });
  it('the document in a pure folder', async () => {
    expect(await importErrors('src/article/example.ts', 'export const title = () => document.title;\n')).toHaveLength(
      1,
    );
  });
  it('a map import in the scene', async () => {
    const code = "import { addSceneLayers } from '../map/layers/scene-layers.ts';\nexport const a = addSceneLayers;\n";
    expect(await importErrors('src/scene/example.ts', code)).toHaveLength(1);
  });
  it('an app import in state', async () => {
    const code = "import App from '../app/App.svelte';\nexport const a = App;\n";
    expect(await importErrors('src/state/example.ts', code)).toHaveLength(1);
  });
  it('a static import of export code in a ui component two folders down', async () => {
    const code =
      "import { renderShareImage } from '../../export/share-image.ts';\nexport const r = renderShareImage;\n";
    expect(await importErrors('src/ui/share/example.ts', code)).toHaveLength(1);
  });
  it('a map import in ui', async () => {
    const code = "import MapView from '../../map/MapView.svelte';\nexport const m = MapView;\n";
    expect(await importErrors('src/ui/places/example.ts', code)).toHaveLength(1);
  });
});

describe('lint allows', () => {
  it('a type import of export code in ui (the code itself loads by import())', async () => {
    const code = "import type { ShareImage } from '../../export/share-image.ts';\nexport type S = ShareImage;\n";
    expect(await importErrors('src/ui/share/example.ts', code)).toEqual([]);
  });
  it('a sibling folder of the same name as a layer inside ui (ui/article is not src/article)', async () => {
    const code = "import Pane from '../article/ArticlePane.svelte';\nexport const p = Pane;\n";
    expect(await importErrors('src/ui/places/example.ts', code)).toEqual([]);
  });
  it('MapLibre in the map folder', async () => {
    expect(
      await importErrors('src/map/example.ts', "import { Map } from 'maplibre-gl';\nexport const m = Map;\n"),
    ).toEqual([]);
  });
  it('anything in app', async () => {
    const code =
      "import { Map } from '../map/map-start.ts';\nimport { x } from '../export/share-image.ts';\nexport const a = [Map, x];\n";
    expect(await importErrors('src/app/example.ts', code)).toEqual([]);
  });
});

describe('leavingFor', () => {
  it('matches a path that leaves the folder for a named one at that depth only', () => {
    const pattern = new RegExp(leavingFor(2, ['map']));
    expect(pattern.test('../../map/MapView.svelte')).toBe(true);
    expect(pattern.test('../map/MapView.svelte')).toBe(false);
    expect(pattern.test('../../mapping/x.ts')).toBe(false);
  });
});

/** The folder of src/ a path is in ('main.ts' for the entry). */
const folderOf = (path: string) => path.split('/')[1]!;

/** The cross-folder static value imports of src/ that the table forbids. */
function forbiddenEdges(): string[] {
  const bad: string[] = [];
  for (const file of filesUnder('src').filter(isModule)) {
    const from = folderOf(file);
    if (!(from in LAYERS)) continue;
    const layer = LAYERS[from as (typeof FOLDERS)[number]];
    const source = readFileSync(join(ROOT, file), 'utf8');
    const typeOnly = new Set(
      [...source.matchAll(/import\s+type\s[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!),
    );
    const dynamic = new Set([...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!));
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier);
      if (!target?.startsWith('src/')) continue;
      const to = folderOf(target);
      if (to === from || (layer.imports as readonly string[]).includes(to)) continue;
      const onDemand = 'typesOnly' in layer && (layer.typesOnly as readonly string[]).includes(to);
      if (onDemand && (typeOnly.has(specifier) || dynamic.has(specifier))) continue;
      bad.push(`${file} → ${target}`);
    }
  }
  return bad;
}

describe('the import graph of src/', () => {
  it('uses only the edges layers.config.js allows', () => {
    expect(forbiddenEdges()).toEqual([]);
  });
  it('names every folder of src/ in the table', () => {
    const folders = new Set(
      filesUnder('src')
        .filter((path) => path.split('/').length > 2)
        .map(folderOf),
    );
    expect([...folders].filter((folder) => !(folder in LAYERS))).toEqual([]);
  });
});
