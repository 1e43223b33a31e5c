/**
 * The story's static marks are on the map once and shown per step by a filter: what earlier steps left shows from
 * the step after theirs, and goes again when the reader steps back before them.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, waitForMapIdle } from './fixtures.ts';

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

/** The labels of the settled (past) units the map draws. */
async function pastUnits(page: Page): Promise<string[]> {
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await waitForMapIdle(page);
  return page.evaluate(() =>
    window.situationMap
      .queryRenderedFeatures({ layers: ['scene-static-units'] })
      .map((feature) => String(feature.properties.label))
      .sort(),
  );
}

test("the Marines' unit stays on the map from the step after their flight, and goes when stepping back", async ({
  page,
}) => {
  await openMap(page, '?event=airborne-battalion-to-kuwait');
  expect(await pastUnits(page)).toContain('SPMAGTF-CR-CC');
  await page.locator('[data-event-id="marines-to-embassy"] button').click();
  // Their own step shows them as its moving (then arrived) unit, not as a unit of the past.
  expect(await pastUnits(page)).toEqual([]);
});

test("the current step's planned route is drawn only while the step is current", async ({ page }) => {
  const plannedRoutes = () =>
    page.evaluate(() => window.situationMap.queryRenderedFeatures({ layers: ['scene-animated-planned-dash'] }).length);
  await openMap(page, '?event=airborne-battalion-to-kuwait');
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await waitForMapIdle(page);
  expect(await plannedRoutes()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await waitForMapIdle(page);
  expect(await plannedRoutes()).toBe(0);
});
