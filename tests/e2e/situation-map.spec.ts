import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openMap, readCamera, distinctCanvasColours, waitForMapIdle, disableWebGL } from './fixtures.ts';
import { renderSymbols, storyForces } from '../../build/unit-symbols-plugin.ts';
import { GEODATA_DIR } from '../../scripts/story-files.ts';
import { anchorOffset } from '../../src/story/symbols.ts';
import { realStoryModel } from '../story-data.ts';

interface RawEvent {
  id: string;
  title: string;
  date: { precision: string; start: string };
}
const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  article: { title: string };
  events: RawEvent[];
};
const steps = story.events.filter((event) => event.date.precision !== 'range');
const eventList = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Events' });

test('the map draws the basemap and places, with the article in the header', async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.article.title);
  expect(await distinctCanvasColours(page)).toBeGreaterThan(12);
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot.png' });
});

test('every dated event is listed once, in date order, with a machine-readable date', async ({ page }) => {
  await openMap(page);
  const items = eventList(page).getByRole('listitem');
  await expect(items).toHaveCount(steps.length);
  const listed = await items.evaluateAll((lis) =>
    lis.map((li) => ({ id: li.dataset.eventId, datetime: li.querySelector('time')?.getAttribute('datetime') })),
  );
  expect(listed).toEqual(steps.map((step) => ({ id: step.id, datetime: step.date.start })));
  const instants = listed.map(({ datetime }) =>
    Date.parse(datetime!.length === 10 ? `${datetime}T12:00+03:00` : datetime!),
  );
  expect(instants).toEqual([...instants].sort((a, b) => a - b));
});

test('clicking an event marks it current and moves the camera to it', async ({ page }) => {
  await openMap(page);
  const first = await readCamera(page);
  await page.locator('[data-event-id="embassy-attack"] button').click();
  await expect(page.locator('[data-event-id="embassy-attack"]')).toHaveAttribute('aria-current', 'step');
  await expect(eventList(page).locator('[aria-current]')).toHaveCount(1);
  await waitForMapIdle(page);
  const framed = await readCamera(page);
  expect(framed.zoom).toBeGreaterThan(first.zoom + 3);
  // The embassy compound (33.299 N, 44.396 E) is in view.
  expect(framed.west).toBeLessThan(44.396);
  expect(framed.east).toBeGreaterThan(44.396);
  expect(framed.south).toBeLessThan(33.299);
  expect(framed.north).toBeGreaterThan(33.299);
  await expect(
    page.getByRole('heading', { level: 2, name: steps.find((s) => s.id === 'embassy-attack')!.title }),
  ).toBeVisible();
});

test('Enter on a focused event selects it', async ({ page }) => {
  await openMap(page);
  await page.locator('[data-event-id="esper-pre-emptive-warning"] button').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-event-id="esper-pre-emptive-warning"]')).toHaveAttribute('aria-current', 'step');
});

test('an event spanning Fort Bragg and Kuwait frames both', async ({ page }) => {
  await openMap(page);
  await page.locator('[data-event-id="airborne-battalion-to-kuwait"] button').click();
  await waitForMapIdle(page);
  const camera = await readCamera(page);
  expect(camera.west).toBeLessThan(-79.014); // Pope Army Airfield
  expect(camera.east).toBeGreaterThan(48.158); // Camp Arifjan side of Kuwait
  expect(camera.south).toBeLessThan(28.9);
  expect(camera.north).toBeGreaterThan(35.2);
});

test('clicking the embassy on the map opens its place panel', async ({ page }) => {
  await openMap(page);
  await page.locator('[data-event-id="embassy-attack"] button').click();
  await waitForMapIdle(page);
  const canvas = page.locator('.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  // The camera frames the compound in the middle of the map (padding is almost symmetric).
  await page.mouse.click(box.x + box.width / 2 - 8, box.y + box.height / 2);
  const panel = page.getByRole('region', { name: /U\.S\. Embassy/ });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Approximate outline');
  await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await panel.getByRole('button', { name: 'Close place panel' }).click();
  await expect(panel).toHaveCount(0);
});

test("exactly the current step's places are highlighted on the map, in both place sources", async ({ page }) => {
  const model = realStoryModel();
  const placeIds = model.places.map((place) => place.properties.id);
  const highlightedOnMap = (source: string) =>
    page.evaluate(
      ({ source, ids }) =>
        ids.filter((id) => window.situationMap.getFeatureState({ source, id }).highlighted === true).sort(),
      { source, ids: placeIds },
    );
  const placesOf = (id: string) => [...model.steps.find((step) => step.id === id)!.places].sort();
  await openMap(page);
  for (const id of ['k1-rocket-attack', 'embassy-attack', 'milley-buzz-saw']) {
    await page.locator(`[data-event-id="${id}"] button`).click();
    await waitForMapIdle(page);
    // Leaving a step clears its places (the embassy stays lit from one step to the next, the gates do not).
    expect(await highlightedOnMap('places'), id).toEqual(placesOf(id));
    expect(await highlightedOnMap('place-uncertainty'), id).toEqual(placesOf(id));
  }
});

test('an approximate place says so in its panel', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'K-1 Air Base', exact: true }).click();
  const panel = page.getByRole('region', { name: 'K-1 Air Base', exact: true });
  await expect(panel).toContainText(/Approximate: the exact spot is not public; it lies within about 1\.5 km/);
});

test('no serious or critical accessibility violations', async ({ page }) => {
  await openMap(page);
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the map and the event list both fit the width', async ({ page }) => {
    await openMap(page);
    const canvasBox = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvasBox.width).toBeLessThanOrEqual(390);
    expect(canvasBox.height).toBeGreaterThan(250);
    // On a phone the list is a sheet the reader opens ("All events").
    await page.getByRole('button', { name: 'All events' }).click();
    await expect(eventList(page)).toBeVisible();
    expect((await eventList(page).boundingBox())!.width).toBeLessThanOrEqual(390);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.locator('[data-event-id="marines-to-embassy"] button').click();
    await expect(page.locator('[data-event-id="marines-to-embassy"]')).toHaveAttribute('aria-current', 'step');
  });
});

test('invalid data shows a panel naming the problem, not a blank page', async ({ page }) => {
  await page.route('**/events*.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { events: (RawEvent & { places: string[] })[] };
    data.events[4]!.places = ['no-such-place'];
    await route.fulfill({ response, json: data });
  });
  await page.goto('');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data has problems');
  await expect(page.getByRole('list', { name: 'Data problems' })).toContainText(
    `events.json › ${story.events[4]!.id} › places.0: unknown place "no-such-place"`,
  );
});

test('without WebGL the events and details still work, with a notice', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('');
  await expect(page.getByRole('status').filter({ hasText: 'needs WebGL' })).toBeVisible();
  await page.locator('[data-event-id="milley-buzz-saw"] button').click();
  await expect(page.locator('[data-event-id="milley-buzz-saw"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('#event-detail-title')).toHaveText(steps.find((s) => s.id === 'milley-buzz-saw')!.title);
});

test.describe('on a high-DPI screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('unit symbols are drawn at the screen pixel ratio, and placed by their anchor', async ({ page }) => {
    await openMap(page, '?event=marines-to-embassy');
    const rendered = renderSymbols(storyForces(GEODATA_DIR))['us-marine-infantry']!;
    // Added once the SVGs have decoded: wait for the image rather than for a time.
    await expect.poll(() => page.evaluate(() => window.situationMap.hasImage('us-marine-infantry'))).toBe(true);
    const image = await page.evaluate(() => {
      const added = window.situationMap.getImage('us-marine-infantry')!;
      return { pixelRatio: added.pixelRatio, width: added.data.width };
    });
    expect(image.pixelRatio).toBe(2);
    expect(image.width).toBe(Math.ceil(rendered.width * 2));
    const offset = await page.evaluate(() => {
      const map = window.situationMap;
      const layer = map.getStyle().layers.find((candidate) => candidate.id === 'scene-static-units');
      return (layer as { layout?: Record<string, unknown> }).layout?.['icon-offset'];
    });
    expect(JSON.stringify(offset)).toContain(JSON.stringify(['literal', anchorOffset(rendered)]));
  });
});
