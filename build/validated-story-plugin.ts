/**
 * Vite plugin: `virtual:validated-story` exports, in a build, the SHA-256 of each of the story's files when the
 * whole story passes the app's own validation and validation returns the data unchanged; otherwise (and in the dev
 * server, where the files change under it) null. The app then skips validating those exact bytes again in the
 * browser (src/story/validated-data.ts); anything else it validates as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { validateStoryFiles } from '../src/story/validate.ts';
import { sha256Hex } from '../src/lib/digest.ts';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';

const VIRTUAL_ID = 'virtual:validated-story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The digests of a story folder's files, or null when the browser must validate them itself.
 * @param dir - the story folder
 */
export async function validatedDigests(dir: string): Promise<Record<string, string> | null> {
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
    const digest = await sha256Hex(new Uint8Array(readFileSync(join(dir, name))));
    if (digest === undefined) return null;
    digests[name] = digest;
  }
  return digests;
}

/** @param dir - the story folder (default: `STORY_DIR`, else geodata/) */
export function validatedStoryPlugin(dir = storyDir()): Plugin {
  let building = false;
  return {
    name: 'validated-story',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const digests = building ? await validatedDigests(dir) : null;
      return `export default ${JSON.stringify(digests)};`;
    },
  };
}
