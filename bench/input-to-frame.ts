/**
 * From a reader's input to the first frame MapLibre draws after it, for the app (a press of "Next event") and the
 * baseline (a 40 px pan of a map at rest), and the baseline's URL matched to the app's map: shared by `npm run bench`
 * (bench/run.ts) and the quick A/B tool (bench/quick-step.ts).
 */
import type { Browser } from '@playwright/test';
import { openUntilIdle } from './shared.ts';

interface MapView {
  /** The map canvas's CSS size: the baseline's map gets the app's. */
  width: number;
  height: number;
  /** The app's first camera: the baseline opens on it, so both draw the same tiles. */
  center: [number, number];
  zoom: number;
}

/** The size and first camera of a page's map at the bench's viewport (the app's panels take the rest). */
export async function mapView(browser: Browser, url: string): Promise<MapView> {
  const page = await openUntilIdle(browser, url);
  const view = await page.evaluate(() => {
    const canvas = window.situationMap.getCanvas().getBoundingClientRect();
    return {
      width: Math.round(canvas.width),
      height: Math.round(canvas.height),
      center: window.situationMap.getCenter().toArray() as [number, number],
      zoom: window.situationMap.getZoom(),
    };
  });
  await page.close();
  return view;
}

/** The baseline page at the app's map size and first camera: both draw the same area of the same place. */
export function matchedBaselineUrl(baselineUrl: string, appView: MapView): string {
  return (
    `${baselineUrl}?width=${appView.width}&height=${appView.height}` +
    `&center=${appView.center.map((value) => value.toFixed(5)).join(',')}&zoom=${appView.zoom.toFixed(3)}`
  );
}

/**
 * From a user's step (Next / a pan in the baseline) to the first frame MapLibre renders after it, `presses` times on
 * one page. With `settled`, each input comes once the map is at rest (idle, and the app's scene at its end state), as
 * the baseline's pan does: like for like. Without, inputs come every 400 ms, while the previous step's camera move
 * (1 s) and tiles are still on their way: what a reader pressing Next quickly gets.
 */
export async function inputToFrame(
  browser: Browser,
  url: string,
  isApp: boolean,
  settled: boolean,
  presses = 5,
): Promise<number[]> {
  const page = await openUntilIdle(browser, url);
  const samples: number[] = [];
  for (let i = 0; i < presses; i++) {
    samples.push(
      await page.evaluate(
        async ({ isApp, settled }) => {
          const map = window.situationMap;
          const atRest = () =>
            map.loaded() &&
            !map.isMoving() &&
            (document.getElementById('map')?.dataset.scene ?? 'end') === 'end' &&
            document.getElementById('map')?.dataset.idle !== 'false';
          if (settled) while (!atRest()) await new Promise((resolve) => setTimeout(resolve, 50));
          await new Promise((resolve) => setTimeout(resolve, settled ? 200 : 400));
          const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
          const t0 = performance.now();
          if (isApp) (document.querySelector('button[aria-label="Next event"]') as HTMLButtonElement).click();
          else map.panBy([40, 0], { duration: 0 });
          return (await rendered) - t0;
        },
        { isApp, settled },
      ),
    );
  }
  await page.close();
  return samples;
}
