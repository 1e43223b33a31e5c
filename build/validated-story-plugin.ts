/**
 * Vite plugin: `virtual:validated-story` exports, in a build, the digest (src/lib/digest.ts) of each of the story's
 * files as the build ships them, when the whole story passes the app's own validation and validation returns the
 * data unchanged; otherwise (and in the dev server, where the files change under it) null. The app then skips
 * validating those exact bytes again in the browser (src/story/validated-data.ts); anything else it validates as
 * before.
 *
 * The build ships the story's JSON files without their indentation (servedBytes): a third of a pretty-printed
 * events.json is spaces, which the browser downloads, fingerprints and decodes before the first view.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { validateStoryFiles } from '../src/story/validate.ts';
import { contentDigest } from '../src/lib/digest.ts';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';

/**
 * A story file's bytes as the build ships them: JSON (events.json, the areas) re-serialised without whitespace,
 * which parses to the same value; anything else (article.txt) as it is.
 * @param name - the file's name in the story folder
 * @param raw - its bytes on disk
 */
export function servedBytes(name: string, raw: Uint8Array): Uint8Array {
  if (!/\.(geo)?json$/.test(name)) return raw;
  return new TextEncoder().encode(JSON.stringify(JSON.parse(new TextDecoder().decode(raw))));
}

const VIRTUAL_ID = 'virtual:validated-story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The digests of a story folder's files, or null when the browser must validate them itself.
 * @param dir - the story folder
 */
export function validatedDigests(dir: string): Record<string, string> | null {
  const { files, issues } = readStoryFiles(dir);
  if (issues.length > 0) return null;
  const result = validateStoryFiles(files);
  if (!result.ok) return null;
  // Validation's output must be its input: the browser will use the parsed files as they are.
  if (!isDeepStrictEqual(result.data.story, files.story)) return null;
  for (const [file, area] of Object.entries(files.areas)) {
    const validated = result.data.places.filter((place) => result.data.placeFile.get(place.properties.id) === file);
    if (!isDeepStrictEqual(validated, (area as { features: unknown[] }).features)) return null;
  }
  const names = ['events.json', 'article.txt', ...Object.keys(files.areas)];
  const digests: Record<string, string> = {};
  for (const name of names) {
    digests[name] = contentDigest(servedBytes(name, readFileSync(join(dir, name))));
  }
  return digests;
}

/** @param dir - the story folder (default: `STORY_DIR`, else geodata/) */
export function validatedStoryPlugin(dir = storyDir()): Plugin {
  let building = false;
  let root = '';
  return {
    name: 'validated-story',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const digests = building ? validatedDigests(dir) : null;
      return `export default ${JSON.stringify(digests)};`;
    },
    // The story's files are assets (imported with ?url): ship each as servedBytes gives it, the bytes digested above.
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset') continue;
        const source = asset.originalFileNames.map((name) => resolve(root, name)).find((path) => path.startsWith(dir));
        if (!source) continue;
        try {
          asset.source = servedBytes(source, readFileSync(source));
        } catch {
          // Not JSON after all: shipped as it is, and the browser reports it (its digest cannot match).
        }
      }
    },
  };
}
