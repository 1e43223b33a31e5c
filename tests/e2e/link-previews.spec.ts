/**
 * Link previews: the build writes e/<event>/index.html for every event, with Open Graph and Twitter card tags,
 * and each opens the map on its event; the build draws each event's picture (the share card) beside its page.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitForMapIdle, distinctColoursIn } from './fixtures.ts';
import { readPng } from '../../src/export/png-text.ts';
import { previewPagePath } from '../../src/export/link-preview.ts';
import { realStoryModel } from '../story-data.ts';
import { stepIdForEvent } from '../../src/story/model.ts';

const model = realStoryModel();
const events = JSON.parse(readFileSync('geodata/events.json', 'utf8')).events as { id: string; title: string }[];

test('every event has a preview page with its title, description and card tags', async ({ request }) => {
  for (const event of events) {
    const response = await request.get(previewPagePath(event.id));
    expect(response.status(), event.id).toBe(200);
    const html = await response.text();
    const content = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
    const title = event.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(content('og:title'), event.id).toBe(title);
    expect(content('twitter:title'), event.id).toBe(title);
    expect(content('og:description')?.length, event.id).toBeGreaterThan(20);
    expect(content('twitter:card'), event.id).toMatch(/^summary/);
    expect(html).not.toContain('<script');
  }
});

test("every preview page names its own picture: a PNG of the stated size, a drawn map, the event's title", async ({
  page,
  request,
  baseURL,
}) => {
  for (const event of events) {
    const pageUrl = new URL(previewPagePath(event.id), baseURL);
    const html = await (await request.get(pageUrl.href)).text();
    const content = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
    // The e2e build has no SITE_URL: the picture is named relative to its page.
    const imageUrl = new URL(content('og:image')!, pageUrl);
    expect(imageUrl.pathname, event.id).toBe(`${pageUrl.pathname}preview.png`);
    expect(content('twitter:image'), event.id).toBe(content('og:image'));
    const response = await request.get(imageUrl.href);
    expect(response.headers()['content-type'], event.id).toBe('image/png');
    const bytes = new Uint8Array(await response.body());
    const png = readPng(bytes);
    expect([png.width, png.height], event.id).toEqual([
      Number(content('og:image:width')),
      Number(content('og:image:height')),
    ]);
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(png.text.Title, event.id).toBe(event.title);
    expect(png.text.Description, event.id).toContain(event.title);
    // The map's right part (the legend sits at its left), between the caption and the credits.
    expect(await distinctColoursIn(page, bytes, [640, 220, 540, 320]), event.id).toBeGreaterThan(12);
  }
});

test('a preview page opens the map on its event', async ({ page }) => {
  const event = events.find((candidate) => candidate.id === 'marines-to-embassy')!;
  await page.goto(previewPagePath(event.id));
  await expect(page).toHaveURL(/\/maps\/iraq\/\?event=marines-to-embassy(#|$)/);
  await waitForMapIdle(page);
  await expect(page.locator('#event-detail-title')).toHaveText(event.title);
});

test('a background event’s preview page opens the map on the step it explains', async ({ page }) => {
  const background = events.find((event) => !model.steps.some((step) => step.id === event.id))!;
  const stepId = stepIdForEvent(model, background.id)!;
  expect(stepId).not.toBe(background.id);
  await page.goto(previewPagePath(background.id));
  await expect(page).toHaveURL(new RegExp(`\\?event=${stepId}(#|$)`));
  await waitForMapIdle(page);
});
