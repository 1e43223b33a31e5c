/**
 * Save image: a PNG of the current step composed for sharing, drawn on a hidden map so the reader's view stays.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, openMap, readCamera, distinctColoursIn } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readPng } from '../../src/export/png-text.ts';

// The hidden map draws at twice the card size, in software here: about half a minute a picture on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function saveImage(page: Page, format: 'Landscape' | 'Portrait') {
  await page.getByRole('button', { name: 'Save image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save image' });
  await dialog.getByRole('radio', { name: new RegExp(format) }).check();
  const download = page.waitForEvent('download', { timeout: 150_000 });
  await dialog.getByRole('button', { name: 'Save PNG' }).click();
  const file = await download;
  await expect(dialog).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const bytes = new Uint8Array(await readFile((await file.path())!));
  return { dialog, bytes, fileName: file.suggestedFilename() };
}

test('Save image downloads a landscape PNG of the step, with its title in the caption and a drawn map', async ({
  page,
}) => {
  await openMap(page, '?event=embassy-attack');
  const before = await readCamera(page);
  const { dialog, bytes, fileName } = await saveImage(page, 'Landscape');
  const scale = Number(await dialog.getAttribute('data-scale'));
  const png = readPng(bytes);
  expect(fileName).toBe('situation-map-embassy-attack-1200x675.png');
  expect([png.width, png.height]).toEqual([1200 * scale, 675 * scale]);
  const title = await page.locator('#event-detail-title').textContent();
  expect(png.text.Title).toBe(title?.trim());
  expect((await dialog.getAttribute('data-title-lines'))!.replace(/\n/g, ' ')).toBe(title?.trim());
  const mapRect = (await dialog.getAttribute('data-map-rect'))!.split(',').map((value) => Number(value) * scale);
  expect(await distinctColoursIn(page, bytes, mapRect)).toBeGreaterThan(20);
  // The reader's view did not move.
  expect(await readCamera(page)).toEqual(before);
});

test('Save image offers alt text naming the date, the title and the places', async ({ page }) => {
  await openMap(page, '?event=embassy-attack');
  const { dialog, bytes } = await saveImage(page, 'Portrait');
  const png = readPng(bytes);
  const scale = Number(await dialog.getAttribute('data-scale'));
  expect([png.width, png.height]).toEqual([1080 * scale, 1350 * scale]);
  const altText = await dialog.getByRole('textbox', { name: 'Alt text for the picture' }).inputValue();
  expect(altText).toMatch(/^Map, 31 December 2019: .+ Marked on the map: .*embassy/i);
  expect(png.text.Description).toBe(altText);
});

test('Save image before the map has loaded says so and offers no file', async ({ page }) => {
  // Hold the basemap back, so the map cannot finish loading while the reader presses Save.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.pmtiles', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('?event=embassy-attack');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Save image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save image' });
  await dialog.getByRole('button', { name: 'Save PNG' }).click();
  // The dialog's own status line (the alt text's Copy button has a status of its own).
  await expect(dialog.getByRole('status').first()).toHaveText(/still loading/);
  await expect(dialog).toHaveAttribute('data-state', 'error');
  expect(downloaded).toBe(false);
  release();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
});
