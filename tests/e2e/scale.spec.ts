/**
 * A story of 1,000 synthetic events (bench/generate-story.ts), built with STORY_DIR into a second site beside the
 * first under the same server: the engine tells any story of that size, stepping as with the real one. Behaviour
 * only; timings are the scale bench's (bench/scale.ts).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, openMap, readCamera, waitForMapIdle } from './fixtures.ts';
import { generateStory, STORIES_DIR, writeStory } from '../../bench/generate-story.ts';

const SIZE = 1000;
const folder = new URL('../../dist/scale-fixture/', import.meta.url).pathname;
const story = generateStory(SIZE);
const { article, events } = JSON.parse(story['events.json']!) as {
  article: { title: string };
  events: { id: string; title: string; date: { precision: string } }[];
};
const steps = events.filter((event) => event.date.precision !== 'range');
/** Every place's position, from the story's area files. */
const positions = new Map(
  Object.entries(story)
    .filter(([name]) => name.endsWith('.geojson'))
    .flatMap(([, text]) =>
      (
        JSON.parse(text) as {
          features: { properties: { id: string }; geometry: { type: string; coordinates: [number, number] } }[];
        }
      ).features.map((feature) => [feature.properties.id, feature.geometry.coordinates] as const),
    ),
);

const current = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const articlePane = (page: Page) => page.locator('#article-region .text');

/** An event that names one place and moves nothing: the map frames that place at its centre. */
const onePlace = (step: { id: string }) => {
  const event = step as unknown as { places: string[]; movement?: unknown };
  return event.places.length === 1 && event.movement === undefined;
};

/** The map has settled with its camera on this one-place step. */
async function expectMapOn(page: Page, step: { id: string }) {
  expect(onePlace(step)).toBe(true);
  const [lng, lat] = positions.get((step as unknown as { places: string[] }).places[0]!)!;
  await expect
    .poll(async () => {
      await waitForMapIdle(page);
      const camera = await readCamera(page);
      return Math.max(Math.abs(camera.lng - lng), Math.abs(camera.lat - lat));
    })
    .toBeLessThan(0.01);
}

/**
 * The map has settled with every place of this step inside its view: true of any step, however many places it names
 * or whether a unit moves, so the test does not depend on what the generator put last.
 */
async function expectMapShows(page: Page, step: { id: string }) {
  const places = (step as unknown as { places: string[] }).places.map((id) => positions.get(id)!);
  await expect
    .poll(async () => {
      await waitForMapIdle(page);
      const camera = await readCamera(page);
      return places.every(
        ([lng, lat]) => lng >= camera.west && lng <= camera.east && lat >= camera.south && lat <= camera.north,
      );
    })
    .toBe(true);
}

/** Drag the timeline's thumb from its start to past its end in `moves` moves, then let go. */
async function dragAcrossTimeline(page: Page, moves: number) {
  const box = (await slider(page).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 1, y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(box.x + 1 + ((box.width + 8) * i) / moves, y);
  await page.mouse.up();
}

test.describe('a story of 1,000 synthetic events', () => {
  test.beforeAll(() => {
    test.setTimeout(180_000);
    const storyDir = `${STORIES_DIR}e2e-${SIZE}`;
    writeStory(storyDir, story);
    execFileSync('npx', ['vite', 'build', '--outDir', folder, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...process.env, STORY_DIR: storyDir, PREVIEW_IMAGES: 'off' },
    });
  });

  test('loads, lists every step, and steps with Next, End and Home', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(steps.length);
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expect(slider(page)).toHaveAttribute('aria-valuemax', String(steps.length));

    const next = page.getByRole('button', { name: 'Next event' });
    for (let i = 1; i <= 3; i++) {
      await next.click();
      await expect(current(page)).toHaveAttribute('data-event-id', steps[i]!.id);
      await expect(slider(page)).toHaveAttribute('aria-valuenow', String(i + 1));
      await expect(page.getByRole('heading', { level: 2, name: steps[i]!.title })).toBeVisible();
    }
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps[3]!.id}(&|#|$)`));

    await page.locator('h1').click(); // focus on the page, not on a control
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(steps.length));
    await expect(next).toBeDisabled();
    // The list keeps the current row in view, a thousand rows down.
    await expect(current(page)).toBeInViewport();

    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expect(current(page)).toBeInViewport();
  });

  test('the list reaches the last of 1,000 events by keyboard, marks it, scrolls it into view and announces it', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    const last = steps.at(-1)!;
    const row = page.getByRole('list', { name: 'Events' }).getByRole('listitem').last();
    await expect(row).toHaveAttribute('data-event-id', last.id);
    await row.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(current(page)).toHaveAttribute('data-event-id', last.id);
    await expect(current(page)).toBeInViewport();
    await expect(page.getByTestId('step-announcer')).toContainText(last.title);
  });

  test('the article renders its passages as the reader scrolls to them, and they still select their event', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    // Not following the text, so that scrolling does not step the map.
    await page.getByRole('checkbox', { name: 'Follow the text' }).uncheck();
    const lastPassage = articlePane(page).locator(`mark[data-passage-event="${steps.at(-1)!.id}"]`);
    await expect(articlePane(page).locator('mark').first()).toBeVisible();
    await expect(lastPassage).toHaveCount(0);
    // To the end, as a reader dragging the scrollbar there: the chunks near the end render.
    await expect
      .poll(async () => {
        await articlePane(page).evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
        return lastPassage.count();
      })
      .toBe(1);
    await lastPassage.click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
  });

  test('selecting an event far down renders its passage, marks it and scrolls the article to it', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    const target = steps[900]!;
    await expect(articlePane(page).locator(`mark[data-passage-event="${target.id}"]`)).toHaveCount(0);
    await page.getByRole('list', { name: 'Events' }).locator(`[data-event-id="${target.id}"] button`).click();
    const passage = articlePane(page).locator(`mark[data-passage-event="${target.id}"]`);
    await expect(passage).toHaveClass(/current/);
    await expect(passage).toBeInViewport();
    await expect(articlePane(page).locator('mark.current')).toHaveCount(1);
  });

  test('the article lets go of the chunks the reader left far behind, without moving the text, and renders them again on return', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    const firstPassage = articlePane(page).locator(`mark[data-passage-event="${steps[0]!.id}"]`);
    await expect(firstPassage).toHaveCount(1);
    const target = steps[900]!;
    await page.getByRole('list', { name: 'Events' }).locator(`[data-event-id="${target.id}"] button`).click();
    const passage = articlePane(page).locator(`mark[data-passage-event="${target.id}"]`);
    await expect(passage).toBeInViewport();
    await expect(articlePane(page)).toHaveAttribute('data-own-scroll', 'false');
    const arrivedAt = (await passage.boundingBox())!.y;
    // Once the scroll has settled, the first chunk, thousands of pixels above, is a block of its height again.
    await expect(firstPassage).toHaveCount(0);
    expect(await articlePane(page).locator('.chunk').count()).toBeLessThanOrEqual(4);
    expect((await passage.boundingBox())!.y).toBeCloseTo(arrivedAt, 0);
    // Back at the start, it renders again, with the first event's passage.
    await page.getByRole('list', { name: 'Events' }).locator(`[data-event-id="${steps[0]!.id}"] button`).click();
    await expect(firstPassage).toBeInViewport();
  });

  test('dragging the timeline fast across 1,000 events lands on the last one, and the map shows it', async ({
    page,
  }) => {
    await openMap(page, 'scale-fixture/');
    await dragAcrossTimeline(page, 40);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(steps.length));
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
    await expect(page.getByRole('heading', { level: 2, name: steps.at(-1)!.title })).toBeVisible();
    await expectMapShows(page, steps.at(-1)!);
    // The list held still while the timeline was swept, and brings the row the drag ended on into view after it.
    await expect(current(page)).toBeInViewport();
  });

  test('a drag across the timeline is one history entry: Back returns to the step before it', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
    await dragAcrossTimeline(page, 40);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps.at(-1)!.id}(&|#|$)`));
    await page.goBack();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
  });

  test('holding the right arrow key steps on, ends where it was let go, as one history entry', async ({ page }) => {
    await openMap(page, 'scale-fixture/');
    // Let go on a step with one place, which the map frames at its centre.
    const to = steps.findIndex((step, index) => index >= 25 && onePlace(step));
    await page.locator('h1').click(); // focus on the page, not on a control
    // Every message the screen reader's live region is given while the key is held.
    await page.evaluate(() => {
      const announcer = document.querySelector('[data-testid="step-announcer"]')!;
      const said: string[] = [];
      (window as unknown as { announced: string[] }).announced = said;
      new MutationObserver(() => said.push(announcer.textContent ?? '')).observe(announcer, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // The first press and its repeats (a key already down repeats), then the key comes up.
    for (let i = 0; i < to; i++) await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[to]!.id);
    // Announced where the reader let go, not each of the steps swept past.
    await expect(page.getByTestId('step-announcer')).toContainText(steps[to]!.title);
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced.length).toBeLessThanOrEqual(2);
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(to + 1));
    await expectMapOn(page, steps[to]!);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${steps[to]!.id}(&|#|$)`));
    await page.goBack();
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
  });
});
