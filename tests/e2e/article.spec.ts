import type { Page } from '@playwright/test';
import { test, expect, openMap, readCamera, waitForMapIdle } from './fixtures.ts';

/**
 * A wide desktop, where the article opens beside the map by default; at 1280 px it takes the event list's column
 * when opened instead (tests/e2e/framing.spec.ts).
 */
test.use({ viewport: { width: 1600, height: 900 } });

const pane = (page: Page) => page.locator('.article-pane .text');
const passage = (page: Page, eventId: string) => page.locator(`mark[data-passage-event="${eventId}"]`);
const currentStep = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');

/** The article's text renders once the map has drawn (in the browser's first idle period after its first idle). */
const passageRendered = (page: Page, eventId: string) => passage(page, eventId).first().waitFor({ state: 'attached' });

/** Whether an element lies inside the pane's visible area. */
async function isInPaneView(page: Page, eventId: string): Promise<boolean> {
  await passageRendered(page, eventId);
  return page.evaluate((id) => {
    const scroller = document.querySelector('.article-pane .text')!;
    const mark = document.querySelector(`mark[data-passage-event="${id}"]`)!;
    const outer = scroller.getBoundingClientRect();
    const inner = mark.getBoundingClientRect();
    return inner.top >= outer.top && inner.top < outer.bottom;
  }, eventId);
}

/** Click on a passage's first line of text (an inline box's corner may be someone else's text). */
async function clickText(page: Page, target: ReturnType<typeof passage>): Promise<void> {
  await waitForOwnScrollToEnd(page);
  await target.scrollIntoViewIfNeeded();
  const rect = await target.evaluate((element) => {
    const first = element.getClientRects()[0]!;
    return { x: first.x + Math.min(8, first.width / 2), y: first.y + first.height / 2 };
  });
  await page.mouse.click(rect.x, rect.y);
}

/** Scroll the pane (as a reader would) so that a passage sits across its middle. */
async function scrollPassageToMiddle(page: Page, eventId: string): Promise<void> {
  await passageRendered(page, eventId);
  await page.evaluate((id) => {
    const scroller = document.querySelector<HTMLElement>('.article-pane .text')!;
    const mark = document.querySelector(`mark[data-passage-event="${id}"]`)!;
    const outer = scroller.getBoundingClientRect();
    const inner = mark.getBoundingClientRect();
    scroller.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2);
  }, eventId);
}

/** The pane's own scroll to the current passage (and the window in which it ignores the reader) is over. */
async function waitForOwnScrollToEnd(page: Page): Promise<void> {
  await expect(pane(page)).toHaveAttribute('data-own-scroll', 'false');
}

/** Our own scroll to the current passage must be over before the reader's counts. */
async function waitForPaneToSettle(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const top = await pane(page).evaluate((element) => element.scrollTop);
      const settled = top === last;
      last = top;
      return settled;
    })
    .toBe(true);
  await waitForOwnScrollToEnd(page);
}

test('the article is beside the map on a wide screen, with its title and every quoted event marked', async ({
  page,
}) => {
  await openMap(page);
  await expect(page.getByRole('button', { name: 'Article' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('complementary', { name: 'Article' })).toBeVisible();
  await expect(pane(page).getByRole('heading', { level: 2 })).toHaveText(
    'After Embassy Attack, U.S. Is Prepared to Pre-emptively Strike Militias in Iraq',
  );
  for (const id of ['k1-rocket-attack', 'embassy-attack', 'marines-to-embassy', 'milley-buzz-saw']) {
    await expect(passage(page, id)).toHaveCount(1);
  }
});

test('selecting an event scrolls its passage into view and marks it', async ({ page }) => {
  await openMap(page);
  expect(await isInPaneView(page, 'esper-iraq-not-doing-enough')).toBe(false);
  await page.locator('[data-event-id="esper-iraq-not-doing-enough"] button').click();
  await expect(passage(page, 'esper-iraq-not-doing-enough')).toHaveClass(/current/);
  await expect.poll(() => isInPaneView(page, 'esper-iraq-not-doing-enough')).toBe(true);
  // Only that event's passages (and its background's) are marked current.
  const currentSteps = await page
    .locator('mark.current')
    .evaluateAll((marks) => [...new Set(marks.map((mark) => (mark as HTMLElement).dataset.passageStep))]);
  expect(currentSteps).toEqual(['esper-iraq-not-doing-enough']);
});

test('clicking a passage selects its event and moves the camera', async ({ page }) => {
  await openMap(page, '?event=esper-iraq-not-doing-enough');
  const before = await readCamera(page);
  await clickText(page, passage(page, 'k1-rocket-attack'));
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'k1-rocket-attack');
  await waitForMapIdle(page);
  const after = await readCamera(page);
  expect(Math.abs(after.lat - before.lat) + Math.abs(after.lng - before.lng)).toBeGreaterThan(0.5);
  // Kirkuk's K-1 air base (35.5 N, 44.3 E) is now in view.
  expect(after.south).toBeLessThan(35.5);
  expect(after.north).toBeGreaterThan(35.5);
});

test('each passage has a keyboard button that selects its event', async ({ page }) => {
  await openMap(page);
  const button = page.getByRole('button', { name: /^Show on the map: .*embassy/i }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'embassy-attack');
});

test('in follow mode, scrolling the article advances the map to the passage in the middle', async ({ page }) => {
  await openMap(page, '?event=k1-rocket-attack');
  await expect(page.getByRole('checkbox', { name: 'Follow the text' })).toBeChecked();
  await waitForPaneToSettle(page);
  const entries = await page.evaluate(() => history.length);
  await scrollPassageToMiddle(page, 'marines-to-embassy');
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'marines-to-embassy');
  await scrollPassageToMiddle(page, 'milley-buzz-saw');
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'milley-buzz-saw');
  // Reading is not navigating: the address bar follows, but no history entries pile up.
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('milley-buzz-saw');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await waitForMapIdle(page);
});

test('with follow mode off, scrolling the article leaves the map alone', async ({ page }) => {
  await openMap(page, '?event=k1-rocket-attack');
  await page.getByRole('checkbox', { name: 'Follow the text' }).uncheck();
  await waitForPaneToSettle(page);
  await scrollPassageToMiddle(page, 'milley-buzz-saw');
  // The passage has crossed the middle (an observer of our own saw it, in the same frame as the app's would).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const scroller = document.querySelector('.article-pane .text')!;
        const observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) resolve(observer.disconnect());
          },
          { root: scroller, rootMargin: '-50% 0px -50% 0px', threshold: 0 },
        );
        observer.observe(document.querySelector('mark[data-passage-event="milley-buzz-saw"]')!);
      }),
  );
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'k1-rocket-attack');
});

test('a place name in the text opens that place, as ?place= does', async ({ page }) => {
  await openMap(page);
  const link = pane(page).getByRole('link', { name: 'Kirkuk', exact: true }).first();
  expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('place')).toBe('kirkuk');
  await link.click();
  await expect(page.locator('.place-panel')).toHaveAttribute('data-place-id', 'kirkuk');
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('kirkuk');
});

test('the article is shown as text: markup in it is never rendered', async ({ page }) => {
  await page.route('**/article*.txt', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: `${text}\n\n<img src=x onerror="window.__pwned=1"> <b>not bold</b>\n` });
  });
  await openMap(page);
  await expect(pane(page)).toContainText('<img src=x onerror="window.__pwned=1"> <b>not bold</b>');
  expect(await pane(page).locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the Article button opens the text in a bottom sheet, and Close closes it', async ({ page }) => {
    await openMap(page, '?event=embassy-attack');
    const toggle = page.getByRole('button', { name: 'Article' });
    const sheet = page.getByRole('complementary', { name: 'Article' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(sheet).toBeHidden();
    await toggle.click();
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeCloseTo(844, -1);
    await expect(page.getByRole('checkbox', { name: 'Follow the text' })).not.toBeChecked();
    await expect.poll(() => isInPaneView(page, 'embassy-attack')).toBe(true);
    await page.getByRole('button', { name: 'Close article' }).click();
    await expect(sheet).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
