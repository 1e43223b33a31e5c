/**
 * Corrections as a reader meets them: a "Corrections" section from the byline (or the credits) lists every entry of the story's
 * corrections (date, what the map said, what it says now, why, the source), and a corrected event's detail says
 * "Corrected <date>" with a link to its entry. At the desktop's and a phone's size.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface RawCorrection {
  id: string;
  date: string;
  event?: string;
  place?: string;
  was: string;
  now: string;
  why: string;
  sources: { url: string }[];
}
const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; date: { precision: string } }[];
  corrections: RawCorrection[];
};
const newestFirst = [...story.corrections].sort((a, b) => b.date.localeCompare(a.date));
/** A corrected step (not background), the newest such correction: its detail carries the "Corrected" line. */
const correctedStep = newestFirst.find((correction) =>
  story.events.some((event) => event.id === correction.event && event.date.precision !== 'range'),
)!;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Corrections' });

/** Every entry is listed, newest first, with its four parts and a link to each of its sources. */
async function expectAllEntries(page: Page): Promise<void> {
  const entries = dialog(page)
    .getByRole('listitem')
    .filter({ has: page.locator('dl') });
  await expect(entries).toHaveCount(newestFirst.length);
  for (const [index, correction] of newestFirst.entries()) {
    const entry = entries.nth(index);
    await expect(entry).toHaveAttribute('id', `correction-${correction.id}`);
    await expect(entry.locator('time').first()).toHaveAttribute('datetime', correction.date);
    await expect(entry).toContainText(correction.was);
    await expect(entry).toContainText(correction.now);
    await expect(entry).toContainText(correction.why);
    for (const source of correction.sources) {
      await expect(entry.locator(`a[href="${new URL(source.url).href}"]`)).toHaveCount(1);
    }
  }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: viewport.width < 760, isMobile: viewport.width < 760 });

    test('the byline’s (desktop) or the credits’ (phone) Corrections opens every entry, newest first', async ({
      page,
    }) => {
      await page.goto('');
      if (viewport.width < 760) {
        // A phone's byline is for screen readers only: the credits, folded behind ⓘ, hold the link.
        const credits = page.locator('.maplibregl-ctrl-attrib');
        await credits.locator('summary').tap();
        await credits.getByRole('link', { name: 'Corrections' }).tap();
      } else {
        await page.getByRole('button', { name: 'Corrections' }).click();
      }
      await expect(dialog(page)).toBeVisible();
      await expectAllEntries(page);
      await dialog(page).getByRole('button', { name: 'Close' }).click();
      await expect(dialog(page)).toBeHidden();
    });

    test('a corrected event says "Corrected <date>" and opens its entry', async ({ page }) => {
      await page.goto(`?event=${correctedStep.event}`);
      if (viewport.width < 760) await page.getByRole('button', { name: /^More/ }).click();
      const note = page
        .locator('.detail')
        .getByRole('button', { name: new RegExp(`^Corrected `) })
        .first();
      await expect(note.locator('time')).toHaveAttribute('datetime', correctedStep.date);
      await note.click();
      await expect(dialog(page)).toBeVisible();
      const entry = dialog(page).locator(`[id="correction-${correctedStep.id}"]`);
      await expect(entry).toBeFocused();
      await expect(entry).toBeInViewport();
    });
  });
}
