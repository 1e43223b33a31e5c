import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { basemapTwinIds, basemapTwinsPlugin } from '../../build/basemap-twins-plugin.ts';
import { GEODATA_DIR } from '../../scripts/story-files.ts';
import { pointPlace, writeStoryFolder } from '../fixtures/story.ts';

const place = (id: string, name: string, lon: number, lat: number, articleNames?: string[]) =>
  pointPlace(id, name, lon, lat, articleNames ? { article_names: articleNames } : {});

// Natural Earth's Baghdad, in the archive that ships with the app, is at about 44.39° E, 33.34° N.
describe('basemap twins found at build time', () => {
  it('finds the basemap town of the same name near a story place', async () => {
    expect(await basemapTwinIds([place('here', 'Baghdad', 44.4, 33.32)])).toEqual(['here']);
  });

  it("finds it under one of the article's names for the place", async () => {
    expect(await basemapTwinIds([place('here', 'The capital', 44.4, 33.32, ['Baghdad'])])).toEqual(['here']);
  });

  it('finds no twin for a name the basemap does not have there', async () => {
    expect(await basemapTwinIds([place('here', 'Rakabar City 1', 44.4, 33.32)])).toEqual([]);
  });

  it('finds no twin for a town of that name far away', async () => {
    expect(await basemapTwinIds([place('far', 'Baghdad', 40, 20)])).toEqual([]);
  });
});

/** What the plugin's virtual module says, in a build or in the dev server. */
async function moduleText(dir: string, command: 'build' | 'serve'): Promise<string> {
  const plugin = basemapTwinsPlugin(dir) as Plugin & {
    configResolved: (config: { command: string }) => void;
    resolveId: (id: string) => string | undefined;
    load: (this: { warn: (message: string) => void }, id: string) => Promise<string | undefined>;
  };
  plugin.configResolved({ command });
  return (await plugin.load.call({ warn: () => {} }, plugin.resolveId('virtual:basemap-twins')!))!;
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('virtual:basemap-twins', () => {
  it("lists the story's places with a basemap twin in a build", async () => {
    const ids = JSON.parse((await moduleText(GEODATA_DIR, 'build')).replace(/^export default |;$/g, '')) as string[];
    expect(ids).toEqual(expect.arrayContaining(['baghdad', 'kirkuk']));
    expect(ids).not.toContain('us-embassy-baghdad');
  });

  it('says nothing in the dev server, whose files change under it', async () => {
    expect(await moduleText(GEODATA_DIR, 'serve')).toBe('export default null;');
  });

  it('says nothing for a story whose files do not read', async () => {
    dir = writeStoryFolder('basemap-twins-');
    writeFileSync(join(dir, 'kirkuk.geojson'), '{ "type": "FeatureCollection", ');
    expect(await moduleText(dir, 'build')).toBe('export default null;');
  });
});
