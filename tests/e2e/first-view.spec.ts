/**
 * The map's first view: hidden while it loads (no half-drawn frames of blank paper, no tile popping in), shown
 * whole at its first idle, and shown all the same after a few seconds when a tile never comes.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect, distinctCanvasColours } from './fixtures.ts';

/**
 * Hold the basemap's tile requests until `release` is called (for good if it never is). Let through what opening
 * the archive reads: its header (from byte 0) and its last byte (a check that the file is whole).
 */
async function holdBasemapTiles(page: Page): Promise<{ release: () => void; held: () => number }> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(/\.pmtiles$/, (route) => {
    const range = route.request().headers()['range'] ?? '';
    const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(range) ?? [];
    if (released || start === '0' || start === end) return route.continue();
    waiting.push(route);
  });
  return {
    release: () => {
      released = true;
      for (const route of waiting.splice(0)) void route.continue();
    },
    held: () => waiting.length,
  };
}

const mapCanvas = (page: Page) => page.locator('#map .maplibregl-canvas');
const firstIdleMarked = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('situation-map:first-idle').length > 0);

test('the map stays hidden while its tiles load, then shows drawn at its first idle', async ({ page }) => {
  const tiles = await holdBasemapTiles(page);
  await page.goto('');
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => tiles.held()).toBeGreaterThan(0);
  await expect(mapCanvas(page)).toBeHidden();
  await expect(page.locator('#map')).toHaveAttribute('aria-busy', 'true');

  tiles.release();
  await expect(mapCanvas(page)).toBeVisible();
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy');
  expect(await firstIdleMarked(page)).toBe(true);
  // What the reader sees is the finished map (basemap and story), not an empty frame.
  expect(await distinctCanvasColours(page)).toBeGreaterThan(12);
});

test('a map whose tiles never come is shown after a few seconds all the same', async ({ page }) => {
  await holdBasemapTiles(page);
  await page.goto('');
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
  await expect(mapCanvas(page)).toBeVisible({ timeout: 15_000 });
  expect(await firstIdleMarked(page)).toBe(false);
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy');
});

test("the archive's header and its last byte (the check that it is whole) are asked for at once", async ({ page }) => {
  const ranges: string[] = [];
  let releaseHeader = () => {};
  const headerHeld = new Promise<void>((resolve) => (releaseHeader = resolve));
  await page.route(/\.pmtiles$/, async (route) => {
    const range = route.request().headers()['range'] ?? '';
    ranges.push(range);
    // The header waits until the last byte has been asked for: asked for after the header, it never would be.
    if (range.startsWith('bytes=0-')) await headerHeld;
    await route.continue();
  });
  await page.goto('');
  await expect.poll(() => ranges.filter((range) => !range.startsWith('bytes=0-')).length).toBeGreaterThan(0);
  const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(ranges.find((range) => !range.startsWith('bytes=0-'))!)!;
  expect(start).toBe(end);
  releaseHeader();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
});

/** The page's performance marks, by name, in ms since navigation. */
const marks = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
  );

test("the story is validated after the map is created, when the basemap's header is slower than the story", async ({
  page,
}) => {
  // The archive's header comes 600 ms late: the story's files are in long before it.
  await page.route(/\.pmtiles$/, async (route) => {
    if ((route.request().headers()['range'] ?? '').startsWith('bytes=0-')) await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await page.goto('');
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
  const { 'situation-map:map-created': created, 'situation-map:story-loaded': loaded } = await marks(page);
  expect(created).toBeGreaterThan(0);
  expect(loaded).toBeGreaterThan(created!);
});

test('a basemap that never answers holds the story for a second at most', async ({ page }) => {
  await page.route(/\.pmtiles$/, () => {}); // never answered
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem').first()).toBeVisible();
  const { 'situation-map:story-loaded': loaded } = await marks(page);
  expect(loaded).toBeLessThan(5_000);
});
