/**
 * `npm run contact-sheet`: build the site, serve it on 127.0.0.1, open every step of the story by its deep link
 * (and the world view) in headless Chromium at a desktop and a phone size, and write each screenshot plus one
 * captioned grid per size to contact-sheet/ (ignored by git). For editors reviewing a story before publishing,
 * and for us reviewing the cartography.
 *
 *   CONTACT_SHEET_PORT=4300   port of the local server (default 4300)
 *   --no-build                reuse the existing dist/
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { buildStoryModel } from '../src/core/story.ts';
import { formatIssue, validateStoryFiles } from '../src/core/validate.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { contactSheetHtml, sheetViews, type SheetView } from './contact-sheet-page.ts';
import { readStoryFiles } from './story-files.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'contact-sheet');
const PORT = Number(process.env.CONTACT_SHEET_PORT ?? 4300);

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, tileWidth: 640, columns: 3 },
  { name: 'phone', viewport: { width: 390, height: 844 }, tileWidth: 390, columns: 6 },
] as const;

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

function storyViews(): { title: string; views: SheetView[] } {
  const { files, issues: readIssues } = readStoryFiles();
  const result = validateStoryFiles(files);
  if (!result.ok || readIssues.length > 0) {
    const issues = [...readIssues, ...result.issues].map(formatIssue).join('\n  ');
    throw new Error(`geodata is not valid (run npm run validate):\n  ${issues}`);
  }
  const model = buildStoryModel(result.data);
  return { title: model.article.title, views: sheetViews(model.steps) };
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
): Promise<{ files: string[]; problems: string[] }> {
  const folder = join(OUT, size.name);
  mkdirSync(folder, { recursive: true });
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
  const { title, views } = storyViews();
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  rmSync(OUT, { recursive: true, force: true });
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
      const shot = await shoot(browser, `http://127.0.0.1:${PORT}/`, size, views);
      problems.push(...shot.problems);
      const sheet = await composeGrid(browser, title, size, views, shot.files);
      console.log(`  sheet: ${relative(ROOT, sheet)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) {
    console.error(`The pages reported ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
