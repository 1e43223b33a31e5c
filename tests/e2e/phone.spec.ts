/**
 * Phones and tablets, with touch: the map first, one event card, thumb-sized controls, sheets for the rest.
 * Software WebGL is slow, so each viewport loads the map once and checks everything about that layout.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap, waitForMapIdle } from './fixtures.ts';

const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; title: string; date: { precision: string } }[];
};
const steps = story.events.filter((event) => event.date.precision !== 'range');
const titleOf = (id: string) => steps.find((step) => step.id === id)!.title;

const card = (page: Page) => page.getByRole('region', { name: 'Current event' });
const cardTitle = (page: Page) => card(page).getByRole('heading', { level: 2 });
// The list lives in a closed sheet on phones: found in the DOM, not by role (a closed dialog hides it).
const currentStep = (page: Page) => page.locator('[role="list"][aria-label="Events"] [aria-current="step"]');
const eventInUrl = (page: Page) => new URL(page.url()).searchParams.get('event');

/** The part of an element's box inside the viewport, in square CSS pixels. */
async function visibleArea(locator: Locator, page: Page): Promise<number> {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const visibleWidth = Math.max(0, Math.min(box.x + box.width, width) - Math.max(box.x, 0));
  const visibleHeight = Math.max(0, Math.min(box.y + box.height, height) - Math.max(box.y, 0));
  return visibleWidth * visibleHeight;
}

/** Whether the element is entirely inside the viewport as first shown (no scrolling needed). */
async function expectOnScreen(locator: Locator, page: Page): Promise<void> {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
}

/**
 * A real touch swipe (touchstart, moves, touchend) through the browser's input pipeline, stamped as a 120 ms
 * flick: under software WebGL the page can take longer than that to take the events in, and the card tells a
 * flick from a slow drag by the events' own time stamps.
 */
async function swipe(page: Page, on: Locator, dx: number): Promise<void> {
  const box = (await on.boundingBox())!;
  const y = box.y + box.height / 2;
  const startX = box.x + box.width / 2 - dx / 2;
  const start = Date.now() / 1000;
  const moves = 6;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number | null, seconds: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: x === null ? [] : [{ x, y }],
      timestamp: start + seconds,
    });
  await touch('touchStart', startX, 0);
  for (let i = 1; i <= moves; i++) await touch('touchMove', startX + (dx * i) / moves, (0.1 * i) / moves);
  await touch('touchEnd', null, 0.12);
  await cdp.detach();
}

/** Every visible control on screen that is smaller than 24×24 CSS pixels (WCAG 2.5.8), by name. */
async function controlsBelow24px(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, summary, input, textarea, [role="slider"], [role="button"], .masthead a[href]',
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const shown = box.width > 0 && box.height > 0 && control.checkVisibility({ visibilityProperty: true });
      const onScreen = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      if (shown && onScreen && (box.width < 24 || box.height < 24)) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName;
        small.push(`${name} (${Math.round(box.width)}×${Math.round(box.height)})`);
      }
    }
    return small;
  });
}

const VIEWPORTS = [
  // The share of the screen the map must keep: at least half on a phone in portrait, 40% elsewhere (issue 11).
  { name: 'phone in portrait', width: 390, height: 844, mapShare: 0.5 },
  { name: 'phone turned sideways', width: 844, height: 390, mapShare: 0.4 },
  { name: 'tablet in portrait', width: 768, height: 1024, mapShare: 0.4 },
  { name: 'small phone', width: 320, height: 568, mapShare: 0.5 },
];

for (const { name, width, height, mapShare } of VIEWPORTS) {
  test.describe(`${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });

    test('map first, the event card on screen, thumb-sized controls; Next, a swipe and the list each step', async ({
      page,
    }) => {
      await openMap(page);

      // The map's share of the screen, and the current event's title and Next on screen without scrolling.
      const mapArea = await visibleArea(page.locator('.maplibregl-canvas'), page);
      expect(mapArea / (width * height)).toBeGreaterThanOrEqual(mapShare);
      await expect(cardTitle(page)).toHaveText(steps[0]!.title);
      await expectOnScreen(cardTitle(page), page);
      const next = card(page).getByRole('button', { name: 'Next event' });
      await expectOnScreen(next, page);
      for (const primary of ['Previous event', 'Play', 'Next event']) {
        const box = (await card(page).getByRole('button', { name: primary }).boundingBox())!;
        expect(box.width, primary).toBeGreaterThanOrEqual(44);
        expect(box.height, primary).toBeGreaterThanOrEqual(44);
      }
      expect(await controlsBelow24px(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // The timeline: the card's full width, still a slider with the date in its value text.
      const slider = card(page).getByRole('slider', { name: 'Timeline' });
      expect((await slider.boundingBox())!.width).toBeGreaterThanOrEqual(280);
      await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^27 December 2019 — `));

      // The credits fold behind MapLibre's ⓘ button and are one tap away.
      const attribution = page.locator('.maplibregl-ctrl-attrib');
      await expect(attribution).toHaveClass(/maplibregl-compact/);
      await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
      await attribution.locator('summary').tap();
      await expect(attribution.getByRole('link', { name: 'Natural Earth' })).toBeVisible();

      const axe = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // A tap on Next steps: the card shows the next event, the list marks it, the address bar names it.
      await next.tap();
      await expect(cardTitle(page)).toHaveText(steps[1]!.title);
      await expectOnScreen(cardTitle(page), page);
      await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[1]!.id);
      await expect.poll(() => eventInUrl(page)).toBe(steps[1]!.id);

      // A swipe to the left on the card steps again, as a new history entry, like the button. (Software WebGL
      // can hold the main thread for longer than a flick lasts while the camera flies: swipe once it has landed.)
      await waitForMapIdle(page);
      await swipe(page, cardTitle(page), -160);
      await expect(cardTitle(page)).toHaveText(steps[2]!.title);
      await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[2]!.id);
      await expect.poll(() => eventInUrl(page)).toBe(steps[2]!.id);
      await page.goBack();
      await expect(cardTitle(page)).toHaveText(steps[1]!.title);

      // "All events" opens the same list in a sheet; picking one closes it and shows that event.
      await card(page).getByRole('button', { name: 'All events' }).tap();
      const sheet = page.getByRole('dialog', { name: 'All events' });
      await expect(sheet).toBeVisible();
      await expect(sheet.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]')).toHaveAttribute(
        'data-event-id',
        steps[1]!.id,
      );
      const last = steps.at(-1)!;
      await sheet.locator(`[data-event-id="${last.id}"] button`).tap();
      await expect(sheet).toBeHidden();
      await expect(cardTitle(page)).toHaveText(last.title);
      await expect.poll(() => eventInUrl(page)).toBe(last.id);
      await waitForMapIdle(page);
    });
  });
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a link with an event, a place and a camera opens that card, its place sheet and that view', async ({
    page,
  }) => {
    await openMap(page, '?event=marines-to-embassy&place=us-embassy-baghdad#6.5/31.2/46.1');
    await expect(cardTitle(page)).toHaveText(titleOf('marines-to-embassy'));
    await expect(page.locator('#map')).toHaveAttribute('data-camera', '6.50/31.2000/46.1000');
    const panel = page.locator('.place-panel');
    await expect(panel).toHaveAttribute('data-place-id', 'us-embassy-baghdad');
    // A sheet across the bottom of the screen, with a thumb-sized close button.
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.y + box.height).toBeCloseTo(844, -1);
    const close = page.getByRole('button', { name: 'Close place panel' });
    const closeBox = (await close.boundingBox())!;
    expect(Math.min(closeBox.width, closeBox.height)).toBeGreaterThanOrEqual(44);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(cardTitle(page)).toHaveText(titleOf('marines-to-embassy'));
  });

  test('a unit framed at the top-left corner of the map is clear of the Legend button', async ({ page }) => {
    // The Marines' step frames Kuwait and the embassy: the unit arrives at the embassy, the frame's top-left corner.
    await openMap(page, '?event=marines-to-embassy');
    await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
    const unit = await page.evaluate(() => {
      const map = window.situationMap;
      const source = map.getSource('scene-animated') as unknown as { serialize(): { data: GeoJSON.FeatureCollection } };
      const feature = source.serialize().data.features.find((one) => one.properties!['role'] === 'unit')!;
      const point = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y };
    });
    const legend = (await page.locator('summary', { hasText: 'Legend' }).boundingBox())!;
    // The symbol is about 30 px across, centred on its point.
    const half = 15;
    const overlapsX = unit.x + half > legend.x && unit.x - half < legend.x + legend.width;
    const overlapsY = unit.y + half > legend.y && unit.y - half < legend.y + legend.height;
    expect(overlapsX && overlapsY, `unit at ${unit.x},${unit.y}; legend ${JSON.stringify(legend)}`).toBe(false);
  });

  test('"More" shows the full detail; a place opened from it closes with Back', async ({ page }) => {
    await openMap(page, '?event=embassy-attack');
    const more = card(page).getByRole('button', { name: 'More' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.tap();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(card(page).locator('blockquote')).toBeVisible();
    const place = card(page).getByRole('button', { name: 'Embassy reception building' });
    await place.scrollIntoViewIfNeeded();
    await place.tap();
    await expect(page.locator('.place-panel')).toHaveAttribute('data-place-id', 'embassy-reception-area');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('embassy-reception-area');
    await page.goBack();
    await expect(page.locator('.place-panel')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBeNull();
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(titleOf('embassy-attack'));
  });

  test('the Embed dialog is a sheet with a visible Close, and Escape closes it', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Embed' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.y + box.height).toBeCloseTo(844, -1);
    const closeBox = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
    expect(closeBox.height).toBeGreaterThanOrEqual(44);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('embedded in a narrow iframe: map and card, and one finger scrolls the page, not the map', async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?event=embassy-attack&embed=1" title="Situation map" width="360" height="560"></iframe>`,
    );
    const frame = page.frame({ url: (url) => url.pathname === '/maps/iraq/' })!;
    await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
    await expect(frame.getByRole('region', { name: 'Current event' }).getByRole('heading', { level: 2 })).toHaveText(
      titleOf('embassy-attack'),
    );
    await expect(frame.getByRole('button', { name: 'Next event' })).toBeVisible();
    // MapLibre's cooperative gestures: its overlay exists and the canvas leaves one-finger panning to the page.
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(1);
    await expect(frame.locator('.maplibregl-canvas-container')).toHaveClass(/maplibregl-cooperative-gestures/);
  });
});
