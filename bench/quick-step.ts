/**
 * `npx tsx bench/quick-step.ts [--no-build]`: only the bench's two "input → first frame" rows (every 400 ms, and
 * with the map at rest), app against baseline, alternated over `QUICK_ROUNDS` rounds (default 4) of `QUICK_PRESSES`
 * presses per page (default 11), in one run. A quick A/B tool for work on stepping, not the benchmark (bench/run.ts).
 * `QUICK_BEFORE=<folder>` adds an earlier build of the app (e.g. `npx vite build --outDir dist-scale-before` at the
 * commit to compare with), measured in the same rounds, so a change reads as before − baseline against app − baseline.
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
const BEFORE = process.env.QUICK_BEFORE;

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
const before = BEFORE ? await serveFolder(join(ROOT, BEFORE), '/maps/iraq/') : undefined;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const baselineUrl = matchedBaselineUrl(baseline.url, await mapView(browser, app.url));
  const samples = {
    quickApp: [] as number[],
    quickBase: [] as number[],
    restApp: [] as number[],
    restBase: [] as number[],
    quickBefore: [] as number[],
    restBefore: [] as number[],
  };
  type Side = 'app' | 'baseline' | 'before';
  const order: Side[] = before ? ['app', 'baseline', 'before'] : ['app', 'baseline'];
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts one side later than the last: every side is measured first, in the middle and last.
    const sides = order.map((_, i) => order[(i + round) % order.length]!);
    const perRound: string[] = [];
    for (const side of sides) {
      const isApp = side !== 'baseline';
      const url = side === 'app' ? app.url : side === 'before' ? before!.url : baselineUrl;
      const quick = await inputToFrame(browser, url, isApp, false, PRESSES);
      const rest = await inputToFrame(browser, url, isApp, true, Math.ceil(PRESSES / 2));
      const into = { app: 'App', baseline: 'Base', before: 'Before' } as const;
      samples[`quick${into[side]}`].push(...quick);
      samples[`rest${into[side]}`].push(...rest);
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
    ...(before
      ? [
          row(`${BEFORE}: every 400 ms (median ms)`, samples.quickBefore, samples.quickBase),
          row(`${BEFORE}: map at rest (median ms)`, samples.restBefore, samples.restBase),
        ]
      : []),
  ]);
  console.log(JSON.stringify(samples));
} finally {
  await browser.close();
  app.server.close();
  baseline.server.close();
  before?.server.close();
}
