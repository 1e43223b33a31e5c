import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { publishCheckPlugin } from '../../build/publish-check-plugin.ts';
import { validFiles, writeStoryFolder } from '../fixtures/story.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture story, changed by `edit`, in a fresh folder (removed after each test). */
function storyFolder(edit?: (files: ReturnType<typeof validFiles>) => void): string {
  dir = writeStoryFolder('publish-check-', edit);
  return dir;
}

/** Run the plugin's build hook with a context whose error() throws, as Rollup's does. */
function build(folder: string): void {
  const hook = publishCheckPlugin(folder).buildStart as (this: unknown) => void;
  hook.call({
    error: (message: string) => {
      throw new Error(message);
    },
  });
}

describe('publishCheckPlugin', () => {
  it('lets a reviewed story build', () => {
    expect(() => build(storyFolder(() => {}))).not.toThrow();
  });

  it('refuses a story with places still under review, naming them', () => {
    const folder = storyFolder((files) => {
      files.areas['kirkuk.geojson'].features[0].properties.review = 'draft';
    });
    expect(() => build(folder)).toThrow(/not ready to publish: \*\.geojson: 1 place needs review: K-1 Air Base/);
  });

  it('refuses a story with events still under review, naming them', () => {
    const folder = storyFolder((files) => {
      files.story.events[2].review = 'draft';
    });
    expect(() => build(folder)).toThrow('events.json: 1 event needs review: Embassy attacked');
  });
});
