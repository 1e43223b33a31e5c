/**
 * `npx tsx bench/quick-step.ts [--no-build]`: only the bench's two "input → first frame" rows (every 400 ms, and
 * with the map at rest), app against baseline, alternated over `QUICK_ROUNDS` rounds (default 4) of `QUICK_PRESSES`
 * presses per page (default 11), in one run. A quick A/B tool for work on stepping, not the benchmark (bench/run.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { serveFolder } from './static-server.ts';
import { median } from './shared.ts';
import { inputToFrame, mapView, matchedBaselineUrl } from './input-to-frame.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const ROUNDS = Math.max(1, Number(process.env.QUICK_ROUNDS ?? 4));
const PRESSES = Math.max(1, Number(process.env.QUICK_PRESSES ?? 11));

if (!process.argv.includes('--no-build')) {
  console.log('quick-step: building the app and the baseline…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
const app = await serveFolder(join(ROOT, 'dist'), '/maps/iraq/');
const baseline = await serveFolder(join(ROOT, 'dist-bench'), '/baseline/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const baselineUrl = matchedBaselineUrl(baseline.url, await mapView(browser, app.url));
  const samples = {
    quickApp: [] as number[],
    quickBase: [] as number[],
    restApp: [] as number[],
    restBase: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    const sides = round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
    const perRound: string[] = [];
    for (const side of sides) {
      const isApp = side === 'app';
      const url = isApp ? app.url : baselineUrl;
      const quick = await inputToFrame(browser, url, isApp, false, PRESSES);
      const rest = await inputToFrame(browser, url, isApp, true, Math.ceil(PRESSES / 2));
      (isApp ? samples.quickApp : samples.quickBase).push(...quick);
      (isApp ? samples.restApp : samples.restBase).push(...rest);
      perRound.push(`${side}: every 400 ms ${median(quick).toFixed(1)}, at rest ${median(rest).toFixed(1)}`);
    }
    console.log(`round ${round + 1}: ${perRound.join('; ')}`);
  }
  const row = (name: string, ours: number[], base: number[]) => ({
    row: name,
    app: Number(median(ours).toFixed(1)),
    baseline: Number(median(base).toFixed(1)),
    'app − baseline': Number((median(ours) - median(base)).toFixed(1)),
    ratio: Number((median(ours) / median(base)).toFixed(2)),
    target: '≤ baseline + 16.7 ms',
    samples: `${ours.length}/${base.length}`,
  });
  console.table([
    row('input → first frame, every 400 ms (median ms)', samples.quickApp, samples.quickBase),
    row('input → first frame, map at rest (median ms)', samples.restApp, samples.restBase),
  ]);
  console.log(JSON.stringify(samples));
} finally {
  await browser.close();
  app.server.close();
  baseline.server.close();
}
