/**
 * Code the first view does not need loads on demand: the share and video dialogs with the export code, the
 * corrections list, and the article's text (after the map's first idle). The bench counts the JavaScript fetched
 * before the first idle (bench/js-bytes.ts); these tests hold the split itself, and that what loads later works.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

/** Chunks (by the module Vite names them after) that must not load before the map's first idle. */
const ON_DEMAND = [
  'SaveImageDialog',
  'share-card',
  'share-image',
  'RecordVideoDialog',
  'video-plan',
  'record-video',
  'CorrectionsList',
  'ArticleText',
  'EventFilters',
  'EmbedDialog',
  // The phone's event card (a desktop never shows it), and a filter's matching and match stepping.
  'StoryCard',
  'filter-matching',
  // fflate's inflate (chunk named after its file, browser.js): only where DecompressionStream is missing.
  'browser',
];

/** The page's scripts by chunk name (hash and extension dropped), and whether each started before the first idle. */
async function scripts(page: Page): Promise<{ name: string; beforeIdle: boolean }[]> {
  await page.waitForFunction(() => performance.getEntriesByName('situation-map:first-idle').length > 0);
  return page.evaluate(() => {
    const idle = performance.getEntriesByName('situation-map:first-idle')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({
        name: new URL(entry.name).pathname
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.m?js$/, ''),
        beforeIdle: entry.startTime <= idle,
      }));
  });
}

/**
 * Records, from the page's first change on, whether `shown` was ever in the page without `alongside`: a frame that
 * could have shown the one without the other. Call before the page opens; the function returned tells.
 */
async function watchApart(page: Page, shown: string, alongside: string): Promise<() => Promise<boolean>> {
  await page.addInitScript(
    ([shown, alongside]) => {
      const seen = { apart: false };
      Object.assign(window, { apartSeen: seen });
      new MutationObserver(() => {
        if (document.querySelector(shown) && !document.querySelector(alongside)) seen.apart = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    [shown, alongside] as const,
  );
  return () => page.evaluate(() => (window as unknown as { apartSeen: { apart: boolean } }).apartSeen.apart);
}

test('the first view fetches no share, video, corrections, article-text inflate, event-filter, phone-card or embed code before the map’s first idle', async ({
  page,
}) => {
  await openMap(page);
  const early = (await scripts(page)).filter((script) => script.beforeIdle).map((script) => script.name);
  expect(early).toContain('index');
  expect(early.filter((name) => ON_DEMAND.includes(name))).toEqual([]);
});

test('the article’s text loads after the first idle and renders its passages', async ({ page }) => {
  await openMap(page);
  // In the page whether or not the article is open at this width.
  await expect(page.locator('#article-region mark[data-passage-step]').first()).toBeAttached();
  const article = (await scripts(page)).find((script) => script.name === 'ArticleText');
  expect(article?.beforeIdle).toBe(false);
});

test('Save image loads its dialog on the first press, and the dialog offers both formats', async ({ page }) => {
  await openMap(page);
  expect((await scripts(page)).map((script) => script.name)).not.toContain('SaveImageDialog');
  await page.getByRole('button', { name: 'Save image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  const names = (await scripts(page)).map((script) => script.name);
  expect(names).toEqual(expect.arrayContaining(['SaveImageDialog', 'share-card']));
  // Closed and opened again: the same dialog, without loading anything more.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Save image' }).click();
  await expect(dialog).toBeVisible();
  expect((await scripts(page)).length).toBe(names.length);
});

test('Record video loads its dialog on the first press, with every step to choose from', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await expect(dialog).toBeVisible();
  const steps = Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuemax'));
  await expect(dialog.getByRole('combobox', { name: 'From' }).locator('option')).toHaveCount(steps);
  expect((await scripts(page)).map((script) => script.name)).toEqual(
    expect.arrayContaining(['RecordVideoDialog', 'video-plan']),
  );
});

test('without DecompressionStream the basemap inflates its tiles with fflate, loaded for it', async ({ page }) => {
  // Browsers before Safari 16.4 and Firefox 113: pmtiles falls back on fflate (src/lib/inflate-on-demand.ts).
  await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'DecompressionStream'));
  await openMap(page);
  expect((await scripts(page)).map((script) => script.name)).toContain('browser');
  await expect(page.getByTestId('basemap-problem')).toHaveCount(0);
  const land = await page.evaluate(
    () => window.situationMap.queryRenderedFeatures({ layers: ['basemap-land'] }).length,
  );
  expect(land).toBeGreaterThan(0);
});

test('the event filters load on the first press of Filters, and a kind chosen there filters the list', async ({
  page,
}) => {
  await openMap(page);
  const search = page.getByRole('search', { name: 'Events' }).first();
  await search.getByRole('button', { name: 'Filters' }).click();
  await search.getByRole('combobox', { name: 'Kind' }).selectOption('strike');
  await expect(page).toHaveURL(/[?&]kind=strike(&|#|$)/);
  await expect(search.getByRole('status')).toContainText(' of ');
  expect((await scripts(page)).map((script) => script.name)).toContain('EventFilters');
});

test('a filter in the link applies at load without the filters’ code', async ({ page }) => {
  await openMap(page, '?kind=strike');
  const search = page.getByRole('search', { name: 'Events' }).first();
  await expect(search.getByRole('status')).toContainText(' of ');
  await expect(search.getByRole('button', { name: 'Show all' })).toBeVisible();
  expect((await scripts(page)).map((script) => script.name)).not.toContain('EventFilters');
});

test('a search typed in loads the filter’s matching, which filters the list and steps from match to match', async ({
  page,
}) => {
  await openMap(page);
  expect((await scripts(page)).map((script) => script.name)).not.toContain('filter-matching');
  const search = page.getByRole('search', { name: 'Events' }).first();
  await search.getByRole('searchbox', { name: 'Search events' }).fill('strike');
  await expect(search.getByRole('status')).toContainText(' of ');
  await expect(page.getByTestId('match-caption')).toBeVisible();
  expect((await scripts(page)).map((script) => script.name)).toContain('filter-matching');
});

test('a filter in the link loads the filter’s matching before the story shows: the list opens filtered', async ({
  page,
}) => {
  // Whether the event search ever showed without its count of matches and Show all (a list filtered a moment late).
  const SEARCH = '[role="search"][aria-label="Events"]';
  const unfiltered = await watchApart(page, SEARCH, `${SEARCH} [role="status"] button`);
  await openMap(page, '?kind=strike');
  await expect(page.getByRole('search', { name: 'Events' }).first().getByRole('status')).toContainText(' of ');
  expect(await unfiltered()).toBe(false);
  const matching = (await scripts(page)).find((script) => script.name === 'filter-matching');
  expect(matching?.beforeIdle).toBe(true);
});

test('the filter’s code failing to load: a search says so, and the list stays whole', async ({ page, watch }) => {
  await page.route('**/filter-matching-*.js', (route) => route.abort());
  await openMap(page);
  const search = page.getByRole('search', { name: 'Events' }).first();
  await search.getByRole('searchbox', { name: 'Search events' }).fill('strike');
  await expect(search.getByRole('alert')).toContainText('The search could not be loaded');
  await expect(search.getByRole('button', { name: 'Show all' })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('q')).toBe(false);
  watch.forgiveFailedResponses('aborted');
});

test('the filter’s code failing to load for a link: the notice says so, and the link keeps its filter', async ({
  page,
  watch,
}) => {
  await page.route('**/filter-matching-*.js', (route) => route.abort());
  await openMap(page, '?kind=strike');
  await expect(page.locator('.link-notice')).toContainText('The filter in this link could not be loaded');
  await expect(page).toHaveURL(/[?&]kind=strike(&|#|$)/);
  watch.forgiveFailedResponses('aborted');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the event card loads before the story shows: the card is there in the story’s first frame', async ({
    page,
  }) => {
    // Whether the map ever showed without the card beside it.
    const cardless = await watchApart(page, '#map', '.story-card');
    await openMap(page);
    await expect(page.getByRole('region', { name: 'Current event' })).toBeVisible();
    expect(await cardless()).toBe(false);
    expect((await scripts(page)).find((script) => script.name === 'StoryCard')?.beforeIdle).toBe(true);
  });

  test('the card’s code failing to load: the story still shows, and the card’s place says why', async ({
    page,
    watch,
  }) => {
    await page.route('**/StoryCard-*.js', (route) => route.abort());
    await openMap(page);
    await expect(page.getByRole('alert').filter({ hasText: 'The event card could not be loaded' })).toBeVisible();
    watch.forgiveFailedResponses('aborted');
  });
});

test('Embed loads its dialog on the first press, with the snippet for the view', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/^<iframe src="/);
  expect((await scripts(page)).map((script) => script.name)).toContain('EmbedDialog');
});

test('a list whose code cannot load says so over the page, and asks for a reload', async ({ page, watch }) => {
  watch.forgiveFailedResponses(404);
  await openMap(page);
  // The reader went offline, or a new deploy removed the old chunk: the fetch of the list's code fails.
  await page.route('**/CorrectionsList-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: 'Corrections' }).first().click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The corrections could not be loaded');
  await expect(notice).toContainText('reload the page');
  await expect(notice).toHaveCSS('position', 'fixed');
  await expect(page.getByRole('dialog', { name: 'Corrections' })).toHaveCount(0);
  // Dismissed, it no longer covers the controls under it.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/[?&]event=/);
});
