/**
 * `npx tsx bench/profile.ts [folder …]`: where the time goes between Next and the map's first changed frame, and
 * in the frames of the movement and attack animations, for one or more builds of the app (default dist/), each
 * served under /maps/iraq/. Prints, per build: Next → first render (ms), and CPU profiles (self time by function,
 * top entries) of the input path and of the animation frames, with MapLibre's layer count. A tool for finding
 * the cost, not a benchmark: timings here run with the profiler on. Build with `--minify false` for names.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { frameTimes, waitUntilArrivedAndIdle } from './shared.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [`${ROOT}dist`];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), largest first. */
function selfTimes(profile: Profile, top: number): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const file = node.callFrame.url.split('/').at(-1) ?? '';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

async function profiled<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return { result, profile };
}

const print = (title: string, rows: [string, number][]) => {
  console.log(`  ${title}`);
  for (const [name, ms] of rows) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
};

/** Click an event in the list, wait for the camera to arrive (as run.ts does), then profile `ms` of its frames. */
async function animationFrames(page: Page, eventId: string, ms: number) {
  await page.locator(`[data-event-id="${eventId}"] button`).click();
  await waitUntilArrivedAndIdle(page);
  const { result: deltas, profile } = await profiled(page, () => frameTimes(page, ms, '', true));
  const sorted = [...deltas].sort((a, b) => a - b);
  const state = await page.evaluate(() => ({
    layers: window.situationMap.getStyle().layers.length,
    scene: document.getElementById('map')?.dataset.scene,
  }));
  return {
    frames: sorted.length,
    p50: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.ceil(sorted.length * 0.95) - 1]!,
    ...state,
    top: selfTimes(profile, 18),
  };
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const folder of folders) {
    const served = await serveFolder(folder, '/maps/iraq/');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript('window.__name = (fn) => fn');
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(served.url);
    await page.waitForFunction(() => performance.getEntriesByName('situation-map:first-idle').length > 0);
    console.log(`\n${folder}`);
    // Next from each step onto the next; each from an idle map, the previous step's animation over.
    const { result: nextTimes, profile } = await profiled(page, async () => {
      const times: { handler: number; effects: number; frameStart: number; render: number }[] = [];
      for (let i = 0; i < 9; i++) {
        await page.waitForFunction(
          () => document.getElementById('map')?.dataset.scene === 'end' && !window.situationMap.isMoving(),
        );
        times.push(
          await page.evaluate(async () => {
            const map = window.situationMap;
            const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
            const frameStart = new Promise<number>((resolve) => requestAnimationFrame(resolve));
            const t0 = performance.now();
            (document.querySelector('button[aria-label="Next event"]') as HTMLButtonElement).click();
            const handler = performance.now();
            // Svelte flushes its effects in a microtask queued during the click: it runs before this one.
            await Promise.resolve();
            const effects = performance.now();
            const frame = await frameStart;
            const render = await rendered;
            return { handler: handler - t0, effects: effects - handler, frameStart: frame - t0, render: render - t0 };
          }),
        );
      }
      return times;
    });
    console.log('  Next → first render, steps 1–9 (ms: click handler + effects (microtasks), rAF start, render end):');
    for (const t of nextTimes) {
      const parts = [t.handler, t.effects, t.frameStart, t.render].map((ms) => ms.toFixed(1).padStart(6));
      console.log(`    ${parts.join(' ')}`);
    }
    print('input path and animations, self time (all 9 steps):', selfTimes(profile, 25));
    await page.waitForFunction(() => document.getElementById('map')?.dataset.scene === 'end');
    for (const [eventId, ms] of [
      ['k1-rocket-attack', 2500],
      ['airborne-battalion-to-kuwait', 3000],
    ] as const) {
      const frames = await animationFrames(page, eventId, ms);
      console.log(
        `  ${eventId}: ${frames.frames} frames, p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, ` +
          `${frames.layers} style layers, scene ${frames.scene} at the end`,
      );
      print('frames, self time:', frames.top);
    }
    await page.close();
    served.server.close();
  }
} finally {
  await browser.close();
}
