/**
 * `npx tsx bench/bytes.ts [--no-build]`: only the JS bytes of `npm run bench` (a minute instead of five): builds the
 * app into dist/, opens it three times in headless Chromium and prints our scripts fetched before the first idle
 * (gzip -9 each, MapLibre's left out), and all of our JS in the build. A report, not a test.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { openUntilIdle } from './shared.ts';
import { gzipSum, jsBeforeFirstIdle, scriptsOf } from './js-bytes.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const PAGES = 3;

const dist = join(ROOT, 'dist');
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
const app = await serveFolder(dist, '/maps/iraq/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const runs = [];
  for (let run = 0; run < PAGES; run++) {
    const page = await openUntilIdle(browser, app.url);
    runs.push(await jsBeforeFirstIdle(page, dist, app.url));
    await page.close();
  }
  const most = runs.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  console.table(most.files);
  const scripts = scriptsOf(dist);
  console.table({
    'JS we add beyond MapLibre, before first idle (gzip bytes)': {
      value: most.gzip,
      runs: runs.map((one) => one.gzip).join(', '),
      target: '≤ 61440',
    },
    'all our JS in the build, incl. loaded on demand (gzip bytes)': { value: gzipSum(dist, scripts.ours) },
    'MapLibre JS incl. worker (gzip bytes)': { value: gzipSum(dist, scripts.maplibre) },
  });
} finally {
  await browser.close();
  app.server.close();
}
