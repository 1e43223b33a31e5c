/**
 * Helpers for the benchmarks: statistics, and opening the app in headless Chromium until its first idle (the
 * app's `situation-map:first-idle` performance mark), as bench/run.ts does.
 */
import type { Browser, Page } from '@playwright/test';

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

export const VIEWPORT = { width: 1280, height: 800 };

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Smallest and largest sample, to print beside a median. */
export const spread = (values: readonly number[]) => [Math.min(...values), Math.max(...values)] as const;

/** Open a page and wait for the app's first idle (a minute at most: software GL is slow). */
export async function openUntilIdle(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in __name().
  await page.addInitScript('window.__name = (fn) => fn');
  page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('situation-map:first-idle').length > 0, null, {
    timeout: 120_000,
  });
  return page;
}

/**
 * rAF intervals while `start` runs something that animates for about `ms`; with `untilSceneEnd`, only until the
 * app's scene reaches its end state (`data-scene="end"`), so frames after the animation are not counted.
 */
export async function frameTimes(page: Page, ms: number, start: string, untilSceneEnd = false): Promise<number[]> {
  return page.evaluate(
    async ({ ms, start, untilSceneEnd }) => {
      const deltas: number[] = [];
      new Function(start)();
      const container = document.getElementById('map');
      await new Promise<void>((resolve) => {
        let last = performance.now();
        const end = last + ms;
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (now < end && !(untilSceneEnd && container?.dataset.scene === 'end')) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      return deltas.slice(1);
    },
    { ms, start, untilSceneEnd },
  );
}

/**
 * After a step was chosen: wait until the camera has arrived, its tiles are in and the map is idle (its labels faded
 * in). Frames spent loading tiles or fading labels measure the map, not the step's animation, which runs on
 * meanwhile on the scene's overlay (the map does not redraw for it); the panning runs start from an idle map too.
 * The animated source is left out of the tiles' check: it takes the end state when the animation ends.
 */
export async function waitUntilArrivedAndIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.situationMap;
    const sources = Object.keys(map.getStyle().sources).filter((id) => id !== 'scene-animated');
    return (
      !map.isMoving() &&
      sources.every((id) => map.isSourceLoaded(id)) &&
      document.getElementById('map')?.dataset.idle === 'true'
    );
  });
}

/**
 * Wait until the page has settled after its first idle: the scene has reached its end state (which, after a load,
 * waits for every step's marks to be on the map, tiled by the worker) and then the browser gives the page a whole
 * idle period (requestIdleCallback reports 45 ms or more left, which it does only when nothing is scheduled), so
 * that what the page renders after its first idle (the rest of a long event list, the article) is done too; a
 * minute at most.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('map')?.dataset.scene === 'end', null, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const deadline = performance.now() + 60_000;
        const check = (idle: IdleDeadline) => {
          if (idle.timeRemaining() >= 45 || performance.now() > deadline) resolve();
          else requestIdleCallback(check);
        };
        requestIdleCallback(check);
      }),
  );
}

/**
 * Wait until the event list has rendered every row it will (a list short enough to render whole; a windowed list
 * renders the rows near the view at once); two minutes at most.
 */
export async function waitUntilListComplete(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const steps = Number(
        document.querySelector('[role="slider"][aria-label="Timeline"]')?.getAttribute('aria-valuemax'),
      );
      const list = document.querySelector<HTMLElement>('[role="list"][aria-label="Events"]');
      // A windowed list (data-row-height) renders the rows near the view only, and has nothing put off to wait for.
      if (list?.dataset['rowHeight']) return true;
      return steps > 0 && document.querySelectorAll('[aria-label="Events"] [data-event-id]').length >= steps;
    },
    null,
    { timeout: 120_000 },
  );
}
