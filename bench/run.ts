/**
 * `npm run bench`: build the app and a bare MapLibre page with the same basemap, serve both on 127.0.0.1, and
 * measure them in one run of headless Chromium. Prints a table of ratios to the baseline and writes
 * bench/report.json. A benchmark, not a test: it asserts nothing, it reports.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VIEWPORT = { width: 1280, height: 800 };

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  // NaN, not a crash, when nothing was counted (an animation over before counting began).
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** JS and data bytes (gzip) of the built app, with MapLibre's own code counted apart. */
function shippedBytes() {
  const files = filesUnder(join(ROOT, 'dist'));
  const sum = (list: string[]) => list.reduce((total, file) => total + gzipBytes(file), 0);
  const js = files.filter((file) => /\.m?js$/.test(file));
  const maplibre = js.filter((file) => /maplibre/.test(relative(ROOT, file)));
  // Loaded only by a build that names a detail basemap.
  const detailBasemap = js.filter((file) => /detail-basemap/.test(relative(ROOT, file)));
  // The coarse outlines are fetched only when the basemap archive cannot be read.
  const fallback = files.filter((file) => /land-110m/.test(file));
  const data = files.filter((file) => /\.(geo)?json$|\.txt$/.test(file) && !fallback.includes(file));
  // The archive's tiles are gzip-compressed inside it: its size on disk is what a full download would cost.
  const archive = files.filter((file) => file.endsWith('.pmtiles'));
  return {
    jsOursGzip: sum(js.filter((file) => !maplibre.includes(file) && !detailBasemap.includes(file))),
    jsDetailBasemapGzip: sum(detailBasemap),
    jsMaplibreGzip: sum(maplibre),
    basemapArchiveBytes: archive.reduce((total, file) => total + statSync(file).size, 0),
    fallbackOutlinesGzip: sum(fallback),
    storyDataGzip: sum(data),
  };
}

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx compiles this file with esbuild's keepNames, which wraps functions passed to page.evaluate in __name().
  await page.addInitScript('window.__name = (fn) => fn');
  page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('situation-map:first-idle').length > 0, null, {
    timeout: 60_000,
  });
  return page;
}

/** The size of the app's map at the bench's viewport (the panels beside it take the rest). */
async function appMapSize(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const page = await open(browser, url);
  const box = (await page.locator('#map').boundingBox())!;
  await page.close();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Time to the first idle, and the bytes of the basemap archive fetched (in ranges) for that first view. */
async function firstIdle(browser: Browser, url: string): Promise<{ ms: number; basemapBytes: number }> {
  const page = await open(browser, url);
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('situation-map:first-idle')[0]!.startTime,
    basemapBytes: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('.pmtiles'))
      .reduce((total, entry) => total + entry.encodedBodySize, 0),
  }));
  await page.close();
  return result;
}

/**
 * rAF intervals while `start` runs something that animates for about `ms`; with `untilSceneEnd`, only until the
 * app's scene reaches its end state (`data-scene="end"`), so frames after the animation are not counted.
 */
async function frameTimes(page: Page, ms: number, start: string, untilSceneEnd = false): Promise<number[]> {
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

const PAN = `window.situationMap.panBy([600, 0], { duration: 3000, easing: (t) => t });`;

interface Camera {
  center: [number, number];
  zoom: number;
}

/** Frames while panning at a given camera (the same one as the movement animation, so both draw the same map). */
async function panFrames(browser: Browser, url: string, camera: Camera): Promise<number[]> {
  const page = await open(browser, url);
  await page.evaluate(async (camera) => {
    const map = window.situationMap;
    map.jumpTo(camera);
    await map.once('idle');
  }, camera);
  const deltas = await frameTimes(page, 2800, PAN);
  await page.close();
  return deltas;
}

/**
 * Frames of a step's animation (after the camera has arrived), and that camera: the paratroopers flying Fort
 * Bragg → Kuwait, the rockets on K-1.
 */
async function animationFrames(
  browser: Browser,
  url: string,
  eventId: string,
  ms: number,
  /** The step to start from: the event must not be the one the page opens on, or nothing animates. */
  fromEventId?: string,
): Promise<{ deltas: number[]; camera: Camera }> {
  const page = await open(browser, fromEventId ? `${url}?event=${fromEventId}` : url);
  // At half speed: the animation outlasts the wait for the camera's tiles even on a loaded machine (at 1x the
  // rockets' 3.2 s could be over before counting began). Speed changes how long a frame's state lasts, not its cost.
  await page.getByLabel('Speed').selectOption('0.5');
  await page.locator(`[data-event-id="${eventId}"] button`).click();
  // As the panning runs start from an idle map, wait until the camera has arrived and its tiles are in: frames
  // spent loading tiles measure the worker, not the animation. The animated source is left out: it is updated
  // every frame while the animation runs, so its tiles are never all loaded before the animation ends.
  await page.waitForFunction(() => {
    const map = window.situationMap;
    const sources = Object.keys(map.getStyle().sources).filter((id) => id !== 'scene-animated');
    return !map.isMoving() && sources.every((id) => map.isSourceLoaded(id));
  });
  const deltas = await frameTimes(page, ms, '', true);
  const camera = await page.evaluate(() => ({
    center: window.situationMap.getCenter().toArray() as [number, number],
    zoom: window.situationMap.getZoom(),
  }));
  await page.close();
  return { deltas, camera };
}

/** From a user's step (Next / a pan in the baseline) to the first frame MapLibre renders after it. */
async function inputToFrame(browser: Browser, url: string, isApp: boolean): Promise<number[]> {
  const page = await open(browser, url);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(
      await page.evaluate(async (isApp) => {
        const map = window.situationMap;
        await new Promise((resolve) => setTimeout(resolve, 400));
        const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
        const t0 = performance.now();
        if (isApp) (document.querySelector('button[aria-label="Next event"]') as HTMLButtonElement).click();
        else map.panBy([40, 0], { duration: 0 });
        return (await rendered) - t0;
      }, isApp),
    );
  }
  await page.close();
  return samples;
}

/** Heap (after a forced GC) after 20, 100 and 200 steps through the story. */
async function heapAfterSteps(
  browser: Browser,
  url: string,
): Promise<{ after20: number; after100: number; after200: number }> {
  const page = await open(browser, url);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const steps = async (count: number) => {
    for (let i = 0; i < count; i++) {
      await page.keyboard.press((i + 1) % 10 === 0 ? 'Home' : 'ArrowRight');
      await page.waitForTimeout(60);
    }
  };
  await page.locator('h1').click(); // focus the page, not a control
  await steps(20);
  await page.waitForTimeout(1500);
  const after20 = await heap();
  await steps(80);
  await page.waitForTimeout(1500);
  const after100 = await heap();
  await steps(100);
  await page.waitForTimeout(1500);
  const after200 = await heap();
  await page.close();
  return { after20, after100, after200 };
}

async function main() {
  console.log('bench: building the app and the baseline…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const app = await serveFolder(join(ROOT, 'dist'), '/maps/iraq/');
  const baseline = await serveFolder(join(ROOT, 'dist-bench'), '/baseline/');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // The baseline's map gets the app's map size: software GL's cost grows with pixels, so compare equal areas.
    const mapSize = await appMapSize(browser, app.url);
    const baselineUrl = `${baseline.url}?width=${mapSize.width}&height=${mapSize.height}`;
    const idle = { app: [] as number[], baseline: [] as number[] };
    const firstViewBasemap = { app: [] as number[], baseline: [] as number[] };
    // Alternate the two so that any drift in the machine's load hits both alike.
    for (let run = 0; run < RUNS; run++) {
      const base = await firstIdle(browser, baselineUrl);
      const ours = await firstIdle(browser, app.url);
      idle.baseline.push(base.ms);
      idle.app.push(ours.ms);
      firstViewBasemap.baseline.push(base.basemapBytes);
      firstViewBasemap.app.push(ours.basemapBytes);
    }
    const { deltas: movement, camera } = await animationFrames(browser, app.url, 'airborne-battalion-to-kuwait', 3000);
    const panBaseline = await panFrames(browser, baselineUrl, camera);
    const panApp = await panFrames(browser, app.url, camera);
    const { deltas: attack, camera: attackCamera } = await animationFrames(
      browser,
      app.url,
      'k1-rocket-attack',
      3000,
      'us-strikes-kataib-hezbollah',
    );
    const panAttackBaseline = await panFrames(browser, baselineUrl, attackCamera);
    const stepApp = await inputToFrame(browser, app.url, true);
    const stepBaseline = await inputToFrame(browser, baselineUrl, false);
    const heap = await heapAfterSteps(browser, app.url);
    const bytes = shippedBytes();

    const rows = [
      ['time to first idle (median ms)', median(idle.app), median(idle.baseline), '≤ 1.15'],
      ['input → first frame (median ms)', median(stepApp), median(stepBaseline), ''],
      ['frame p50 panning (ms)', median(panApp), median(panBaseline), ''],
      ['frame p95 panning (ms)', percentile(panApp, 95), percentile(panBaseline, 95), ''],
      ['frame p50 movement animation (ms)', median(movement), median(panBaseline), ''],
      ['frame p95 movement animation (ms)', percentile(movement, 95), percentile(panBaseline, 95), '≤ 1.1'],
      ['frame p50 attack animation (ms)', median(attack), median(panAttackBaseline), ''],
      ['frame p95 attack animation (ms)', percentile(attack, 95), percentile(panAttackBaseline, 95), '≤ 1.1'],
    ] as const;
    const table = rows.map(([metric, ours, base, target]) => ({
      metric,
      app: Number(ours.toFixed(1)),
      baseline: Number(base.toFixed(1)),
      ratio: Number((ours / base).toFixed(2)),
      target,
    }));
    console.table(table);
    const heapRatio = heap.after200 / heap.after20;
    const sizes = {
      'JS we add beyond MapLibre (gzip bytes)': [bytes.jsOursGzip, '≤ 61440'],
      'MapLibre JS incl. worker (gzip bytes)': [bytes.jsMaplibreGzip, ''],
      'detail-basemap styles, loaded only when set (gzip bytes)': [bytes.jsDetailBasemapGzip, ''],
      'basemap archive, whole (bytes; tiles gzip inside)': [bytes.basemapArchiveBytes, '≤ 6291456'],
      'basemap fetched for the first view (bytes)': [median(firstViewBasemap.app), '≤ 307200'],
      'basemap fetched for the baseline first view (bytes)': [median(firstViewBasemap.baseline), ''],
      'coarse fallback outlines, fetched only on failure (gzip bytes)': [bytes.fallbackOutlinesGzip, ''],
      'story data (gzip bytes)': [bytes.storyDataGzip, ''],
      'heap after 20 steps (bytes)': [heap.after20, ''],
      'heap after 100 steps (bytes)': [heap.after100, ''],
      'heap after 200 steps (bytes)': [heap.after200, `ratio ${heapRatio.toFixed(3)} ≤ 1.05`],
    };
    console.table(Object.fromEntries(Object.entries(sizes).map(([k, [v, t]]) => [k, { value: v, target: t }])));
    const report = {
      date: new Date().toISOString(),
      runs: RUNS,
      viewport: VIEWPORT,
      mapSize,
      chromium: browser.version(),
      timings: table,
      samples: { idle, panApp, panBaseline, movement, attack, panAttackBaseline, stepApp, stepBaseline },
      bytes: { ...bytes, firstViewBasemap },
      heap: { ...heap, ratio: heapRatio },
    };
    writeFileSync(join(ROOT, 'bench/report.json'), JSON.stringify(report, null, 2) + '\n');
    console.log('bench: wrote bench/report.json');
  } finally {
    await browser.close();
    app.server.close();
    baseline.server.close();
  }
}

await main();
