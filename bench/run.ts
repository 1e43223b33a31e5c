/**
 * `npm run bench`: build the app and a bare MapLibre page with the same basemap, serve both on 127.0.0.1, and
 * measure them in one run of headless Chromium. Prints a table of ratios to the baseline, each median with its
 * spread, and writes bench/report.json with every sample. A benchmark, not a test: it asserts nothing, it reports.
 *
 * Honest by construction: the baseline draws the app's basemap style, at the app's map size and first camera (both
 * read from the app first); app and baseline runs alternate (ABBA), so drift in the machine's load hits both alike.
 * `npm run bench -- --scale` also runs bench/scale.ts (synthetic stories of growing size).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { frameTimes, openUntilIdle, VIEWPORT, waitUntilArrivedAndIdle } from './shared.ts';
import { inputToFrame, mapView, matchedBaselineUrl } from './input-to-frame.ts';
import { filesUnder, gzipBytes, gzipSum, jsBeforeFirstIdle, scriptsOf, type JsBeforeIdle } from './js-bytes.ts';

const ROOT = new URL('../', import.meta.url).pathname;
/**
 * Runs of the first idle per page (median of these); other metrics pool samples over two alternated rounds. Single
 * loads spread by a fifth on this 2-core machine, and medians of five moved the ratio by 0.1 between runs.
 */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const ROUNDS = 2;
/** Pages for the heap ratio: an odd number, so the median is one of them. */
const HEAP_ROUNDS = 3;

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
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
/** The spread beside a median: min–max for a few runs, the interquartile range for many frames. */
const spread = (values: number[]) =>
  values.length <= 10
    ? `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
    : `${percentile(values, 25).toFixed(1)}–${percentile(values, 75).toFixed(1)} (IQR)`;
/** A then B, then B then A, and so on: neither side always runs first (or last) in a round. */
const alternated = <T>(round: number, a: T, b: T): [T, T] => (round % 2 === 0 ? [a, b] : [b, a]);

/** Data bytes (gzip) of the built app, and all of its JS, with MapLibre's own code counted apart. */
function shippedBytes() {
  const dist = join(ROOT, 'dist');
  const files = filesUnder(dist);
  const sum = (list: string[]) => list.reduce((total, file) => total + gzipBytes(file), 0);
  const scripts = scriptsOf(dist);
  // The coarse outlines are fetched only when the basemap archive cannot be read.
  const fallback = files.filter((file) => /land-110m/.test(file));
  const data = files.filter((file) => /\.(geo)?json$|\.txt$/.test(file) && !fallback.includes(file));
  // The archive's tiles are gzip-compressed inside it: its size on disk is what a full download would cost.
  const archive = files.filter((file) => file.endsWith('.pmtiles'));
  return {
    // Every script of ours in the build, loaded at once or on demand: what `import()` puts off still ships.
    jsAllOursGzip: gzipSum(dist, scripts.ours),
    // Loaded only by a build that names a detail basemap.
    jsDetailBasemapGzip: gzipSum(dist, scripts.detailBasemap),
    jsMaplibreGzip: gzipSum(dist, scripts.maplibre),
    basemapArchiveBytes: archive.reduce((total, file) => total + statSync(file).size, 0),
    fallbackOutlinesGzip: sum(fallback),
    storyDataGzip: sum(data),
  };
}

/** Open a page and wait for the app's (or the baseline's) first idle mark. */
const open = openUntilIdle;

/**
 * Time to the first idle, the bytes of the basemap archive fetched (in ranges) for that first view, the page's
 * own marks (where the time went: story loaded, map created, style loaded, framed, first idle) and, given the
 * build's folder, our JS fetched before the first idle.
 */
async function firstIdle(
  browser: Browser,
  url: string,
  dist?: string,
): Promise<{ ms: number; basemapBytes: number; marks: Record<string, number>; js?: JsBeforeIdle }> {
  const page = await open(browser, url);
  const js = dist ? await jsBeforeFirstIdle(page, dist, url) : undefined;
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('situation-map:first-idle')[0]!.startTime,
    basemapBytes: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('.pmtiles'))
      .reduce((total, entry) => total + entry.encodedBodySize, 0),
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('situation-map:') && mark.name !== 'situation-map:step')
        .map((mark) => [mark.name.replace('situation-map:', ''), Math.round(mark.startTime)]),
    ),
  }));
  await page.close();
  return { ...result, js };
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
  await waitUntilArrivedAndIdle(page);
  const deltas = await frameTimes(page, ms, '', true);
  const camera = await page.evaluate(() => ({
    center: window.situationMap.getCenter().toArray() as [number, number],
    zoom: window.situationMap.getZoom(),
  }));
  await page.close();
  return { deltas, camera };
}

interface HeapSample {
  /** V8's used heap (Runtime.getHeapUsage), everything in it. */
  used: number;
  /**
   * The heap's objects from a heap snapshot, V8's compiled code left out: machine code, bytecode and their
   * metadata grow as V8 optimises more functions over the first hundreds of steps, and are bounded by the code
   * the page loaded, so they cannot be a leak in the story's data. Left out too: V8's weak lists (the code that
   * depends on each object shape, growing with that code; a weak list holds nothing alive, so a leak still counts
   * in full), and DevTools' record of each request the page made (the bench's own CDP session keeps it, about
   * 300 bytes a request; no reader's page has it).
   */
  data: number;
}

/**
 * What `data` leaves out besides compiled code (see HeapSample), by node name: DevTools' records of the page's
 * requests, and V8's weak lists (mostly the optimised code that depends on each object shape).
 */
const NOT_THE_PAGES_DATA = /^(blink::NetworkResourcesData|system \/ WeakArrayList$)/;

/**
 * A heap snapshot's total self size, and that of what HeapSample's `data` leaves out: compiled code (nodes of type
 * `code`), V8's weak lists and DevTools' records of requests.
 */
function snapshotSizes(json: string): { total: number; leftOut: number } {
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  let total = 0;
  let leftOut = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt]!;
    total += size;
    const type = typeNames[snapshot.nodes[i + typeAt]!];
    if (
      type === 'code' ||
      (type === 'native' && NOT_THE_PAGES_DATA.test(snapshot.strings[snapshot.nodes[i + nameAt]!]!))
    )
      leftOut += size;
  }
  return { total, leftOut };
}

/**
 * Heap (after a forced GC) after 20, 100, 200 and 400 steps through the story. The last tells a leak from caches
 * filling: bounded caches (MapLibre's tiles, one zoom level per source; the browser's capped timing buffers) fill over
 * the first hundred steps and then hold, where a leak keeps growing.
 */
async function heapAfterSteps(
  browser: Browser,
  url: string,
): Promise<{ after20: HeapSample; after100: HeapSample; after200: HeapSample; after400: HeapSample }> {
  const page = await open(browser, url);
  const cdp = await page.context().newCDPSession(page);
  const heap = async (): Promise<HeapSample> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const chunks: string[] = [];
    const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    const { total, leftOut } = snapshotSizes(chunks.join(''));
    return { used, data: total - leftOut };
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
  await steps(200);
  await page.waitForTimeout(1500);
  const after400 = await heap();
  await page.close();
  return { after20, after100, after200, after400 };
}

async function main() {
  console.log('bench: building the app and the baseline…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const dist = join(ROOT, 'dist');
  const app = await serveFolder(dist, '/maps/iraq/');
  const baseline = await serveFolder(join(ROOT, 'dist-bench'), '/baseline/');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // The baseline's map gets the app's map size and first camera: software GL's cost grows with pixels, and
    // other tiles are other work, so both draw the same area of the same place.
    const appView = await mapView(browser, app.url);
    const baselineUrl = matchedBaselineUrl(baseline.url, appView);
    const baselineView = await mapView(browser, baselineUrl);
    if (baselineView.width !== appView.width || baselineView.height !== appView.height) {
      console.warn(
        `bench: map sizes differ (app ${appView.width}×${appView.height}, baseline ` +
          `${baselineView.width}×${baselineView.height}): the first idle compares unequal areas`,
      );
    }
    const idle = { app: [] as number[], baseline: [] as number[] };
    const firstViewBasemap = { app: [] as number[], baseline: [] as number[] };
    const marks: Record<string, number>[] = [];
    // Our JS fetched before each of the app's first idles: what a chunk loaded on demand saves shows here.
    const jsBeforeIdle: JsBeforeIdle[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const side of alternated(run, 'baseline', 'app') as ('baseline' | 'app')[]) {
        const result = await firstIdle(
          browser,
          side === 'app' ? app.url : baselineUrl,
          side === 'app' ? dist : undefined,
        );
        idle[side].push(result.ms);
        firstViewBasemap[side].push(result.basemapBytes);
        if (side === 'app') marks.push(result.marks);
        if (result.js) jsBeforeIdle.push(result.js);
      }
    }
    const { deltas: movement, camera } = await animationFrames(browser, app.url, 'airborne-battalion-to-kuwait', 3000);
    // K-1 is the step the page opens on: the attack is measured by stepping to it from the strikes' step.
    const { deltas: attack, camera: attackCamera } = await animationFrames(
      browser,
      app.url,
      'k1-rocket-attack',
      3000,
      'us-strikes-kataib-hezbollah',
    );
    const panApp: number[] = [];
    const panBaseline: number[] = [];
    const panAttackBaseline: number[] = [];
    const stepApp: number[] = [];
    const stepBaseline: number[] = [];
    const quickStepApp: number[] = [];
    const quickStepBaseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of alternated(round, 'baseline', 'app')) {
        if (side === 'app') panApp.push(...(await panFrames(browser, app.url, camera)));
        else {
          panBaseline.push(...(await panFrames(browser, baselineUrl, camera)));
          panAttackBaseline.push(...(await panFrames(browser, baselineUrl, attackCamera)));
        }
      }
      for (const side of alternated(round, 'app', 'baseline')) {
        if (side === 'app') {
          stepApp.push(...(await inputToFrame(browser, app.url, true, true)));
          quickStepApp.push(...(await inputToFrame(browser, app.url, true, false)));
        } else {
          stepBaseline.push(...(await inputToFrame(browser, baselineUrl, false, true)));
          quickStepBaseline.push(...(await inputToFrame(browser, baselineUrl, false, false)));
        }
      }
    }
    // The heap ratio moves by several percent between identical pages (V8 tiering up code, capped browser buffers
    // filling), so it is measured on three pages: the median's round is reported, with all three ratios. A heap
    // snapshot diff between steps 20 and 200 put most of the growth in compiled code (machine code and bytecode,
    // about 0.8 of 1.4 MB): the target is read on the heap's objects without it (see HeapSample). Of the objects'
    // growth (about 0.9 MB), the basemap's out-of-view tile cache filling to its cap (about 0.5 MB, 1.5 → 6 tiles of
    // about 100 KB; the cap is now 4, see map-start.ts) and Chromium's capped timing buffers (event timing, long
    // tasks, layout shifts, soft navigations; about 0.2 MB) were most. From 400 to 1,200 steps the objects grew by
    // 0.3 MB: only those buffers, DevTools' record of the bench's own requests, and V8's code metadata.
    const heaps: Awaited<ReturnType<typeof heapAfterSteps>>[] = [];
    for (let round = 0; round < HEAP_ROUNDS; round++) heaps.push(await heapAfterSteps(browser, app.url));
    const ratiosOf = (kind: keyof HeapSample) => heaps.map((one) => one.after200[kind] / one.after20[kind]);
    const heapRatios = ratiosOf('used');
    const dataRatios = ratiosOf('data');
    const laterDataRatios = heaps.map((one) => one.after400.data / one.after200.data);
    const heap = heaps[heapRatios.indexOf(median(heapRatios))]!;
    // The run that fetched the most before its first idle (they differ only if a chunk races the idle).
    const js = jsBeforeIdle.reduce((most, one) => (one.gzip > most.gzip ? one : most));
    const bytes = { jsOursGzip: js.gzip, jsBeforeFirstIdle: js.files, ...shippedBytes() };

    const rows = [
      ['time to first idle (median ms)', idle.app, idle.baseline, median, '≤ 1.15'],
      ['input → first frame, map at rest (median ms)', stepApp, stepBaseline, median, '≤ baseline + 16.7 ms'],
      [
        'input → first frame, every 400 ms (median ms)',
        quickStepApp,
        quickStepBaseline,
        median,
        '≤ baseline + 16.7 ms',
      ],
      ['frame p50 panning (ms)', panApp, panBaseline, median, ''],
      ['frame p95 panning (ms)', panApp, panBaseline, (v: number[]) => percentile(v, 95), ''],
      ['frame p50 movement animation (ms)', movement, panBaseline, median, ''],
      ['frame p95 movement animation (ms)', movement, panBaseline, (v: number[]) => percentile(v, 95), '≤ 1.1'],
      ['frame p50 attack animation (ms)', attack, panAttackBaseline, median, ''],
      ['frame p95 attack animation (ms)', attack, panAttackBaseline, (v: number[]) => percentile(v, 95), '≤ 1.1'],
    ] as const;
    const table = rows.map(([metric, ours, base, statistic, target]) => ({
      metric,
      app: Number(statistic([...ours]).toFixed(1)),
      'app spread': statistic === median ? spread([...ours]) : '',
      baseline: Number(statistic([...base]).toFixed(1)),
      'baseline spread': statistic === median ? spread([...base]) : '',
      ratio: Number((statistic([...ours]) / statistic([...base])).toFixed(2)),
      target,
    }));
    console.table(table);
    // Where the app's time to the first idle goes, per mark: median and spread over the runs.
    const markNames = [...new Set(marks.flatMap((run) => Object.keys(run)))];
    const timeline = markNames
      .map((name) => {
        const values = marks.map((run) => run[name]).filter((value): value is number => value !== undefined);
        return { mark: name, 'median ms': median(values), spread: spread(values) };
      })
      .sort((a, b) => a['median ms'] - b['median ms']);
    console.table(timeline);
    const heapRatio = median(heapRatios);
    const sizes = {
      'JS we add beyond MapLibre (gzip bytes)': [bytes.jsOursGzip, '≤ 61440'],
      'all our JS in the build, incl. loaded on demand (gzip bytes)': [bytes.jsAllOursGzip, ''],
      'MapLibre JS incl. worker (gzip bytes)': [bytes.jsMaplibreGzip, ''],
      'detail-basemap styles, loaded only when set (gzip bytes)': [bytes.jsDetailBasemapGzip, ''],
      'basemap archive, whole (bytes; tiles gzip inside)': [bytes.basemapArchiveBytes, '≤ 6291456'],
      'basemap fetched for the first view (bytes)': [median(firstViewBasemap.app), '≤ 307200'],
      'basemap fetched for the baseline first view (bytes)': [median(firstViewBasemap.baseline), ''],
      'coarse fallback outlines, fetched only on failure (gzip bytes)': [bytes.fallbackOutlinesGzip, ''],
      'story data (gzip bytes)': [bytes.storyDataGzip, ''],
      'heap after 20 steps (bytes)': [heap.after20.used, ''],
      'heap after 100 steps (bytes)': [heap.after100.used, ''],
      'heap after 200 steps (bytes)': [
        heap.after200.used,
        `ratio ${heapRatio.toFixed(3)} (${heapRatios.map((r) => r.toFixed(3)).join(', ')})`,
      ],
      'heap objects without compiled code, after 20 steps (bytes)': [heap.after20.data, ''],
      'heap objects without compiled code, after 200 steps (bytes)': [
        heap.after200.data,
        `ratio ${median(dataRatios).toFixed(3)} (${dataRatios.map((r) => r.toFixed(3)).join(', ')}) ≤ 1.05`,
      ],
      'heap objects without compiled code, after 400 steps (bytes)': [
        heap.after400.data,
        `ratio to 200 steps ${median(laterDataRatios).toFixed(3)} (${laterDataRatios.map((r) => r.toFixed(3)).join(', ')})`,
      ],
    };
    console.table(Object.fromEntries(Object.entries(sizes).map(([k, [v, t]]) => [k, { value: v, target: t }])));
    const report = {
      date: new Date().toISOString(),
      runs: RUNS,
      rounds: ROUNDS,
      viewport: VIEWPORT,
      mapSize: { width: appView.width, height: appView.height },
      baselineMapSize: { width: baselineView.width, height: baselineView.height },
      firstCamera: { center: appView.center, zoom: appView.zoom },
      chromium: browser.version(),
      timings: table,
      timeline,
      samples: {
        idle,
        marks,
        panApp,
        panBaseline,
        movement,
        attack,
        panAttackBaseline,
        stepApp,
        stepBaseline,
        quickStepApp,
        quickStepBaseline,
      },
      bytes: { ...bytes, firstViewBasemap },
      heap: {
        ...heap,
        ratio: heapRatio,
        dataRatio: median(dataRatios),
        laterDataRatio: median(laterDataRatios),
        rounds: heaps.map((one, index) => ({
          ...one,
          ratio: heapRatios[index],
          dataRatio: dataRatios[index],
          laterDataRatio: laterDataRatios[index],
        })),
      },
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
// The scale table (synthetic stories of growing size) is bench/scale.ts, run after the main table on request.
if (process.argv.includes('--scale')) {
  const scale = new URL('./scale.ts', import.meta.url);
  // Imported by URL: a checkout without the file still type-checks and says so below.
  if (existsSync(scale)) await import(scale.href);
  else console.log('bench: --scale asks for bench/scale.ts, which this checkout does not have yet.');
}
