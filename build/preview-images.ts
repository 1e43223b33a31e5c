/**
 * Link-preview pictures, one per event, drawn at build time by the app's own share-card code: the built site is
 * served on 127.0.0.1, headless Chromium opens it with `?render-link-previews` (src/export/link-preview-renderer.ts)
 * and draws every event in that one page, one after another, at 1×. Software WebGL takes seconds a picture, so the
 * pictures are cached by a hash of what they are drawn from (the story's data, the drawing code, the basemap, the
 * printed URL): a build with nothing changed copies them.
 *
 * Optional by design: without Chromium (or with `PREVIEW_IMAGES=off`) the pages keep the one site image, and the
 * build says so in one line. Nothing here may fail the build.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { readPng } from '../src/export/png-text.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { storyDir } from '../scripts/story-files.ts';
import type { LinkPreviewPicture } from '../src/export/link-preview-renderer.ts';

/** The picture beside each preview page: `e/<slug>/preview.png`. */
export const PREVIEW_IMAGE = 'preview.png';

const ROOT = new URL('../', import.meta.url).pathname;
export const CACHE_DIR = join(ROOT, 'node_modules/.cache/situation-map-previews');

/** What the pictures are drawn from: a change to any of these draws them again. */
const INPUTS = [
  // The story folder this build ships (STORY_DIR, default geodata/).
  relative(ROOT, storyDir()) || 'geodata',
  'basemap/natural-earth.pmtiles',
  'src/story',
  'src/article',
  'src/scene',
  'src/navigation',
  'src/lib',
  'src/map',
  'src/export',
  'build/unit-symbols-plugin.ts',
  'build/preview-images.ts',
  // Dependency versions (MapLibre draws the map, milsymbol the unit symbols).
  'package-lock.json',
];

/** A drawn picture, in the build's output. */
export interface PreviewPicture {
  width: number;
  height: number;
  altText: string;
  bytes: number;
}

/** One event whose preview page wants a picture. */
export interface PreviewRequest {
  eventId: string;
  /** `e/<slug>/`, relative to the output directory. */
  path: string;
  /** The preview page's absolute URL, printed on the card; empty when SITE_URL is not set. */
  url: string;
}

export type PreviewLog = (line: string) => void;

export interface PreviewOptions {
  /** Where PREVIEW_IMAGES is read (process.env). */
  env?: Record<string, string | undefined>;
  /** The cache's folder (node_modules/.cache/situation-map-previews). */
  cacheRoot?: string;
  /** The Chromium to draw with; throws when there is none (scripts/chromium.ts). */
  browser?: () => string;
}

/** Every file under the given paths (relative to `root`), sorted, for hashing. */
function filesUnder(root: string, paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) walk(join(path, name));
    else out.push(path);
  };
  for (const path of paths) walk(path);
  return out;
}

/**
 * The cache key: a SHA-256 of the input files (names and contents) and of the settings that change a picture.
 * @param settings - e.g. the printed URLs and the detail basemap's address
 */
export function previewCacheKey(settings: readonly string[], root = ROOT, inputs = INPUTS): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(root, inputs)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  for (const setting of settings) hash.update(`\0${setting}`);
  return hash.digest('hex').slice(0, 16);
}

/** Whether the build should try to draw pictures: `PREVIEW_IMAGES=off` (or 0, false, no) says not to. */
export function previewImagesWanted(value: string | undefined): boolean {
  return !/^(off|0|false|no)$/i.test(value?.trim() ?? '');
}

/** The cache file of one event's picture: named by its page's slug, which is safe as a file name. */
function cacheFile(dir: string, request: PreviewRequest): string {
  return join(dir, `${request.path.slice('e/'.length, -1)}.png`);
}

function describe(file: string): PreviewPicture {
  const bytes = readFileSync(file);
  const png = readPng(bytes);
  return { width: png.width, height: png.height, altText: png.text['Description'] ?? '', bytes: bytes.length };
}

/** Start a static server for the built site (Vite's preview server: it answers the basemap's range requests). */
async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    base: '/',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Wait for `promise`, or fail after `ms` with a message naming `what`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Draw the missing pictures into the cache, in one headless page, one after another.
 * @returns the events drawn; an event that failed is left out (its page keeps the site image)
 */
async function draw(
  executablePath: string,
  outDir: string,
  requests: readonly PreviewRequest[],
  dir: string,
  log: PreviewLog,
) {
  const { chromium } = await import('@playwright/test');
  const server = await serve(outDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // A policy violation is an event, not always a console message (as in the browser tests' fixture).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server.url}?render-link-previews`);
    const ready = page.locator('html[data-link-previews]');
    await ready.waitFor({ state: 'attached', timeout: 60_000 });
    const state = await ready.getAttribute('data-link-previews');
    if (state !== 'ready') throw new Error(`the page could not draw (${state})`);
    for (const request of requests) {
      const picture: LinkPreviewPicture = await within(
        page.evaluate(({ eventId, url }) => window.renderLinkPreview!(eventId, url), request),
        120_000,
        `the picture of ${request.eventId}`,
      );
      writeFileSync(cacheFile(dir, request), Buffer.from(picture.base64, 'base64'));
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
    if (problems.length > 0) log(`link previews: the drawing page reported: ${[...new Set(problems)].join('; ')}`);
  }
}

/**
 * Give every event whose picture can be drawn (or is cached) its `e/<slug>/preview.png` in the output.
 * @param settings - what else changes a picture (printed URLs, basemap settings), for the cache key
 * @returns the pictures written, by event id; empty when there are none (the pages keep the site image)
 */
export async function writePreviewImages(
  outDir: string,
  requests: readonly PreviewRequest[],
  settings: readonly string[],
  log: PreviewLog,
  { env = process.env, cacheRoot = CACHE_DIR, browser = findChromium }: PreviewOptions = {},
): Promise<Map<string, PreviewPicture>> {
  const written = new Map<string, PreviewPicture>();
  if (!previewImagesWanted(env['PREVIEW_IMAGES'])) {
    log(`link previews: PREVIEW_IMAGES=${env['PREVIEW_IMAGES']}, so every page uses the one site image (preview.png)`);
    return written;
  }
  const started = performance.now();
  const key = previewCacheKey([...settings, ...requests.map((request) => `${request.eventId}\0${request.url}`)]);
  const dir = join(cacheRoot, key);
  let drawn = 0;
  try {
    mkdirSync(dir, { recursive: true });
    // Pictures drawn from anything else are stale: only this key's stay.
    for (const name of readdirSync(cacheRoot)) if (name !== key) rmSync(join(cacheRoot, name), { recursive: true });
    const missing = requests.filter((request) => !existsSync(cacheFile(dir, request)));
    if (missing.length > 0) {
      let executablePath: string;
      try {
        executablePath = browser();
      } catch {
        log(
          'link previews: no Chromium found (install one, or set CHROMIUM_PATH), so every page uses the one site ' +
            'image (preview.png)',
        );
        return written;
      }
      await draw(executablePath, outDir, missing, dir, log).catch((error: unknown) => {
        log(
          `link previews: drawing the pictures failed (${(error as Error).message}); pages without one use the site image`,
        );
      });
      drawn = missing.filter((request) => existsSync(cacheFile(dir, request))).length;
    }
    for (const request of requests) {
      const cached = cacheFile(dir, request);
      if (!existsSync(cached)) continue;
      const target = join(outDir, request.path, PREVIEW_IMAGE);
      mkdirSync(join(outDir, request.path), { recursive: true });
      copyFileSync(cached, target);
      written.set(request.eventId, describe(target));
    }
  } catch (error) {
    log(`link previews: the pictures could not be written (${(error as Error).message}); pages use the site image`);
    return new Map();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `link previews: ${written.size} of ${requests.length} pictures in e/*/${PREVIEW_IMAGE} ` +
      `(${drawn} drawn, ${written.size - drawn} from the cache in ${relative(ROOT, cacheRoot)}; ${seconds} s)`,
  );
  return written;
}
