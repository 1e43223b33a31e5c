import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import type { Page } from '@playwright/test';
import { test, expect, openMap, readCamera, waitForMapIdle } from './fixtures.ts';
import { buildAxis } from '../../src/navigation/axis.ts';

declare global {
  interface Window {
    situationMap: import('maplibre-gl').Map;
  }
}

const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; title: string; kind: string; date: { precision: string }; places: string[] }[];
};
/** Every position of the named places (points, and polygons' outer rings), from the story's GeoJSON files. */
function placePositions(ids: readonly string[]): Position[] {
  const folder = new URL('../../geodata/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.geojson'))
    .flatMap((file) => (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as FeatureCollection).features)
    .filter((feature) => ids.includes(String(feature.properties?.['id'])))
    .flatMap((feature) => {
      const geometry = feature.geometry;
      if (geometry.type === 'Point') return [geometry.coordinates];
      if (geometry.type === 'Polygon') return geometry.coordinates[0]!;
      return [];
    });
}
const steps = story.events.filter((event) => event.date.precision !== 'range');
const current = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');

test('ArrowRight, ArrowLeft, End and Home step through the story and move the camera', async ({ page }) => {
  await openMap(page);
  const start = await readCamera(page);
  await page.locator('h1').click(); // focus on the page, not on a control
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
  await waitForMapIdle(page);
  expect((await readCamera(page)).lng).not.toBeCloseTo(start.lng, 1);
  await page.keyboard.press('ArrowLeft');
  await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
  await page.keyboard.press('End');
  await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
  await page.keyboard.press('Home');
  await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
});

test('the Next and Previous buttons step, and are disabled at the ends', async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole('button', { name: 'Previous event' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id);
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
});

test('each step is announced once in a polite live region', async ({ page }) => {
  // Every text the live region is given, from page load on.
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { announcements: string[] }).announcements = said;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="step-announcer"]')?.textContent ?? '';
      if (text !== '' && said.at(-1) !== text) said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const announcements = () => page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
  await openMap(page);
  const announcer = page.getByTestId('step-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Next event' }).click();
  const expected = `29 December 2019 — ${steps[1]!.title}`;
  await expect(announcer).toHaveText(expected);
  // The step's animation and the camera are over: anything that would repeat the announcement has run.
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await waitForMapIdle(page);
  expect(await announcements()).toEqual([expected]);
});

test('a short story’s timeline has no density band: its few marks say it all', async ({ page }) => {
  await openMap(page);
  const marks = page.getByRole('slider', { name: 'Timeline' }).locator('.marks path');
  await expect
    .poll(() => marks.evaluateAll((paths) => paths.reduce((sum, path) => sum + Number(path.dataset.marks), 0)))
    .toBe(steps.length);
  await expect(page.getByTestId('density')).toHaveCount(0);
});

test('the timeline is a slider that names the date and event, and picks the nearest event on click', async ({
  page,
}) => {
  await openMap(page);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toHaveAttribute('aria-valuetext', `27 December 2019 — ${steps[0]!.title}`);
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
  await expect(slider).toHaveAttribute('aria-valuenow', String(steps.length));
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(current(page)).toHaveAttribute('data-event-id', steps[0]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toHaveAttribute('data-event-id', steps[1]!.id); // one step, not two
});

test("the timeline's thumb comes to rest over the current event's mark", async ({ page }) => {
  await openMap(page);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const axis = buildAxis(steps as never);
  /** How far the thumb's centre is from the current step's place on the axis, and whether a mark is drawn there. */
  const thumbAgainstMark = () =>
    slider.evaluate(
      (track, positions) => {
        const index = Number(track.getAttribute('aria-valuenow')) - 1;
        const box = track.getBoundingClientRect();
        const thumb = track.querySelector('.thumb')!.getBoundingClientRect();
        const mark = `M${(positions[index]! * 1000).toFixed(1)} `;
        const drawn = [...track.querySelectorAll('.marks path')].some((path) => path.getAttribute('d')!.includes(mark));
        return {
          offCentre: Math.abs(thumb.left + thumb.width / 2 - (box.left + positions[index]! * box.width)),
          drawn,
        };
      },
      axis.ticks.map((tick) => tick.position),
    );
  await slider.focus();
  for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'End']) {
    await page.keyboard.press(key);
    await expect.poll(async () => (await thumbAgainstMark()).offCentre, { message: key }).toBeLessThan(1);
    expect((await thumbAgainstMark()).drawn, key).toBe(true);
  }
});

test('pressing the timeline and holding still shows the held event at once, with no flight first', async ({ page }) => {
  await openMap(page);
  // Every camera request the story makes, with its duration (0: a cut).
  await page.evaluate(() => {
    const map = window.situationMap;
    const durations: number[] = [];
    (window as unknown as { durations: number[] }).durations = durations;
    const fitBounds = map.fitBounds.bind(map);
    map.fitBounds = (bounds, options, eventData) => {
      durations.push(options?.duration ?? -1);
      return fitBounds(bounds, options, eventData);
    };
  });
  const durations = () => page.evaluate(() => (window as unknown as { durations: number[] }).durations);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(slider).not.toHaveAttribute('aria-valuenow', '1');
  // A press starts a sweep: the map holds still until the pointer rests, then cuts to the held event. The page
  // opened from its address, and the reader's first move leaves that behind: it must not fly the map to the area
  // it already shows (a second of frames under the reader's drag).
  await expect.poll(durations).toEqual([0]);
  await page.mouse.up();
  await page.evaluate(async () => {
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  expect(await durations()).toEqual([0]);
});

test('mashing Next and Previous during animations ends on the right event with nothing left running', async ({
  page,
}) => {
  await openMap(page);
  const next = page.getByRole('button', { name: 'Next event' });
  const previous = page.getByRole('button', { name: 'Previous event' });
  // Ten fast presses, each interrupting the animation the one before started: 0 → 7 → 4.
  for (let i = 0; i < 7; i++) await next.click({ delay: 0 });
  for (let i = 0; i < 3; i++) await previous.click({ delay: 0 });
  await expect(current(page)).toHaveAttribute('data-event-id', steps[4]!.id);
  await waitForMapIdle(page);
  // The animated layer shows only this step's end state (the Marines arrived), and nothing keeps changing it.
  const visibleScene = () =>
    page.evaluate(() => {
      const source = window.situationMap.getSource('scene-animated') as unknown as {
        serialize(): { data: GeoJSON.FeatureCollection };
      };
      return source
        .serialize()
        .data.features.map((feature) => `${feature.properties!.role}:${feature.properties!.symbol ?? ''}`)
        .sort()
        .join(' ');
    });
  // The end state: the whole route, the arrow at its end, the unit at the embassy; with the step's own fixed marks
  // (its planned route, and the invisible copy that holds the unit's room).
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await expect
    .poll(visibleScene, { timeout: 15_000 })
    .toBe('keep-clear:us-marine-infantry route-end: route-planned: trail: unit:us-marine-infantry');
  // Nothing keeps changing it: count updates of the scene's data over the next rendered frames.
  const writesAfterEnd = await page.evaluate(async () => {
    const source = window.situationMap.getSource('scene-animated') as import('maplibre-gl').GeoJSONSource;
    let writes = 0;
    const original = source.setData.bind(source);
    source.setData = (...args: Parameters<typeof original>) => {
      writes++;
      return original(...args);
    };
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    source.setData = original;
    return writes;
  });
  expect(writesAfterEnd).toBe(0);
  expect(await visibleScene()).not.toContain('crowd');
  await expect(page.getByTestId('step-announcer')).toContainText(steps[4]!.title);
});

test('holding the arrow keys steps as fast as they repeat, and the last key press wins', async ({ page }) => {
  await openMap(page);
  await page.locator('h1').click(); // focus on the page, not on a control
  // A held key: 30 presses with no pause, past the end of the story, then 5 back; each interrupts the last.
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft', { delay: 0 });
  const last = steps[steps.length - 1 - 5]!;
  await expect(current(page)).toHaveAttribute('data-event-id', last.id);
  // Its scene reaches its end state, and the camera settles on that step's places, with no late move after.
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
  await waitForMapIdle(page);
  const camera = await readCamera(page);
  for (const [lng, lat] of placePositions(last.places)) {
    expect(lng).toBeGreaterThan(camera.west);
    expect(lng).toBeLessThan(camera.east);
    expect(lat).toBeGreaterThan(camera.south);
    expect(lat).toBeLessThan(camera.north);
  }
  const later = await page.evaluate(async () => {
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return window.situationMap.isMoving();
  });
  expect(later).toBe(false);
  expect(await readCamera(page)).toEqual(camera);
  await expect(page.locator('#map')).toHaveAttribute('data-scene', 'end');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the camera cuts instead of flying', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page.locator('#map')).toHaveAttribute('data-camera-duration', '0');
    const camera = await readCamera(page);
    // Already framed on the strikes (al-Qaim, 41.1 E) without any animation in between.
    expect(camera.west).toBeLessThan(41.1);
    expect(camera.east).toBeGreaterThan(40.9);
  });

  test('Play advances through every event and stops at the end', async ({ page }) => {
    test.setTimeout(90_000);
    await openMap(page);
    await page.getByLabel('Speed').selectOption('4');
    // Every step change is logged in the page as it happens: a 400 ms step cannot slip between two polls.
    const sceneLog = await recordStepsAndScene(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 60_000 });
    const seen = new Set((await sceneLog()).map((entry) => entry.split(':')[0]));
    await expect(current(page)).toHaveAttribute('data-event-id', steps.at(-1)!.id);
    expect([...seen].sort()).toEqual(steps.map((step) => step.id).sort());
  });

  test('with a filter on, Play goes through its matches only and stops at the last one', async ({ page }) => {
    test.setTimeout(90_000);
    const deployments = steps.filter((step) => step.kind === 'deployment').map((step) => step.id);
    expect(deployments.length).toBeGreaterThan(1);
    await openMap(page, `?kind=deployment&event=${deployments[0]}`);
    await page.getByLabel('Speed').selectOption('4');
    const sceneLog = await recordStepsAndScene(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 60_000 });
    const seen = [...new Set((await sceneLog()).map((entry) => entry.split(':')[0]))];
    expect(seen).toEqual(deployments);
    await expect(current(page)).toHaveAttribute('data-event-id', deployments.at(-1)!);
  });

  test('Space pauses and resumes playback', async ({ page }) => {
    await openMap(page);
    await page.locator('h1').click();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});

test('the legend explains the unit symbols', async ({ page }) => {
  await openMap(page);
  await page.getByText('Legend', { exact: true }).click();
  await expect(page.getByText('Friendly airborne infantry battalion (US Army)')).toBeVisible();
  await expect(page.getByText('Hostile militia (Kataib Hezbollah and supporters)')).toBeVisible();
});

/**
 * Record, in the page, each change of the current step and of the scene's state on the map (`data-scene`:
 * 'moving' until the end state is drawn, then 'end'), as "step-id:scene" entries in order.
 */
async function recordStepsAndScene(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { sceneLog: string[] }).sceneLog = log;
    const note = () => {
      const step = document.querySelector('[aria-current="step"]')?.getAttribute('data-event-id');
      const entry = `${step}:${document.querySelector('#map')?.getAttribute('data-scene')}`;
      if (log.at(-1) !== entry) log.push(entry);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-current', 'data-scene'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { sceneLog: string[] }).sceneLog);
}

const marines = 'marines-to-embassy';
const paratroopers = 'airborne-battalion-to-kuwait';
const afterMovements = 'brigade-prepares-to-deploy';

// Faster playback used to count its clock from the step change while the camera's flight was not scaled: at
// 2× the paratroopers stopped at 47% of their route, at 4× the Marines. At half speed nothing was cut, but the
// same rule must hold.
for (const { speed, from, movements } of [
  { speed: '0.5', from: marines, movements: [paratroopers] },
  { speed: '2', from: 'trump-holds-iran-responsible', movements: [marines, paratroopers] },
  { speed: '4', from: 'trump-holds-iran-responsible', movements: [marines, paratroopers] },
]) {
  test(`at ${speed}× playback every unit reaches its destination before the next step starts`, async ({ page }) => {
    test.setTimeout(90_000);
    await openMap(page, `?event=${from}`);
    const sceneLog = await recordStepsAndScene(page);
    await page.getByLabel('Speed').selectOption(speed);
    await page.getByRole('button', { name: 'Play' }).click();
    // From the log, not the list: at 4× the step after the movements may already be gone when a poll looks.
    await expect
      .poll(async () => (await sceneLog()).some((entry) => entry.startsWith(`${afterMovements}:`)), {
        timeout: 60_000,
      })
      .toBe(true);
    const log = await sceneLog();
    for (const movement of movements) {
      const lastWhileCurrent = log.filter((entry) => entry.startsWith(`${movement}:`)).at(-1);
      expect(lastWhileCurrent, `${movement} at ${speed}×: ${log.join(' → ')}`).toBe(`${movement}:end`);
    }
  });
}
