/**
 * `npx tsx bench/compare-idle.ts <folder> [<folder> …]` (RUNS, default 5; QUERY, a link's query to open): the
 * first idle of builds of the app side by side, loads alternated so that the machine's load falls on each alike,
 * with the median time of each of the app's marks. A tool for A/B tests of a change, not a benchmark.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { median, openUntilIdle } from './shared.ts';
const folders = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 5);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const servers = await Promise.all(folders.map((f) => serveFolder(f, '/maps/story/')));
const times: number[][] = folders.map(() => []);
const marks: Record<string, number>[][] = folders.map(() => []);
for (let r = 0; r < runs; r++) {
  const order = r % 2 ? [...folders.keys()].reverse() : [...folders.keys()];
  for (const i of order) {
    const page = await openUntilIdle(browser, servers[i]!.url + (process.env.QUERY ?? ''));
    const m = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((x) => x.name.startsWith('situation-map'))
          .map((x) => [x.name.slice(14), Math.round(x.startTime)]),
      ),
    );
    times[i]!.push(m['first-idle']!);
    marks[i]!.push(m);
    await page.close();
  }
}
folders.forEach((f, i) => {
  const keys = Object.keys(marks[i]![0]!);
  console.log(
    f,
    'first idle median',
    median(times[i]!),
    JSON.stringify(times[i]),
    keys.map((k) => `${k} ${median(marks[i]!.map((m) => m[k]!))}`).join(', '),
  );
});
servers.forEach((s) => s.server.close());
await browser.close();
