import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { servedBytes, validatedDigests } from '../../build/validated-story-plugin.ts';
import { contentDigest } from '../../src/lib/digest.ts';
import { validFiles, writeStoryFolder } from '../fixtures/story.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture story, changed by `edit`, in a fresh folder (removed after each test). */
function storyFolder(edit?: (files: ReturnType<typeof validFiles>) => void): string {
  dir = writeStoryFolder('validated-story-', edit);
  return dir;
}

const shippedDigest = (path: string) => contentDigest(servedBytes(path, readFileSync(path)));

describe('validatedDigests', () => {
  it('records the digest of every file of a valid story as the build ships it', () => {
    const folder = storyFolder();
    const digests = validatedDigests(folder);
    const names = ['events.json', 'article.txt', ...Object.keys(validFiles().areas)];
    expect(Object.keys(digests ?? {}).sort()).toEqual(names.sort());
    for (const name of names) expect(digests![name]).toBe(shippedDigest(join(folder, name)));
  });

  it('records nothing for a story that does not validate: the browser names its problems', () => {
    const folder = storyFolder((files) => {
      files.story.events[2].places = ['no-such-place'];
    });
    expect(validatedDigests(folder)).toBeNull();
  });

  it('records nothing when validation would change the data (a title it trims)', () => {
    const folder = storyFolder((files) => {
      files.story.events[2].title = `  ${files.story.events[2].title}  `;
    });
    expect(validatedDigests(folder)).toBeNull();
  });

  it('records nothing when validation would drop a place key it does not know', () => {
    const folder = storyFolder((files) => {
      (files.areas['kirkuk.geojson'].features[0].properties as Record<string, unknown>).colour = 'red';
    });
    expect(validatedDigests(folder)).toBeNull();
  });
});

describe('servedBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('ships JSON without its indentation, parsing to the same value', () => {
    const pretty = '{\n  "id": "kirkuk",\n  "names": [\n    "Kirkūk",\n    "كركوك"\n  ],\n  "lat": 35.5\n}\n';
    const shipped = decode(servedBytes('kirkuk.geojson', encode(pretty)));
    expect(shipped).toBe('{"id":"kirkuk","names":["Kirkūk","كركوك"],"lat":35.5}');
    expect(JSON.parse(shipped)).toEqual(JSON.parse(pretty));
  });

  it('ships the article as it is, whitespace and all', () => {
    const article = '  Baghdad —\n\n  the embassy.  \n';
    expect(decode(servedBytes('article.txt', encode(article)))).toBe(article);
  });
});
