/**
 * `npx tsx bench/heap-classes.ts <folder>`: the page's heap after its first idle and 20 presses of Next, summed by
 * constructor name (self size), the largest first. A tool for finding what the heap holds, not a benchmark.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { openUntilIdle, waitUntilSettled } from './shared.ts';

const folder = process.argv[2]!;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const server = await serveFolder(folder, '/maps/story/');
const page = await openUntilIdle(browser, server.url);
await waitUntilSettled(page);
await page.locator('h1').click();
for (let i = 0; i < 20; i++) {
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(50);
}
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');
await cdp.send('HeapProfiler.collectGarbage');
await cdp.send('HeapProfiler.collectGarbage');
console.log(
  'used heap (Runtime.getHeapUsage)',
  ((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6).toFixed(1),
  'MB',
);
const chunks: string[] = [];
cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) => chunks.push(event.chunk));
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
const snapshot = JSON.parse(chunks.join('')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
const totals = new Map<string, [number, number]>();
let all = 0;
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = types[snapshot.nodes[i + typeAt!]!]!;
  let name = type === 'object' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt!]!]! : `(${type})`;
  if (name.length > 60) name = name.slice(0, 60);
  const size = snapshot.nodes[i + sizeAt!]!;
  all += size;
  const entry = totals.get(name) ?? [0, 0];
  entry[0] += size;
  entry[1] += 1;
  totals.set(name, entry);
}
console.log(`total ${(all / 1e6).toFixed(1)} MB`);
for (const [name, [size, count]] of [...totals].sort((a, b) => b[1][0] - a[1][0]).slice(0, 40))
  console.log(`${(size / 1e6).toFixed(2).padStart(8)} MB ${String(count).padStart(8)}  ${name}`);
await browser.close();
server.server.close();
