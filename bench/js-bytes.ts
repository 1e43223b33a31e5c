/**
 * The JavaScript bytes of a built app, as the benches count them: what the page fetched before its first idle
 * (`situation-map:first-idle`), and, so that nothing hides behind `import()`, every script in the build. Sizes are
 * gzip -9 of each file as built; MapLibre's chunk and worker are counted apart (and the optional detail basemap's
 * styles, loaded only by a build that names one).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

const SCRIPT = /\.m?js$/;
const MAPLIBRE = /maplibre/;
const DETAIL_BASEMAP = /detail-basemap/;

export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every script of the build (paths relative to the build folder), by kind. */
export function scriptsOf(dist: string): { ours: string[]; maplibre: string[]; detailBasemap: string[] } {
  const js = filesUnder(dist)
    .map((file) => relative(dist, file))
    .filter((file) => SCRIPT.test(file));
  return {
    ours: js.filter((file) => !MAPLIBRE.test(file) && !DETAIL_BASEMAP.test(file)),
    maplibre: js.filter((file) => MAPLIBRE.test(file)),
    detailBasemap: js.filter((file) => DETAIL_BASEMAP.test(file)),
  };
}

/** Sum of the gzip sizes of files (relative to `dist`). */
export const gzipSum = (dist: string, files: readonly string[]) =>
  files.reduce((total, file) => total + gzipBytes(join(dist, file)), 0);

export interface JsBeforeIdle {
  /** gzip bytes of our scripts fetched before the first idle mark. */
  gzip: number;
  /** Those scripts, relative to the build folder, with their gzip bytes. */
  files: { file: string; gzip: number }[];
}

/**
 * Our scripts (MapLibre's left out) that a page opened on a build in `dist` had fetched before its first idle: the
 * page's resource entries that started before the mark (module scripts, their preloads, `import()` chunks, worker
 * scripts), mapped back to the build's files. Call it once the page has its first idle mark; `pageBase` is the URL
 * the build's folder is served at.
 */
export async function jsBeforeFirstIdle(page: Page, dist: string, pageBase: string): Promise<JsBeforeIdle> {
  const urls = await page.evaluate(() => {
    const idle = performance.getEntriesByName('situation-map:first-idle')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= idle)
      .map((entry) => entry.name);
  });
  const base = new URL(pageBase);
  const fetched = new Set(
    urls
      .map((url) => new URL(url))
      .filter((url) => url.origin === base.origin && url.pathname.startsWith(base.pathname))
      .map((url) => decodeURIComponent(url.pathname.slice(base.pathname.length))),
  );
  const files = scriptsOf(dist)
    .ours.filter((file) => fetched.has(file))
    .map((file) => ({ file, gzip: gzipBytes(join(dist, file)) }));
  return { gzip: files.reduce((total, { gzip }) => total + gzip, 0), files };
}
