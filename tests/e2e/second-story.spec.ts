/**
 * The second real story (stories/us-troops-nato-eastern-flank-2022/, the Pentagon's briefing of 2 February 2022),
 * built with STORY_DIR into a site beside the first under the same server: it opens with its own title, steps
 * through every event with the address bar following, frames each step's places, and a place's deep link opens
 * its panel with its sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, readCamera, waitForMapIdle, buildInto } from './fixtures.ts';

const STORY = 'stories/us-troops-nato-eastern-flank-2022';
const storyUrl = new URL(`../../${STORY}/`, import.meta.url);
const folder = new URL('../../dist/second-story/', import.meta.url).pathname;

interface RawSource {
  title: string;
  url: string;
}
const story = JSON.parse(readFileSync(new URL('events.json', storyUrl), 'utf8')) as {
  article: { title: string };
  events: { id: string; title: string; places: string[]; date: { precision: string } }[];
};
const steps = story.events.filter((event) => event.date.precision !== 'range');
const places = new Map(
  readdirSync(storyUrl)
    .filter((name) => name.endsWith('.geojson'))
    .flatMap(
      (name) =>
        (
          JSON.parse(readFileSync(new URL(name, storyUrl), 'utf8')) as {
            features: {
              properties: { id: string; name: string; sources: RawSource[] };
              geometry: { coordinates: [number, number] };
            }[];
          }
        ).features,
    )
    .map((feature) => [feature.properties.id, feature] as const),
);

const current = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');

/** Every place of the step lies inside the map's visible bounds once it has settled. */
async function expectFramed(page: Page, step: (typeof steps)[number]) {
  await waitForMapIdle(page);
  const camera = await readCamera(page);
  for (const id of step.places) {
    const [lng, lat] = places.get(id)!.geometry.coordinates;
    expect(lng, `${step.id}: ${id} inside west–east`).toBeGreaterThanOrEqual(camera.west);
    expect(lng, `${step.id}: ${id} inside west–east`).toBeLessThanOrEqual(camera.east);
    expect(lat, `${step.id}: ${id} inside south–north`).toBeGreaterThanOrEqual(camera.south);
    expect(lat, `${step.id}: ${id} inside south–north`).toBeLessThanOrEqual(camera.north);
  }
}

test.describe('the second story: U.S. troops to NATO’s eastern flank, February 2022', () => {
  test.beforeAll(() => {
    test.setTimeout(180_000);
    buildInto(folder, { STORY_DIR: STORY, PREVIEW_IMAGES: 'off' });
  });

  test('opens with its title; Next walks every step, the list and ?event= follow, each step framed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openMap(page, 'second-story/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.article.title);
    await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(steps.length);
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expectFramed(page, steps[0]!);
    const next = page.getByRole('button', { name: 'Next event' });
    for (const step of steps.slice(1)) {
      await next.click();
      await expect(current(page)).toHaveAttribute('data-event-id', step.id);
      await expect(current(page)).toContainText(step.title);
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(step.id);
      await expectFramed(page, step);
    }
    await expect(next).toBeDisabled();
  });

  test('?place= opens the place’s panel with every source linked', async ({ page }) => {
    const place = places.get('rzeszow-jasionka-airport')!;
    await openMap(page, `second-story/?place=${place.properties.id}`);
    const panel = page.locator(`.place-panel[data-place-id="${place.properties.id}"]`);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name);
    const links = panel.locator('.source-list').getByRole('link');
    await expect(links).toHaveText(place.properties.sources.map((source) => source.title));
    for (const [index, source] of place.properties.sources.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', source.url);
    }
  });
});
