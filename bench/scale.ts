/**
 * The scale bench: `npx tsx bench/scale.ts` (sizes as arguments, default 10000 50000; BENCH_RUNS for the
 * first-idle samples, default 5). A report, not a test: it asserts nothing.
 *
 * For each size it generates a synthetic story (bench/generate-story.ts), times validation and the story model in
 * Node, builds the app with STORY_DIR pointing at it (into dist-scale-<n>/), serves it, and measures it in headless
 * Chromium beside the real story (built the same way into dist-scale-real/), in one run: first idle, Next → first
 * frame (median of NEXT_SAMPLES presses on each of NEXT_PAGES pages), scrubbing end to end (the timeline dragged
 * across its width with the mouse, the median of SCRUB_DRAGS drags), and heap after 20, 200 and 400 presses of Next
 * (the last against the 200th: growth that goes on is a leak; caches and renders bounded by the story fill in the
 * first hundreds). Next and the scrubbing target are read once the page has settled after its first idle (see
 * waitUntilSettled); scrubbing is also read right at the first idle, while the page still renders what it put off,
 * as its own column. It prints a table and writes bench/scale-report.json.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { GEODATA_DIR, readStoryFiles } from '../scripts/story-files.ts';
import { validateStoryFiles } from '../src/story/validate.ts';
import { buildStoryModel } from '../src/story/model.ts';
import { serveFolder } from './static-server.ts';
import { generateStory, STORIES_DIR, writeStory } from './generate-story.ts';
import { median, openUntilIdle, spread, waitUntilListComplete, waitUntilSettled } from './shared.ts';
import { jsBeforeFirstIdle } from './js-bytes.ts';

const ROOT = new URL('../', import.meta.url).pathname;
/**
 * First-idle samples per story. Three gave medians that moved by a fifth between runs at 10,000 events (single
 * loads from 1.5 to 2.5 s on this 2-core machine); the issue asks for at least five.
 */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const PREFIX = '/maps/story/';

interface Site {
  name: string;
  storyDir: string;
  outDir: string;
  url?: string;
}

/** Validation and the story model in Node, median of three, in ms; and the event count. */
function nodeTimings(dir: string): { validateMs: number; modelMs: number; events: number } {
  const { files } = readStoryFiles(dir);
  const validate: number[] = [];
  const model: number[] = [];
  let events = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const result = validateStoryFiles(files);
    const t1 = performance.now();
    if (!result.ok) throw new Error(`${dir} is invalid: ${JSON.stringify(result.issues[0])}`);
    buildStoryModel(result.data);
    model.push(performance.now() - t1);
    validate.push(t1 - t0);
    events = result.data.story.events.length;
  }
  return { validateMs: median(validate), modelMs: median(model), events };
}

function build(site: Site): void {
  execFileSync('npx', ['vite', 'build', '--outDir', site.outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STORY_DIR: site.storyDir, PREVIEW_IMAGES: 'off' },
  });
}

/**
 * The first idle's time, how many elements the document holds then (what a long list costs the page), and the gzip
 * bytes of our JS fetched before it (see bench/js-bytes.ts).
 */
async function firstIdle(
  browser: Browser,
  url: string,
  dist: string,
): Promise<{ ms: number; domNodes: number; jsGzip: number }> {
  const page = await openUntilIdle(browser, url);
  const sample = await page.evaluate(() => ({
    ms: performance.getEntriesByName('situation-map:first-idle')[0]!.startTime,
    domNodes: document.getElementsByTagName('*').length,
  }));
  const { gzip } = await jsBeforeFirstIdle(page, dist, url);
  await page.close();
  return { ...sample, jsGzip: gzip };
}

/**
 * Next is pressed this many times per page, 400 ms apart, on NEXT_PAGES pages per story: the median is over all
 * presses. A 10,000-event story's single samples spread from 14 to over 100 ms (its worker competes with the page
 * for the machine's two cores): five gave medians that moved by half between runs, and one page of eleven gave
 * medians from 20 to 35 ms for the same build, as did the real story's (17 to 30).
 */
const NEXT_SAMPLES = 11;
const NEXT_PAGES = 3;
/** Drags across the timeline per story; the median is reported. */
const SCRUB_DRAGS = 3;

/** From a click on Next to the first frame MapLibre renders after it (as bench/run.ts measures it), on each page. */
async function nextToFrameMs(browser: Browser, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let pageIndex = 0; pageIndex < NEXT_PAGES; pageIndex++) {
    const page = await openUntilIdle(browser, url);
    await waitUntilSettled(page);
    for (let i = 0; i < NEXT_SAMPLES; i++) {
      samples.push(
        await page.evaluate(async () => {
          const map = window.situationMap;
          await new Promise((resolve) => setTimeout(resolve, 400));
          const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
          const t0 = performance.now();
          (document.querySelector('button[aria-label="Next event"]') as HTMLButtonElement).click();
          return (await rendered) - t0;
        }),
      );
    }
    await page.close();
  }
  return samples;
}

/**
 * Scrubbing end to end: the mouse drags the timeline's thumb across the track's width in 100 moves, each awaited
 * as a user's input is (Playwright waits until the page has handled it). Counts the distinct steps the slider
 * reported in frames, per second of the drag; and pointer moves handled per second.
 */
async function scrubbing(browser: Browser, url: string, settled: boolean) {
  const page = await openUntilIdle(browser, url);
  if (settled) await waitUntilSettled(page);
  const track = page.getByRole('slider', { name: 'Timeline' });
  const box = (await track.boundingBox())!;
  await page.evaluate(() => {
    const slider = document.querySelector('[role="slider"][aria-label="Timeline"]')!;
    const seen: string[] = [];
    (window as unknown as { scrubSeen: string[] }).scrubSeen = seen;
    const frame = () => {
      const value = slider.getAttribute('aria-valuenow') ?? '';
      if (seen.at(-1) !== value) seen.push(value);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const y = box.y + box.height / 2;
  const moves = 100;
  await page.mouse.move(box.x + 1, y);
  const t0 = Date.now();
  await page.mouse.down();
  // The last move ends past the track's right end (the pointer is captured), so the drag must end on the last step.
  for (let i = 1; i <= moves; i++) await page.mouse.move(box.x + 1 + ((box.width + 8) * i) / moves, y);
  await page.mouse.up();
  const seconds = (Date.now() - t0) / 1000;
  // Frames that showed a new step, and the step the drag ended on (the last input must win).
  const seen = await page.evaluate(() => (window as unknown as { scrubSeen: string[] }).scrubSeen.length - 1);
  const steps = Number(await track.getAttribute('aria-valuemax'));
  const final = Number(await track.getAttribute('aria-valuenow'));
  await page.close();
  return {
    updatesPerSecond: Number((seen / seconds).toFixed(1)),
    movesPerSecond: Number((moves / seconds).toFixed(1)),
    dragSeconds: Number(seconds.toFixed(2)),
    endedOnLast: final === steps,
  };
}

/** Heap (after forced GC) after 20 and after 200 presses of Next (ArrowRight, focus on the page). */
async function heapAfterNext(browser: Browser, url: string) {
  const page = await openUntilIdle(browser, url);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await page.waitForTimeout(1500);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const press = async (count: number) => {
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(60);
    }
  };
  // From a page that has rendered what it put off after its first idle: at 10,000 events the rest of the event list
  // (about 40,000 elements) renders a group a second while the page is busy, and counted as growth over the steps.
  await waitUntilSettled(page);
  await waitUntilListComplete(page);
  await page.locator('h1').click(); // focus the page, not a control
  await press(20);
  const after20 = await heap();
  await press(180);
  const after200 = await heap();
  await press(200);
  const after400 = await heap();
  await page.close();
  return {
    after20,
    after200,
    after400,
    ratio: Number((after200 / after20).toFixed(3)),
    laterRatio: Number((after400 / after200).toFixed(3)),
  };
}

async function main() {
  const sizes = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('--'))
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const sites: Site[] = [{ name: 'real', storyDir: GEODATA_DIR, outDir: join(ROOT, 'dist-scale-real') }];
  for (const size of sizes.length > 0 ? sizes : [10_000, 50_000]) {
    const storyDir = join(STORIES_DIR, String(size));
    writeStory(storyDir, generateStory(size));
    sites.push({ name: String(size), storyDir, outDir: join(ROOT, `dist-scale-${size}`) });
  }

  console.log('scale: validation and model in Node…');
  const node = Object.fromEntries(sites.map((site) => [site.name, nodeTimings(site.storyDir)]));
  // --no-build reuses the dist-scale-*/ folders of an earlier run.
  if (!process.argv.includes('--no-build')) {
    console.log('scale: building one site per story…');
    for (const site of sites) build(site);
  }
  const servers = await Promise.all(sites.map((site) => serveFolder(site.outDir, PREFIX)));
  sites.forEach((site, index) => (site.url = servers[index]!.url));

  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  // Other work on the machine slows every page alike but not evenly: the load beside the ratios says how far to trust them.
  const loadAtStart = loadavg();
  try {
    const idle: Record<string, number[]> = Object.fromEntries(sites.map((site) => [site.name, []]));
    const domNodes: Record<string, number[]> = Object.fromEntries(sites.map((site) => [site.name, []]));
    const jsGzip: Record<string, number[]> = Object.fromEntries(sites.map((site) => [site.name, []]));
    // The sites' order is reversed every other run, so that a drift in the machine's load hits all alike.
    for (let run = 0; run < RUNS; run++) {
      for (const site of run % 2 === 0 ? sites : [...sites].reverse()) {
        const sample = await firstIdle(browser, site.url!, site.outDir);
        idle[site.name]!.push(sample.ms);
        domNodes[site.name]!.push(sample.domNodes);
        jsGzip[site.name]!.push(sample.jsGzip);
      }
      console.log(`scale: first idle, run ${run + 1}: ${JSON.stringify(idle)}`);
    }
    const rows = [];
    const samples: Record<string, unknown> = {};
    const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
      const t0 = Date.now();
      const result = await run();
      console.log(`scale:   ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return result;
    };
    for (const site of sites) {
      console.log(`scale: measuring ${site.name}…`);
      const next = await timed('Next → frame', () => nextToFrameMs(browser, site.url!));
      const dragsOf = (settled: boolean) =>
        timed(settled ? 'scrubbing, settled' : 'scrubbing at the first idle', async () => {
          const results = [];
          for (let drag = 0; drag < SCRUB_DRAGS; drag++) results.push(await scrubbing(browser, site.url!, settled));
          return results;
        });
      const drags = await dragsOf(true);
      const earlyDrags = await dragsOf(false);
      // The drag with the median rate of updates.
      const medianDrag = (results: typeof drags) =>
        [...results].sort((a, b) => a.updatesPerSecond - b.updatesPerSecond)[Math.floor(SCRUB_DRAGS / 2)]!;
      const scrub = medianDrag(drags);
      const earlyScrub = medianDrag(earlyDrags);
      const heap = await timed('heap', () => heapAfterNext(browser, site.url!));
      const [idleMin, idleMax] = spread(idle[site.name]!);
      rows.push({
        story: site.name,
        events: node[site.name]!.events,
        'validate ms (Node)': Math.round(node[site.name]!.validateMs),
        'model ms (Node)': Math.round(node[site.name]!.modelMs),
        'first idle ms': Math.round(median(idle[site.name]!)),
        'idle spread': `${Math.round(idleMin)}–${Math.round(idleMax)}`,
        'DOM nodes': Math.round(median(domNodes[site.name]!)),
        // The most of the runs: a chunk that raced the first idle once counts.
        'JS before first idle (gzip B)': Math.max(...jsGzip[site.name]!),
        'Next → frame ms': Math.round(median(next)),
        'scrub updates/s': scrub.updatesPerSecond,
        'scrub moves/s': scrub.movesPerSecond,
        'scrub at first idle, updates/s': earlyScrub.updatesPerSecond,
        'heap 20 (MB)': Number((heap.after20 / 1e6).toFixed(1)),
        'heap 200 (MB)': Number((heap.after200 / 1e6).toFixed(1)),
        'heap 200/20': heap.ratio,
        'heap 400/200': heap.laterRatio,
      });
      samples[site.name] = {
        idle: idle[site.name],
        jsBeforeFirstIdle: jsGzip[site.name],
        next,
        scrub: drags,
        scrubAtFirstIdle: earlyDrags,
        heap,
        node: node[site.name],
      };
      console.log(JSON.stringify(rows.at(-1)));
    }
    console.table(rows);
    const real = rows[0]!;
    // The targets, each a ratio to the real story in this run: at 10,000 events, and at the limit.
    const targets: Record<string, string> = {};
    for (const row of rows.slice(1)) {
      const at = `at ${row.story} events`;
      const idleRatio = (row['first idle ms'] / real['first idle ms']).toFixed(2);
      if (Number(row.story) >= 50_000) {
        targets[`${at}: first idle ≤ 2× the real story`] = `${idleRatio}×`;
        continue;
      }
      targets[`${at}: first idle ≤ 1.3× the real story`] = `${idleRatio}×`;
      targets[`${at}: Next → frame ≤ the real story's + 16.7 ms`] =
        `${row['Next → frame ms']} ms vs ${real['Next → frame ms']} ms`;
      targets[`${at}: DOM nodes ≤ 2× the real story's`] =
        `${(row['DOM nodes'] / real['DOM nodes']).toFixed(2)}× (${row['DOM nodes']} vs ${real['DOM nodes']})`;
      targets[`${at}: heap after 20 steps ≤ 3× the real story's`] =
        `${(row['heap 20 (MB)'] / real['heap 20 (MB)']).toFixed(2)}×`;
      targets[`${at}: scrubbing ≥ 30 updates/s`] = `${row['scrub updates/s']} /s`;
      targets[`${at}: no heap leak over 200 steps`] =
        `heap 200/20 = ${row['heap 200/20']}, 400/200 = ${row['heap 400/200']}`;
    }
    console.log('targets:');
    console.table(targets);
    const load = { start: loadAtStart, end: loadavg() };
    console.log(
      `load average (1, 5, 15 min): at the start ${load.start.map((x) => x.toFixed(2)).join(' ')}, at the end ${load.end.map((x) => x.toFixed(2)).join(' ')}`,
    );
    const report = {
      date: new Date().toISOString(),
      runs: RUNS,
      chromium: browser.version(),
      load,
      rows,
      targets,
      samples,
    };
    writeFileSync(join(ROOT, 'bench/scale-report.json'), JSON.stringify(report, null, 2) + '\n');
    console.log('scale: wrote bench/scale-report.json');
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
}

await main();
