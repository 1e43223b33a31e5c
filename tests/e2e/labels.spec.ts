/**
 * Labels that never fight: the story's place and unit labels are placed by MapLibre's collision detection, so
 * no two of them (or a label and a unit symbol) share pixels, and none runs off the map's edge.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

// Reduced motion: the article pane scrolls to the step instantly, so its follow mode cannot move the step on.
test.use({ reducedMotion: 'reduce' });

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

/** Wait for one full render after the map is idle, so the scene's symbols and their placement are final. */
async function settle(page: Page): Promise<void> {
  // Every step's marks are on the map (they come after its first idle, and their labels take part in placement).
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.situationMap.once('idle', () => resolve());
        window.situationMap.triggerRepaint();
      }),
  );
}

/**
 * Every pair of the story's visible symbols (labels and unit icons) whose placed boxes share a pixel, found by
 * asking MapLibre which symbols it placed under each point of a 2 px grid over the map. The invisible
 * keep-clear layers only reserve room and are left out.
 */
async function overlappingSymbols(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.situationMap;
    const layers = map
      .getStyle()
      .layers.filter((layer) => layer.type === 'symbol' && /^(place-|scene-)/.test(layer.id))
      .filter((layer) => !layer.id.includes('keep-clear'))
      .map((layer) => layer.id);
    const { width, height } = map.getContainer().getBoundingClientRect();
    const pairs = new Set<string>();
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const hits = map.queryRenderedFeatures([x, y], { layers });
        const names = new Set(
          hits.map((hit) => `${hit.layer.id}: ${String(hit.properties.label ?? hit.properties.symbol ?? hit.id)}`),
        );
        if (names.size > 1) pairs.add([...names].sort().join(' × '));
      }
    }
    return [...pairs];
  });
}

test('at the embassy attack no label overlaps another label or a unit symbol', async ({ page }) => {
  await openMap(page, '?event=embassy-attack');
  await settle(page);
  // The compound's name and the crowd's symbol are both drawn (the rule must not pass by hiding the story). The
  // gate is not: which gate the crowd broke is disputed, so it is drawn as an area over the whole compound.
  const labels = await page.evaluate(() =>
    window.situationMap
      .queryRenderedFeatures({ layers: ['place-polygon-labels', 'scene-animated-units'] })
      .map((feature) => String(feature.properties.label)),
  );
  expect(labels.some((label) => label.startsWith('U.S. Embassy'))).toBe(true);
  expect(labels).toContain('Kataib Hezbollah supporters');
  expect(await overlappingSymbols(page)).toEqual([]);
});

/** Half the width of a unit symbol: its label starts 1.9 em (23 px) from the symbol's centre. */
const UNIT_SYMBOL_HALF_PX = 22;

/**
 * The story's labels whose placed box reaches outside the map: MapLibre answers queries up to 100 px beyond the
 * canvas, so a 2 px grid over a 60 px band around the map finds any label the edge cuts.
 */
async function labelsCutByTheEdge(page: Page): Promise<string[]> {
  return page.evaluate((SYMBOL_HALF_PX) => {
    const map = window.situationMap;
    const layers = map
      .getStyle()
      .layers.filter((layer) => layer.type === 'symbol' && /^(place-|scene-)/.test(layer.id))
      .filter((layer) => !layer.id.includes('keep-clear'))
      .map((layer) => layer.id);
    const { width, height } = map.getContainer().getBoundingClientRect();
    const cut = new Set<string>();
    const band = 60;
    for (let y = -band; y < height + band; y += 2) {
      for (let x = -band; x < width + band; x += 2) {
        if (x >= 0 && x < width && y >= 0 && y < height) continue;
        for (const hit of map.queryRenderedFeatures([x, y], { layers })) {
          // A query hits a unit's symbol as well as its label: points within the symbol are the symbol's.
          const anchor =
            hit.geometry.type === 'Point' ? map.project(hit.geometry.coordinates as [number, number]) : null;
          if (
            anchor &&
            hit.properties.symbol &&
            Math.abs(x - anchor.x) < SYMBOL_HALF_PX &&
            Math.abs(y - anchor.y) < SYMBOL_HALF_PX
          )
            continue;
          cut.add(String(hit.properties.label));
        }
      }
    }
    return [...cut];
  }, UNIT_SYMBOL_HALF_PX);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the paratroopers' label near Kuwait stays inside the map`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openMap(page, '?event=airborne-battalion-to-kuwait');
    await settle(page);
    const units = await page.evaluate(() =>
      window.situationMap
        .queryRenderedFeatures({ layers: ['scene-animated-units'] })
        .map((feature) => String(feature.properties.label)),
    );
    expect(units.some((label) => label.startsWith('2-504 PIR'))).toBe(true);
    expect(await labelsCutByTheEdge(page)).toEqual([]);
  });
}
