/**
 * `npx tsx bench/profile-idle.ts <folder> [<folder> …]`: where the time goes before the first idle, for builds of
 * the app (each served under /maps/story/): the app's marks, long tasks, and a CPU profile's self time by
 * function and by file, from navigation to the first idle mark. A tool for finding the cost, not a benchmark.
 * Build with `--minify false` for names.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { VIEWPORT } from './shared.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function selfTimes(profile: Profile, key: (node: ProfileNode) => string, top: number): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = key(byId.get(id)!);
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** Time with the function anywhere on the stack (each sample counted once per function), largest first. */
function totalTimes(profile: Profile, key: (node: ProfileNode) => string, top: number): [string, number][] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      if (!node.callFrame.url.includes('index-')) continue;
      seen.add(key(node));
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const folders = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const folder of folders) {
  const server = await serveFolder(folder, '/maps/story/');
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript('window.__name = (fn) => fn');
  await page.addInitScript(() => {
    (window as unknown as { longTasks: [number, number][] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { longTasks: [number, number][] }).longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}`);
  await page.waitForFunction(() => performance.getEntriesByName('situation-map:first-idle').length > 0, null, {
    timeout: 120_000,
  });
  const nowAtStop = await page.evaluate(() => performance.now());
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: Profile & { endTime: number; startTime: number };
  };
  // The profile's clock against the page's: its end is (about) when it was stopped.
  const offset = profile.endTime / 1000 - nowAtStop;
  const markTimes = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('situation-map'))
      .map((mark) => [mark.name.replace('situation-map:', ''), mark.startTime] as [string, number]),
  );
  const cuts: [string, number][] = [['start', 0], ...markTimes.filter(([n]) => n !== 'step')];
  let at = profile.startTime / 1000 - offset;
  const sampleTimes = profile.timeDeltas.map((delta) => (at += delta / 1000));
  for (let c = 0; c < cuts.length; c++) {
    const [name, from] = cuts[c]!;
    const to = cuts[c + 1]?.[1] ?? Infinity;
    const keep = sampleTimes.map((t) => t >= from && t < to);
    const part: Profile = {
      nodes: profile.nodes,
      samples: profile.samples.filter((_, i) => keep[i]),
      timeDeltas: profile.timeDeltas.filter((_, i) => keep[i]),
    };
    const nodeFile = (node: ProfileNode) => node.callFrame.url.split('/').at(-1) || '(native)';
    const fnName = (node: ProfileNode) =>
      `${node.callFrame.functionName || '(anonymous)'} ${nodeFile(node)}:${node.callFrame.lineNumber + 1}`;
    console.log(
      `\n-- from ${name} (${from.toFixed(0)}) to ${to.toFixed(0)}: self by file`,
      selfTimes(part, nodeFile, 6)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', '),
    );
    for (const [n, ms] of totalTimes(part, fnName, 25)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${n}`);
    console.log('  self:');
    for (const [n, ms] of selfTimes(part, fnName, 15)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${n}`);
  }
  const marks = await page.evaluate(() => ({
    marks: performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('situation-map'))
      .map((mark) => `${mark.name.replace('situation-map:', '')} ${mark.startTime.toFixed(0)}`),
    longTasks: (window as unknown as { longTasks: [number, number][] }).longTasks.map(
      ([start, duration]) => `${start.toFixed(0)}+${duration.toFixed(0)}`,
    ),
    dom: document.getElementsByTagName('*').length,
  }));
  console.log(`\n== ${folder}`);
  console.log('marks:', marks.marks.join(', '));
  console.log('long tasks:', marks.longTasks.join(' '));
  console.log('DOM nodes:', marks.dom);
  const file = (node: ProfileNode) => node.callFrame.url.split('/').at(-1) || '(native)';
  console.log('self time by file (ms):');
  for (const [name, ms] of selfTimes(profile, file, 12)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
  console.log('self time by function (ms):');
  const fn = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${file(node)}:${node.callFrame.lineNumber + 1}`;
  for (const [name, ms] of selfTimes(profile, fn, 40)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
  console.log('total time by function, ours (ms):');
  for (const [name, ms] of totalTimes(profile, fn, 60)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
  await page.close();
  server.server.close();
}
await browser.close();
