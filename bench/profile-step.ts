/**
 * `npx tsx bench/profile-step.ts <folder>`: where the time goes between a press of "Next event" and MapLibre's next
 * 'render', for a build of the app served under /maps/iraq/, with presses every 400 ms (the previous step's camera
 * still moving). Per press: the click's own task, when the next animation frame began, and the 'render'; and a CPU
 * profile's time by function within those windows. A tool for finding the cost, not a benchmark. Build with
 * `npx vite build --minify false --outDir dist-scale-profile` for names (a folder lint and git already ignore).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { openUntilIdle } from './shared.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const PRESSES = Number(process.env.PROFILE_PRESSES ?? 12);
const folder = process.argv[2] ?? 'dist-scale-profile';
const server = await serveFolder(folder, '/maps/iraq/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await openUntilIdle(browser, server.url);
page.on('crash', () => console.error('page crashed'));
await page.waitForTimeout(3000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 500) });
await cdp.send('Profiler.start');
const presses: { t0: number; clickDone: number; raf: number; render: number; framesBefore: number }[] = [];
for (let i = 0; i < PRESSES; i++) {
  presses.push(
    await page.evaluate(async () => {
      const map = window.situationMap;
      await new Promise((resolve) => setTimeout(resolve, 400));
      const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
      const t0 = performance.now();
      let raf = 0;
      requestAnimationFrame(() => (raf = performance.now()));
      // Frames begun before the 'render' (the map's own frame request, made earlier, runs first in a frame).
      let framesBefore = 0;
      let counting = true;
      const count = () => {
        if (!counting) return;
        framesBefore++;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      (document.querySelector('button[aria-label="Next event"]') as HTMLButtonElement).click();
      let clickDone = 0;
      // Queued after Svelte's flush of the click's updates (a microtask queued during the click): it runs after.
      queueMicrotask(() => (clickDone = performance.now()));
      const render = await rendered;
      counting = false;
      return { t0, clickDone, raf, render, framesBefore };
    }),
  );
}
// A known stretch of work at a known page time lines the profile's clock up with the page's (the profiler's end
// time, read against performance.now(), was off by the round trip: tens of ms on a loaded machine).
const markerAt = await page.evaluate(() => {
  const at = performance.now();
  (function quickStepClockMarker() {
    while (performance.now() < at + 20);
  })();
  return at;
});
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
let at = profile.startTime / 1000;
const rawTimes = profile.timeDeltas.map((delta) => (at += delta / 1000));
const markerSample = profile.samples.findIndex((id) => {
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
    if (byId.get(n)!.callFrame.functionName === 'quickStepClockMarker') return true;
  return false;
});
const offset = rawTimes[markerSample]! - markerAt;
const sampleTimes = rawTimes.map((t) => t - offset);
const file = (node: ProfileNode) => node.callFrame.url.split('/').at(-1) || '(native)';
const fn = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${file(node)}:${node.callFrame.lineNumber + 1}`;

function window_(from: number, to: number) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const t = sampleTimes[i]!;
    if (t < from || t >= to) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = fn(byId.get(id)!);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(fn(byId.get(n)!));
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + ms);
  });
  return { self, total };
}
const addInto = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};
const click = { self: new Map<string, number>(), total: new Map<string, number>() };
const between = { self: new Map<string, number>(), total: new Map<string, number>() };
const frame = { self: new Map<string, number>(), total: new Map<string, number>() };
for (const p of presses) {
  console.log(
    `press: click task ${(p.clickDone - p.t0).toFixed(1)} ms, rAF at +${(p.raf - p.t0).toFixed(1)}, render at +${(p.render - p.t0).toFixed(1)}, frames begun before it ${p.framesBefore}`,
  );
  const a = window_(p.t0, p.clickDone);
  const b = window_(p.clickDone, p.raf);
  const c = window_(p.raf, p.render);
  addInto(click.self, a.self);
  addInto(click.total, a.total);
  addInto(between.self, b.self);
  addInto(between.total, b.total);
  addInto(frame.self, c.self);
  addInto(frame.total, c.total);
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, v]) => `  ${(v / presses.length).toFixed(2).padStart(7)}  ${k}`)
    .join('\n');
for (const [name, part] of [
  ['click task', click],
  ['click → rAF', between],
  ['rAF → render', frame],
] as const) {
  console.log(`\n== ${name}: total per press (ms)\n${top(part.total, 45)}\n-- self\n${top(part.self, 20)}`);
}
await browser.close();
server.server.close();
