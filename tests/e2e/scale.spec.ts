/**
 * A story of 1,000 synthetic events (bench/generate-story.ts), built with STORY_DIR into a second site beside the
 * first under the same server: the engine tells any story of that size, stepping as with the real one. Behaviour
 * only; timings are the scale bench's (bench/scale.ts).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';
import { generateStory, STORIES_DIR, writeStory } from '../../bench/generate-story.ts';

const SIZE = 1000;
const folder = new URL('../../dist/scale-fixture/', import.meta.url).pathname;
const story = generateStory(SIZE);
const { article, events } = JSON.parse(story['events.json']!) as {
  article: { title: string };
  events: { id: string; title: string; date: { precision: string } }[];
};
const steps = events.filter((event) => event.date.precision !== 'range');

const current = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

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
    await expect(slider(page)).toHaveAttribute('aria-valuemax', String(SIZE));

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
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(SIZE));
    await expect(next).toBeDisabled();
    // The list keeps the current row in view, a thousand rows down.
    await expect(current(page)).toBeInViewport();

    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
    await expect(current(page)).toBeInViewport();
  });
});
