import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validatedDigests } from '../../build/validated-story-plugin.ts';
import { validFiles, writeStoryFolder } from '../fixtures/story.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture story, changed by `edit`, in a fresh folder (removed after each test). */
function storyFolder(edit?: (files: ReturnType<typeof validFiles>) => void): string {
  dir = writeStoryFolder('validated-story-', edit);
  return dir;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('validatedDigests', () => {
  it('records the SHA-256 of every file of a valid story', async () => {
    const folder = storyFolder();
    const digests = await validatedDigests(folder);
    const names = ['events.json', 'article.txt', ...Object.keys(validFiles().areas)];
    expect(Object.keys(digests ?? {}).sort()).toEqual(names.sort());
    for (const name of names) expect(digests![name]).toBe(sha256(join(folder, name)));
  });

  it('records nothing for a story that does not validate: the browser names its problems', async () => {
    const folder = storyFolder((files) => {
      files.story.events[2].places = ['no-such-place'];
    });
    expect(await validatedDigests(folder)).toBeNull();
  });

  it('records nothing when validation would change the data (a title it trims)', async () => {
    const folder = storyFolder((files) => {
      files.story.events[2].title = `  ${files.story.events[2].title}  `;
    });
    expect(await validatedDigests(folder)).toBeNull();
  });

  it('records nothing when validation would drop a place key it does not know', async () => {
    const folder = storyFolder((files) => {
      (files.areas['kirkuk.geojson'].features[0].properties as Record<string, unknown>).colour = 'red';
    });
    expect(await validatedDigests(folder)).toBeNull();
  });
});
