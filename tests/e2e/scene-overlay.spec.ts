/**
 * The animation's in-between frames are drawn on a canvas over the map, and the map takes over at the end: the
 * moving unit is on the overlay mid-animation (and not in the map's animated source, so nothing is drawn twice),
 * the overlay is clear once the end state is on the map, and its last frame looks like the map's end state.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
    /** The overlay's picture just before it was last cleared (see captureOverlayBeforeClear). */
    lastOverlayFrame?: string;
  }
}

const overlay = (page: Page) => page.locator('canvas.scene-overlay');

/** The overlay's pixels that are drawn (alpha above zero), and a digest that changes when the picture does. */
function overlayPixels(page: Page) {
  return page.evaluate(() => {
    const overlay = document.querySelector<HTMLCanvasElement>('canvas.scene-overlay')!;
    // Read from a copy made for one read: reading the overlay itself again and again makes Chromium warn.
    const copy = document.createElement('canvas');
    copy.width = overlay.width;
    copy.height = overlay.height;
    const context = copy.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(overlay, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let drawn = 0;
    let digest = 0;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i]! > 0) {
        drawn++;
        digest = (digest * 31 + i) | 0;
      }
    }
    return { drawn, digest };
  });
}

/** The animated source's features on the map, as `role:symbol`. */
function animatedSource(page: Page) {
  return page.evaluate(() => {
    const source = window.situationMap.getSource('scene-animated') as unknown as {
      serialize(): { data: GeoJSON.FeatureCollection };
    };
    return source.serialize().data.features.map((f) => `${f.properties!.role}:${f.properties!.symbol ?? ''}`);
  });
}

/**
 * Start the paratroopers' flight from the Marines' step (whose end state has a unit): at half speed for a test that
 * looks at it in flight, at 4× for one that waits for its end.
 */
async function startFlight(page: Page, speed: '0.5' | '4'): Promise<void> {
  await openMap(page, '?event=marines-to-embassy');
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await page.getByLabel('Speed').selectOption(speed);
  await page.locator('[data-event-id="airborne-battalion-to-kuwait"] button').click();
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'moving');
}

test('mid-animation the overlay draws the moving unit, and the map draws no second one', async ({ page }) => {
  await startFlight(page, '0.5');
  await expect(overlay(page)).toHaveAttribute('data-frame', 'shown');
  // Once the camera has arrived the unit flies: the overlay's picture changes from one frame to a later one.
  await page.waitForFunction(() => !window.situationMap.isMoving());
  const before = await overlayPixels(page);
  expect(before.drawn).toBeGreaterThan(0);
  await expect.poll(async () => (await overlayPixels(page)).digest).not.toBe(before.digest);
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'moving');
  // The Marines' end state left the map's animated source, and the moving unit is not in it: only the step's own
  // fixed marks are (its planned route, and the invisible copy that holds the arriving unit's room).
  expect((await animatedSource(page)).sort()).toEqual(['keep-clear:us-airborne-infantry', 'route-planned:']);
});

test('once the end state is on the map the overlay is clear and the map holds the unit', async ({ page }) => {
  await startFlight(page, '4');
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end', { timeout: 30_000 });
  await expect(overlay(page)).toHaveAttribute('data-frame', 'none');
  expect((await overlayPixels(page)).drawn).toBe(0);
  expect((await animatedSource(page)).sort()).toEqual([
    'keep-clear:us-airborne-infantry',
    'route-end:',
    'route-planned:',
    'trail:',
    'unit:us-airborne-infantry',
  ]);
});

test("the overlay's last frame has the map's end state's unit symbol and label in the same place", async ({ page }) => {
  // Keep a copy of the overlay each time it is about to be cleared while it shows a frame: the last one is the
  // end state it drew until the map took over.
  await page.addInitScript(() => {
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args) {
      const canvas = this.canvas as HTMLCanvasElement;
      if (canvas.classList.contains('scene-overlay') && canvas.dataset.frame === 'shown')
        window.lastOverlayFrame = canvas.toDataURL();
      return clearRect.apply(this, args);
    };
  });
  await startFlight(page, '4');
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end', { timeout: 30_000 });
  // The map's end state alone (an earlier unit nearby has the same friendly fill colour).
  await page.evaluate(async () => {
    const map = window.situationMap;
    for (const layer of map.getStyle().layers)
      if (!layer.id.startsWith('scene-animated-')) map.setLayoutProperty(layer.id, 'visibility', 'none');
    await map.once('idle');
  });
  const settled = await page.screenshot();
  const found = await page.evaluate(async (png) => {
    const rect = document.querySelector('canvas.scene-overlay')!.getBoundingClientRect();
    const images = await Promise.all(
      [`data:image/png;base64,${png}`, window.lastOverlayFrame!].map((src) => {
        const image = new Image();
        image.src = src;
        return image.decode().then(() => image);
      }),
    );
    const pixelsOf = (image: HTMLImageElement, dx: number, dy: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = rect.width;
      canvas.height = rect.height;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, rect.width, rect.height);
      context.drawImage(image, dx, dy);
      return context.getImageData(0, 0, rect.width, rect.height).data;
    };
    /** Centre and count of the pixels that pass `test`, within an area. */
    const centroid = (
      data: Uint8ClampedArray,
      test: (r: number, g: number, b: number) => boolean,
      area = { left: 0, right: rect.width, top: 0, bottom: rect.height },
    ) => {
      let count = 0;
      let x = 0;
      let y = 0;
      let left = Infinity;
      let top = Infinity;
      let bottom = -Infinity;
      for (let row = Math.max(0, area.top); row < Math.min(rect.height, area.bottom); row++) {
        for (let column = Math.max(0, area.left); column < Math.min(rect.width, area.right); column++) {
          const i = (row * rect.width + column) * 4;
          if (!test(data[i]!, data[i + 1]!, data[i + 2]!)) continue;
          count++;
          x += column;
          y += row;
          left = Math.min(left, column);
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
        }
      }
      return { count, x: x / count, y: y / count, left, top, bottom };
    };
    // The friendly unit's light blue fill (milsymbol), and the label's dark text left of the symbol.
    const fill = (r: number, g: number, b: number) => Math.abs(r - 128) + Math.abs(g - 224) + Math.abs(b - 255) < 40;
    const text = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;
    return [pixelsOf(images[0]!, -rect.left, -rect.top), pixelsOf(images[1]!, 0, 0)].map((data) => {
      const symbol = centroid(data, fill);
      const label = centroid(data, text, {
        left: 0,
        right: symbol.left - 6,
        top: symbol.top - 30,
        bottom: symbol.bottom + 30,
      });
      return { symbol, label };
    });
  }, settled.toString('base64'));
  const [map, overlay] = found as [(typeof found)[0], (typeof found)[0]];
  expect(map.symbol.count).toBeGreaterThan(200);
  expect(Math.abs(overlay.symbol.x - map.symbol.x)).toBeLessThan(1);
  expect(Math.abs(overlay.symbol.y - map.symbol.y)).toBeLessThan(1);
  // The map samples its icon texture at a fractional position (a little blur), the canvas draws the vector image.
  expect(overlay.symbol.count / map.symbol.count).toBeGreaterThan(0.85);
  expect(overlay.symbol.count / map.symbol.count).toBeLessThan(1.15);
  // Text is drawn by another rasteriser (the map's signed distance fields, the canvas's own), so its pixels differ a
  // little; where the label sits, and how much of it there is, must not.
  expect(map.label.count).toBeGreaterThan(100);
  expect(Math.abs(overlay.label.x - map.label.x)).toBeLessThan(2);
  expect(Math.abs(overlay.label.y - map.label.y)).toBeLessThan(2);
  expect(overlay.label.count / map.label.count).toBeGreaterThan(0.7);
  expect(overlay.label.count / map.label.count).toBeLessThan(1.4);
});
