/**
 * The story editor (`npm run edit -- FOLDER`), in the browser: edit and save, places, validation beside fields,
 * conflicts with a change made on disk, and hostile text staying text. The editor is its own server: started here
 * on a copy of geodata/ with a few items marked as a draft would leave them, and reset before each test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** A free port, found now: the fixtures take the page's own origin from baseURL, which is set before any hook. */
const EDIT_PORT = Number(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { createServer } from 'node:net'; const s = createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });",
    ],
    // Without the test runner's loaders (NODE_OPTIONS): a bare Node answers.
    { env: { PATH: process.env['PATH'] ?? '' } },
  )
    .toString()
    .trim(),
);
const ORIGIN = `http://127.0.0.1:${EDIT_PORT}`;
const EDITOR_URL = `${ORIGIN}/editor.html`;
test.use({ baseURL: `${ORIGIN}/` });

type Json = Record<string, unknown>;
let server: ChildProcess | undefined;
let fixture: string;
let dir: string;

const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
const write = (folder: string, name: string, content: unknown) =>
  writeFileSync(join(folder, name), JSON.stringify(content, null, 2));
const eventsIn = (story: Json) => story['events'] as Json[];
const eventById = (story: Json, id: string) => eventsIn(story).find((event) => event['id'] === id)!;
const featuresIn = (area: Json) => area['features'] as { geometry: unknown; properties: Json }[];

/** geodata/ as a draft would leave parts of it: a draft event, a draft event without sources, an unresolved place. */
function makeFixture(folder: string) {
  cpSync(new URL('../../geodata/', import.meta.url).pathname, folder, { recursive: true });
  const story = JSON.parse(readFileSync(join(folder, 'events.json'), 'utf8')) as Json;
  const attack = eventById(story, 'k1-rocket-attack');
  Object.assign(attack, { review: 'draft', from_sentence: attack['quote'] });
  Object.assign(eventById(story, 'esper-pre-emptive-warning'), { review: 'draft', sources: [] });
  write(folder, 'events.json', story);
  const kirkuk = JSON.parse(readFileSync(join(folder, 'kirkuk.geojson'), 'utf8')) as Json;
  const place = featuresIn(kirkuk).find((feature) => feature.properties['id'] === 'kirkuk')!;
  place.geometry = null;
  Object.assign(place.properties, {
    review: 'draft',
    candidates: [
      { name: 'Kirkuk', country: 'IRQ', lon: 44.39, lat: 35.47, source: 'Natural Earth populated places' },
      { name: 'Kirkuk Governorate', country: 'IRQ', lon: 44.2, lat: 35.3, source: 'Natural Earth regions' },
    ],
  });
  write(folder, 'kirkuk.geojson', kirkuk);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fixture = mkdtempSync(join(tmpdir(), 'editor-fixture-'));
  dir = mkdtempSync(join(tmpdir(), 'editor-story-'));
  makeFixture(fixture);
  cpSync(fixture, dir, { recursive: true });
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/edit.ts', dir], {
    env: { ...process.env, EDIT_PORT: String(EDIT_PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the editor did not start:\n${output}`)), 100_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`at ${EDITOR_URL}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', listen);
    server!.stderr!.on('data', listen);
    server!.on('exit', (code) => reject(new Error(`the editor exited (${code}):\n${output}`)));
  });
});

test.afterAll(() => {
  // The whole group: npx, tsx and the server.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  for (const folder of [fixture, dir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

test.beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, dir, { recursive: true });
});

async function openEditor(page: Page) {
  await page.goto(EDITOR_URL);
  await expect(page.locator('.editor')).toHaveAttribute('data-state', 'ready');
}

/** The field holding the input of this label, with its messages. */
const fieldOf = (page: Page, label: string) =>
  page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });

test('edit, accept and quote an event, then Save: the file has it, the previous version is kept', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: /^Rocket attack on K-1 Air Base/ }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Rockets hit K-1 Air Base');
  // Choose the quote by selecting it in the article.
  const sentence = 'killed an American contractor in a rocket attack near the Iraqi city of Kirkuk';
  await page.getByRole('article', { name: 'Article' }).evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error('sentence not found');
  }, sentence);
  await page.getByRole('button', { name: 'Use the text selected in the article' }).click();
  await expect(page.getByLabel('Quote (verbatim from the article)')).toHaveValue(sentence);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved');

  const saved = eventById(read('events.json'), 'k1-rocket-attack');
  expect(saved).toMatchObject({ title: 'Rockets hit K-1 Air Base', review: 'reviewed', quote: sentence });
  const backups = readdirSync(join(dir, '.backup'));
  expect(backups).toHaveLength(1);
  const previous = JSON.parse(readFileSync(join(dir, '.backup', backups[0]!, 'events.json'), 'utf8')) as Json;
  expect(eventById(previous, 'k1-rocket-attack')['title']).toBe('Rocket attack on K-1 Air Base kills a US contractor');
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('places: pick a candidate, type a latitude, drag a marker; Save writes the positions', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: /^Kirkuk/ }).click();
  await expect(page.getByLabel('Latitude')).toHaveValue('');
  await page.getByRole('button', { name: 'Pick' }).first().click();
  await expect(page.getByLabel('Latitude')).toHaveValue('35.47');
  await page.getByRole('button', { name: 'Accept' }).click();

  await page.getByRole('button', { name: /^K-1 Air Base/ }).click();
  await page.getByLabel('Latitude').fill('35.6');
  await page.getByLabel('Latitude').press('Tab');
  await page.getByLabel('Radius (km)').fill('3');
  await page.getByLabel('Radius (km)').press('Tab');

  // Choosing the Pentagon brings it into view; drag its marker (alone in its part of the map) 60 px south.
  await expect(page.locator('.editor-map')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: /^The Pentagon/ }).click();
  const before = Number(await page.getByLabel('Latitude').inputValue());
  const box = (await page.locator('[data-place-id="pentagon"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Number(await page.getByLabel('Latitude').inputValue())).toBeLessThan(before - 0.1);
  const dragged = Number(await page.getByLabel('Latitude').inputValue());

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const kirkuk = featuresIn(read('kirkuk.geojson'));
  const byId = (id: string) => kirkuk.find((feature) => feature.properties['id'] === id)!;
  expect(byId('kirkuk').geometry).toEqual({ type: 'Point', coordinates: [44.39, 35.47] });
  expect(byId('kirkuk').properties['review']).toBe('reviewed');
  expect(byId('k1-air-base').geometry).toEqual({ type: 'Point', coordinates: [44.2842, 35.6] });
  expect(byId('k1-air-base').properties).toMatchObject({ radius_km: 3, precision: 'approximate' });
  const pentagon = featuresIn(read('washington.geojson'))[0]!.geometry as { coordinates: number[] };
  expect(pentagon.coordinates[1]).toBe(dragged);
});

test('validation messages appear beside the field they concern', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: /^Esper: the US will strike first/ }).click();
  await expect(page.locator('fieldset.sources').first()).toContainText('at least one source');

  await page.getByLabel('Title', { exact: true }).fill('');
  await expect(fieldOf(page, 'Title')).toContainText('must not be empty');
  await expect(fieldOf(page, 'Summary')).not.toContainText('must not be empty');

  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('URL (https)').fill('http://x');
  await expect(fieldOf(page, 'URL (https)')).toContainText('must be a full https:// URL');
  await page.getByLabel('URL (https)').fill('https://example.org/report');
  await expect(fieldOf(page, 'URL (https)')).not.toContainText('https://');
  // The general list names what still waits for review.
  await expect(page.locator('.general-issues')).toContainText('2 events need review');
});

test('a change made on disk after loading is a conflict: Keep both writes a copy, Reload shows theirs', async ({
  page,
  watch,
}) => {
  await openEditor(page);
  await page.getByRole('button', { name: /^Iraq leans on the militias/ }).click();
  await page.getByLabel('Title', { exact: true }).fill('My title');
  // Meanwhile, someone else edits events.json.
  const theirs = read('events.json');
  eventById(theirs, 'pmf-campaign-against-isis')['title'] = 'Their title';
  write(dir, 'events.json', theirs);
  const theirText = readFileSync(join(dir, 'events.json'), 'utf8');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('These files changed since you opened them');
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('status')).toContainText('beside theirs');
  expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(theirText);
  const copies = readdirSync(dir).filter((name) => /^events\..+\.json$/.test(name));
  expect(copies).toHaveLength(1);
  expect(eventById(read(copies[0]!), 'pmf-campaign-against-isis')['title']).toBe('My title');
  expect(existsSync(join(dir, '.backup'))).toBe(false);

  // Saving again still refuses to write over theirs; Reload takes theirs and drops mine.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Their title');
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(theirText);
  // Chromium logs every 4xx answer to a fetch; the two conflicts are this test's point, and nothing else may be.
  const conflictLog = 'console: Failed to load resource: the server responded with a status of 409 (Conflict)';
  expect(watch.errors).toEqual([conflictLog, conflictLog]);
  watch.errors.length = 0;
});

test('hostile text stays text: markup typed or found in the files is shown literally, never run', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const area = JSON.parse(readFileSync(join(dir, 'washington.geojson'), 'utf8')) as Json;
  featuresIn(area)[0]!.properties['name'] = hostile;
  write(dir, 'washington.geojson', area);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await openEditor(page);
  await page.getByRole('button', { name: /^Iraq leans on the militias/ }).click();
  await page.getByLabel('Title', { exact: true }).fill(hostile);
  await expect(page.getByRole('navigation').getByRole('button', { name: hostile })).toHaveCount(2);
  await expect(page.getByRole('button', { name: hostile }).first()).toHaveText(hostile);
  await page.getByRole('navigation').getByRole('button', { name: hostile }).last().click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(hostile);
  await expect(page.locator('.editor-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-place-id="pentagon"]')).toHaveAttribute('title', hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
