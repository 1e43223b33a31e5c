/**
 * `npm run contact-sheet`: build the site, serve it on 127.0.0.1, open every step of the story by its deep link
 * (and the world view) in headless Chromium at a desktop and a phone size, and write each screenshot plus one
 * captioned grid per size to contact-sheet/ (ignored by git). For editors reviewing a story before publishing,
 * and for us reviewing the cartography.
 *
 *   CONTACT_SHEET_PORT=4300   port of the local server (default 4300)
 *   --no-build                reuse the existing dist/
 *   --check                   check the framing rules only: no screenshots, no sheets (npm test runs this after
 *                             the browser tests' build, so CI builds once)
 *
 * It also checks each picture against the framing rules (scripts/frame-checks.ts): every place of the step inside
 * the map with a margin, no street zoom for a step of points only, no place labelled twice. It lists every
 * violation and exits non-zero on any, as it does on a page error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { buildStoryModel } from '../src/story/model.ts';
import { frameEvent } from '../src/navigation/event-frame.ts';
import { formatIssue, validateStoryFiles } from '../src/story/validate.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { contactSheetHtml, sheetViews, type SheetView } from './contact-sheet-page.ts';
import { readStoryFiles } from './story-files.ts';
import { frameViolations, type FrameSample } from './frame-checks.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'contact-sheet');
const PORT = Number(process.env.CONTACT_SHEET_PORT ?? 4300);
/** Check only: the pictures are for people; the rules need only the measurements. */
const CHECK_ONLY = process.argv.includes('--check');

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, tileWidth: 640, columns: 3 },
  { name: 'phone', viewport: { width: 390, height: 844 }, tileWidth: 390, columns: 6 },
] as const;

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

/** A step's places as the page must frame them: positions [lon, lat] (a polygon's outer ring), and whether an area. */
type ViewPlaces = { id: string; area: boolean; positions: number[][] }[];

function storyViews(): { title: string; views: SheetView[]; placesOf: (view: SheetView) => ViewPlaces } {
  const { files, issues: readIssues } = readStoryFiles();
  const result = validateStoryFiles(files);
  if (!result.ok || readIssues.length > 0) {
    const issues = [...readIssues, ...result.issues].map(formatIssue).join('\n  ');
    throw new Error(`geodata is not valid (run npm run validate):\n  ${issues}`);
  }
  const model = buildStoryModel(result.data);
  const placesOf = (view: SheetView): ViewPlaces => {
    const step = model.steps.find(
      (candidate) => candidate.id === new URLSearchParams(view.path.split('#')[0]).get('event'),
    );
    // The places the step's framing rule holds (a statement's speaker is left out: see navigation/framing.ts).
    const frame = step && frameEvent(step, (id) => model.placesById.get(id));
    return frame
      ? frame.framed.map(({ properties, geometry }) => ({
          id: properties.id,
          area: geometry.type === 'Polygon',
          positions: geometry.type === 'Polygon' ? geometry.coordinates[0]!.slice(0, -1) : [geometry.coordinates],
        }))
      : [];
  };
  return { title: model.article.title, views: sheetViews(model.steps), placesOf };
}

/** What the map shows for one view, measured in the page: its size and zoom, the places on screen, the labels. */
async function measureFrame(page: Page, places: ViewPlaces, readerCamera: boolean): Promise<FrameSample> {
  const measured = await page.evaluate((places) => {
    const map = window.situationMap;
    const canvas = map.getCanvas();
    const symbolLayers = map.getStyle().layers.filter((layer) => layer.type === 'symbol');
    const labels = (ids: string[]) =>
      ids.length === 0
        ? []
        : map.queryRenderedFeatures({ layers: ids }).flatMap((feature) => {
            const name: unknown = feature.properties['name'];
            if (typeof name !== 'string' || feature.geometry.type !== 'Point') return [];
            const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
            return [{ name, x, y }];
          });
    return {
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      zoom: map.getZoom(),
      places: places.map((place) => ({
        id: place.id,
        area: place.area,
        points: place.positions.map((position) => {
          const { x, y } = map.project(position as [number, number]);
          return [x, y] as [number, number];
        }),
      })),
      storyLabels: labels(
        symbolLayers.filter((layer) => 'source' in layer && layer.source === 'places').map((l) => l.id),
      ),
      basemapLabels: labels(symbolLayers.filter((layer) => layer.id.startsWith('basemap-')).map((l) => l.id)),
    };
  }, places);
  return { ...measured, readerCamera };
}

/**
 * Wait until the map has drawn everything for this view: the element's data-idle (as the browser tests do),
 * then one more `idle` after a repaint, since symbol images and scene data may arrive after the first one.
 */
async function waitForMap(page: Page): Promise<void> {
  const map = page.locator('#map[data-ready="true"][data-idle="true"]');
  await map.waitFor({ state: 'attached', timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const loaded = window.situationMap!;
        loaded.once('idle', () => resolve());
        loaded.triggerRepaint();
      }),
  );
}

async function shoot(
  browser: Browser,
  baseUrl: string,
  size: (typeof SIZES)[number],
  views: readonly SheetView[],
  placesOf: (view: SheetView) => ViewPlaces,
): Promise<{ files: string[]; problems: string[] }> {
  const folder = join(OUT, size.name);
  if (!CHECK_ONLY) mkdirSync(folder, { recursive: true });
  // Reduced motion: the end state of each step is the same picture, reached without smooth scrolling or
  // camera flights, which a loaded machine can stretch into the next step (the article's follow mode).
  const context = await browser.newContext({ viewport: size.viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  // tsx compiles this file with esbuild's keepNames, which wraps functions passed to page.evaluate in __name().
  await context.addInitScript('window.__name = (fn) => fn');
  const files: string[] = [];
  const problems: string[] = [];
  for (const view of views) {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${size.name} ${view.name}: page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium's software GL reports its own stalls as warnings: noise, not the page's.
      if (message.text().includes('GL Driver Message')) return;
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${size.name} ${view.name}: console ${message.type()}: ${message.text()}`);
    });
    const url = new URL(view.path, baseUrl);
    await page.goto(url.href);
    await waitForMap(page);
    // The picture must be of the step asked for: say so when the page moved on by itself.
    const shown = new URL(page.url()).searchParams.get('event');
    if (shown !== url.searchParams.get('event'))
      problems.push(`${size.name} ${view.name}: the page moved on to ?event=${shown} by itself`);
    const frame = await measureFrame(page, placesOf(view), view.path.includes('#'));
    for (const violation of frameViolations(frame)) problems.push(`${size.name} ${view.name}: ${violation}`);
    if (CHECK_ONLY) {
      await page.close();
      console.log(`  ${view.name}`);
      continue;
    }
    const file = join(folder, `${view.name}.png`);
    await page.screenshot({ path: file });
    files.push(file);
    await page.close();
    console.log(`  ${relative(ROOT, file)}`);
  }
  await context.close();
  return { files, problems };
}

async function composeGrid(
  browser: Browser,
  title: string,
  size: (typeof SIZES)[number],
  views: readonly SheetView[],
  files: readonly string[],
): Promise<string> {
  const html = contactSheetHtml(
    views.map((view, index) => ({ image: relative(OUT, files[index]!), date: view.date, title: view.title })),
    {
      heading: `${title} — ${size.viewport.width}×${size.viewport.height}, ${new Date().toISOString().slice(0, 16)} UTC`,
      viewport: size.viewport,
      tileWidth: size.tileWidth,
      columns: size.columns,
    },
  );
  const htmlFile = join(OUT, `${size.name}.html`);
  writeFileSync(htmlFile, html);
  const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  const sheet = join(OUT, `${size.name}.png`);
  await page.screenshot({ path: sheet, fullPage: true });
  await page.close();
  return sheet;
}

async function main(): Promise<void> {
  const { title, views, placesOf } = storyViews();
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!CHECK_ONLY) rmSync(OUT, { recursive: true, force: true });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    for (const size of SIZES) {
      console.log(`${size.name} ${size.viewport.width}×${size.viewport.height}:`);
      const shot = await shoot(browser, `http://127.0.0.1:${PORT}/`, size, views, placesOf);
      problems.push(...shot.problems);
      if (CHECK_ONLY) continue;
      const sheet = await composeGrid(browser, title, size, views, shot.files);
      console.log(`  sheet: ${relative(ROOT, sheet)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) in the pages and their framing:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('Every view keeps the framing rules.');
}

await main();
