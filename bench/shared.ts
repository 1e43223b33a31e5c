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
