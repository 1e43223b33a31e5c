/**
 * The framing rules on the page's own map (navigation/framing.ts): every step's framed places inside the map with
 * room for their symbols and labels, points never closer than the basemap carries, no place labelled twice, and
 * the desktop map at least half the window. The contact sheet (npm run contact-sheet -- --check) checks the same
 * per step at both sizes; these keep one pass per size, stepping with Next in one page.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, waitForMapIdle } from './fixtures.ts';
import { FRAME_MARGIN_PX, frameEvent, POINT_MAX_ZOOM } from '../../src/navigation/event-frame.ts';
import { realStoryModel } from '../story-data.ts';

const model = realStoryModel();

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

/** Each framed place's positions on screen (a point's one, an outline's vertices), the map's size and zoom. */
async function measure(page: Page, stepId: string) {
  const step = model.steps.find((candidate) => candidate.id === stepId)!;
  const frame = frameEvent(step, (id) => model.placesById.get(id))!;
  const places = frame.framed.map((place) => ({
    id: place.properties.id,
    positions:
      place.geometry.type === 'Point' ? [place.geometry.coordinates] : place.geometry.coordinates[0]!.slice(0, -1),
  }));
  const measured = await page.evaluate((places) => {
    const map = window.situationMap;
    const canvas = map.getCanvas();
    const { clientWidth: width, clientHeight: height } = canvas;
    const insets = places.map(({ id, positions }) => ({
      id,
      inset: Math.min(
        ...positions.map((position) => {
          const { x, y } = map.project(position as [number, number]);
          return Math.min(x, y, width - x, height - y);
        }),
      ),
    }));
    return { zoom: map.getZoom(), insets };
  }, places);
  return { ...measured, hasArea: frame.hasArea };
}

/** Step through every step with Next, checking each frame once the map has settled. */
async function checkEveryStep(page: Page): Promise<void> {
  await openMap(page, `?event=${model.steps[0]!.id}`);
  for (const [index, step] of model.steps.entries()) {
    if (index > 0) {
      await page.getByRole('button', { name: 'Next event' }).first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(step.id);
      await waitForMapIdle(page);
    }
    const { zoom, insets, hasArea } = await measure(page, step.id);
    for (const { id, inset } of insets) {
      expect(inset, `${step.id}: ${id} from the map's edge`).toBeGreaterThanOrEqual(FRAME_MARGIN_PX);
    }
    if (!hasArea) expect(zoom, `${step.id}: zoom with points only`).toBeLessThanOrEqual(POINT_MAX_ZOOM + 0.01);
  }
}

test.describe('on a 1280×800 desktop', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every step frames its places 24 px inside the map, points no closer than z10', async ({ page }) => {
    await checkEveryStep(page);
  });

  test('the map has at least half the window, also with the article open in the story column', async ({ page }) => {
    await openMap(page);
    const mapWidth = () => page.locator('#map').evaluate((map) => map.clientWidth);
    expect(await mapWidth()).toBeGreaterThanOrEqual(640);
    const toggle = page.getByRole('button', { name: 'Article' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByRole('complementary', { name: 'Article' })).toBeVisible();
    // Following the text is one click away, as beside the map on a wider screen.
    await expect(page.getByRole('checkbox', { name: 'Follow the text' })).toBeChecked();
    await waitForMapIdle(page);
    expect(await mapWidth()).toBeGreaterThanOrEqual(640);
  });

  test("the basemap does not label a story place again beside the story's own label", async ({ page }) => {
    const labelsAt = async (eventId: string) => {
      await openMap(page, `?event=${eventId}`);
      return page.evaluate(() => {
        const map = window.situationMap;
        const names = (layers: string[]) =>
          map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties['name']));
        return {
          story: names(['place-labels']),
          basemap: names(['basemap-town-labels', 'basemap-airport-labels']),
        };
      });
    };
    const k1 = await labelsAt('k1-rocket-attack');
    expect(k1.story).toContain('Kirkuk');
    expect(k1.basemap).not.toContain('Kirkuk');
    // Further out, Baghdad is the story's as a neighbour of the step, and other towns keep their names.
    const marines = await labelsAt('marines-to-embassy');
    expect(marines.story).toContain('Baghdad');
    expect(marines.basemap).not.toContain('Baghdad');
    expect(marines.basemap).toContain('Karbala');
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

  test('every step frames its places 24 px inside the map, points no closer than z10', async ({ page }) => {
    await checkEveryStep(page);
  });
});
