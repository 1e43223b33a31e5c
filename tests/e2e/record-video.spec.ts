/**
 * Record video: a WebM of the playback over a range, frame-counted (not timed), with progress and Cancel.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, openMap } from './fixtures.ts';
import { realStoryModel } from '../story-data.ts';
import { stepScene } from '../../src/scene/scene.ts';
import { planVideo } from '../../src/export/video-plan.ts';
import { codecIdOf } from '../export/webm-reader.ts';
import type { Locator, Page } from '@playwright/test';

// Every frame is drawn by software WebGL here and encoded in software: slow, but counted, not timed.
test.describe.configure({ timeout: 300_000 });

const model = realStoryModel();
const last = model.steps.length - 1;

test('Record video downloads a WebM of the last two steps whose duration matches the playback', async ({
  page,
  context,
}) => {
  await openMap(page, `?event=${model.steps[last - 1]!.id}`);
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  const download = page.waitForEvent('download', { timeout: 280_000 });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Recording progress' })).toBeVisible();
  const file = await download;
  await expect(dialog).toHaveAttribute('data-state', 'done');
  expect(file.suggestedFilename()).toMatch(/\.webm$/);
  const bytes = await readFile((await file.path())!);

  const durations = model.steps.map((_, index) => stepScene(model, index).durationMs);
  const expected = planVideo(durations, last - 1, last).durationSeconds;
  // Played back by the browser itself, on a page of its own (the map's policy allows no blob: media).
  const player = await context.newPage();
  const played = await player.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'video/webm' });
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(blob);
    await new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = () => reject(new Error(`video error ${video.error?.code}`));
    });
    return { duration: video.duration, width: video.videoWidth, height: video.videoHeight };
  }, bytes.toString('base64'));
  expect(played.width).toBe(1280);
  expect(played.height).toBe(720);
  expect(Math.abs(played.duration - expected)).toBeLessThanOrEqual(1 / 30);
});

/**
 * Wait until the recording has drawn a frame: the recorder (loaded on demand) is then running and listening, so a
 * Cancel, a hidden tab or a lost context cannot go unheard.
 */
async function framesComing(dialog: Locator): Promise<void> {
  const progress = dialog.getByRole('progressbar', { name: 'Recording progress' });
  await expect
    .poll(() => progress.evaluate((element) => (element as HTMLProgressElement).value), { timeout: 120_000 })
    .toBeGreaterThan(0);
}

test('Cancel stops a recording and offers no file', async ({ page }) => {
  await openMap(page, `?event=${model.steps[0]!.id}`);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await framesComing(dialog);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveAttribute('data-state', 'cancelled');
  await expect(dialog.getByRole('status')).toHaveText('Cancelled; nothing was saved.');
  expect(downloaded).toBe(false);
});

/** A browser whose WebCodecs encoder refuses the codecs whose strings start with one of `prefixes`. */
async function refuseCodecs(page: Page, prefixes: string[]): Promise<void> {
  await page.addInitScript((refused) => {
    const original = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    VideoEncoder.isConfigSupported = (config) =>
      refused.some((prefix) => config.codec.startsWith(prefix))
        ? Promise.resolve({ supported: false, config })
        : original(config);
  }, prefixes);
}

test('a browser without VP9 records VP8', async ({ page }) => {
  await refuseCodecs(page, ['vp09']);
  await openMap(page, `?event=${model.steps[last]!.id}`);
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  const download = page.waitForEvent('download', { timeout: 280_000 });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  const file = await download;
  await expect(dialog).toHaveAttribute('data-state', 'done');
  expect(codecIdOf(new Uint8Array(await readFile((await file.path())!)))).toBe('V_VP8');
});

/** Press Record in a browser that cannot encode: it must say `message` and offer no file. */
async function expectNoEncoder(page: Page, message: RegExp): Promise<void> {
  await openMap(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog).toHaveAttribute('data-state', 'error');
  await expect(dialog.getByRole('status')).toHaveText(message);
  expect(downloaded).toBe(false);
}

test('a browser that encodes neither VP9 nor VP8 is told so and offered no file', async ({ page }) => {
  await refuseCodecs(page, ['vp09', 'vp8']);
  await expectNoEncoder(page, /neither VP9 nor VP8/);
});

test('a browser without a video encoder is told so and offered no file', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
  });
  await expectNoEncoder(page, /cannot encode video/);
});

test('a tab hidden while recording stops it with a message and offers no file', async ({ page }) => {
  await openMap(page, `?event=${model.steps[0]!.id}`);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await framesComing(dialog);
  // What the browser does when the reader switches tabs.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(dialog).toHaveAttribute('data-state', 'error', { timeout: 120_000 });
  await expect(dialog.getByRole('status')).toHaveText(/tab was hidden; nothing was saved/);
  expect(downloaded).toBe(false);
});

test('WebGL lost while recording stops it with a message and offers no file', async ({ page }) => {
  await openMap(page, `?event=${model.steps[0]!.id}`);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Record video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await framesComing(dialog);
  // What a GPU reset or a driver crash does to the recording's hidden map.
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.offscreen-story-map canvas')!;
    canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(dialog).toHaveAttribute('data-state', 'error', { timeout: 120_000 });
  await expect(dialog.getByRole('status')).toHaveText(/graphics \(WebGL\) away while recording; nothing was saved/);
  expect(downloaded).toBe(false);
});
