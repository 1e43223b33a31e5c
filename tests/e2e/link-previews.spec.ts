/**
 * Link previews: the build writes e/<event>/index.html for every event, with Open Graph and Twitter card tags,
 * and each opens the map on its event.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitForMapIdle } from './fixtures.ts';
import { previewPagePath } from '../../src/core/link-preview.ts';
import { realStoryModel } from '../story-data.ts';
import { stepIdForEvent } from '../../src/core/story.ts';

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
