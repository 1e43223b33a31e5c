import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { test, expect, openMap, waitForMapIdle, disableWebGL, readCamera } from './fixtures.ts';

const story = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; title: string; date: { precision: string } }[];
};
const steps = story.events.filter((event) => event.date.precision !== 'range');
const kirkuk = JSON.parse(readFileSync(new URL('../../geodata/kirkuk.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { id: string; name: string }; geometry: { type: string; coordinates: number[] } }[];
};
const k1 = kirkuk.features.find((feature) => feature.properties.id === 'k1-air-base')!;
const [k1Lng, k1Lat] = k1.geometry.coordinates as [number, number];

const currentStep = (scope: Page | Frame) => scope.locator('[aria-current="step"]');

/** The camera the address bar holds: `#zoom/lat/lng`, written by the page after the map settles. */
async function hashCamera(page: Page) {
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#[\d.]+\/-?[\d.]+\/-?[\d.]+/);
  const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
  return { zoom: zoom!, lat: lat!, lng: lng! };
}

/** Record anything that would mean a payload ran: dialogs, and a flag that the payloads below try to set. */
async function watchForScripts(page: Page): Promise<() => Promise<string[]>> {
  const ran: string[] = [];
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((message: unknown) => {
        (window as unknown as { __ran: string[] }).__ran.push(`${name}(${String(message)})`);
      }) as never;
    }
    (window as unknown as { __ran: string[] }).__ran = [];
  });
  return async () => [
    ...ran,
    ...(await page.evaluate(() => {
      const flags = (window as unknown as { __ran: string[]; __pwned?: unknown }).__ran.slice();
      if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) flags.push('__pwned set');
      const injected = document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], script:not([src])');
      if (injected.length > 0) flags.push(`${injected.length} injected elements`);
      return flags;
    })),
  ];
}

test('?event= opens that event at once, framed, and the hash holds its camera', async ({ page }) => {
  // Every camera the map reports, from its creation on: a fly-in would report the start and then the frame.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { camerasSeen: string[] }).camerasSeen = seen;
    new MutationObserver(() => {
      const camera = document.querySelector('#map')?.getAttribute('data-camera');
      if (camera && seen.at(-1) !== camera) seen.push(camera);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-camera'] });
  });
  await openMap(page, '?event=embassy-attack');
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'embassy-attack');
  // No fly-in on load: the map starts on the frame, so the first camera it reports is the last.
  const camerasSeen = await page.evaluate(() => (window as unknown as { camerasSeen: string[] }).camerasSeen);
  expect(camerasSeen).toHaveLength(1);
  const camera = await hashCamera(page);
  expect(camera.zoom).toBeGreaterThan(12);
  expect(Math.abs(camera.lat - 33.299)).toBeLessThan(0.02);
  expect(Math.abs(camera.lng - 44.396)).toBeLessThan(0.02);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});

test('?place= opens the place panel, centred on the place', async ({ page }) => {
  await openMap(page, '?place=k1-air-base');
  await expect(page.locator('.place-panel')).toHaveAttribute('data-place-id', 'k1-air-base');
  await expect(page.getByRole('heading', { level: 2, name: k1.properties.name, exact: true })).toBeVisible();
  const camera = await hashCamera(page);
  expect(camera.zoom).toBeGreaterThanOrEqual(9);
  const map = await readCamera(page);
  expect(map.west).toBeLessThan(k1Lng);
  expect(map.east).toBeGreaterThan(k1Lng);
  expect(map.south).toBeLessThan(k1Lat);
  expect(map.north).toBeGreaterThan(k1Lat);
});

test('a camera in the hash wins over the event framing', async ({ page }) => {
  await openMap(page, '?event=marines-to-embassy#6.5/31.2/46.1');
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'marines-to-embassy');
  await expect(page.locator('#map')).toHaveAttribute('data-camera', '6.50/31.2000/46.1000');
  expect(new URL(page.url()).hash).toBe('#6.5/31.2/46.1');
});

test('unknown parameters are kept in the address bar', async ({ page }) => {
  await openMap(page, '?utm_source=newsletter&event=embassy-attack&ref=a%26b');
  const params = new URL(page.url()).searchParams;
  expect(params.get('utm_source')).toBe('newsletter');
  expect(params.get('ref')).toBe('a&b');
  expect(params.get('event')).toBe('embassy-attack');
});

test('each step is a history entry: Back and Forward walk through three steps', async ({ page }) => {
  await openMap(page, `?event=${steps[0]!.id}`);
  const next = page.getByRole('button', { name: 'Next event' });
  for (let index = 1; index <= 3; index++) {
    await next.click();
    await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[index]!.id);
  }
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(steps[3]!.id);
  for (const index of [2, 1, 0]) {
    await page.goBack();
    await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[index]!.id);
  }
  await page.goForward();
  await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[1]!.id);
  expect(new URL(page.url()).searchParams.get('event')).toBe(steps[1]!.id);
});

test('opening a place is a history entry: Back closes its panel', async ({ page }) => {
  await openMap(page, '?event=embassy-attack');
  await page.getByRole('button', { name: 'Embassy reception building' }).first().click();
  await expect(page.locator('.place-panel')).toHaveAttribute('data-place-id', 'embassy-reception-area');
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('embassy-reception-area');
  await page.goBack();
  await expect(page.locator('.place-panel')).toHaveCount(0);
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'embassy-attack');
});

test('Back and Forward switch the embed chrome with the entry that has it', async ({ page }) => {
  await openMap(page, '?event=embassy-attack');
  await expect(page.locator('.caption')).toHaveCount(0);
  // An entry with embed=1 in the same document, as a host page's script can make; then Back and Forward to it.
  await page.evaluate(() => history.pushState(null, '', '?event=embassy-attack&embed=1'));
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.has('embed')).toBe(false);
  await page.goForward();
  await expect(page.locator('.caption')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Events' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await expect(page.locator('.caption')).toHaveCount(0);
});

test("a page's own fragment (#notes) is kept in its entry, not reported, and the camera not written over it", async ({
  page,
}) => {
  await openMap(page, '?event=embassy-attack#notes');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#notes');
  // A camera change is pending for this entry; stepping on writes what is pending before the new entry.
  await page.evaluate(() => window.situationMap.jumpTo({ center: [44.2, 33.2], zoom: 9 }));
  await page.getByRole('button', { name: 'Next event' }).click();
  await hashCamera(page); // the new entry gets its camera as usual
  await page.goBack();
  await expect(currentStep(page)).toHaveAttribute('data-event-id', 'embassy-attack');
  expect(new URL(page.url()).hash).toBe('#notes');
});

test('panning replaces the hash without adding history entries', async ({ page }) => {
  await openMap(page, '?event=embassy-attack');
  const before = await hashCamera(page);
  const entries = await page.evaluate(() => history.length);
  await page.evaluate(() => window.situationMap.jumpTo({ center: [44.2, 33.2], zoom: 9 }));
  await expect.poll(async () => (await hashCamera(page)).zoom).toBe(9);
  expect((await hashCamera(page)).lng).not.toBe(before.lng);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("Share gives the event's preview page, and the exact view once the reader has moved the map", async ({
    page,
  }) => {
    await openMap(page, '?event=milley-buzz-saw');
    const before = await hashCamera(page);
    const share = page.getByRole('button', { name: 'Share this view' });
    await share.click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    // As the story frames it: the preview page, which unfurls with the event's title and picture.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/maps\/iraq\/e\/milley-buzz-saw\/$/);

    // The reader drags the map: now the link is to exactly what they see.
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await hashCamera(page)).lng).not.toBe(before.lng);
    // The drag's inertia ends, and with it the view the link must give.
    await waitForMapIdle(page);
    await share.click();
    const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
    // The copy is asynchronous: the clipboard holds the preview link until it lands.
    await expect.poll(readClipboard).not.toMatch(/\/e\/milley-buzz-saw\/$/);
    const copied = await readClipboard();
    expect(copied).toBe(page.url());
    expect(new URL(copied).pathname).toBe('/maps/iraq/');
    expect(new URL(copied).hash).not.toBe('');
  });

  test('Share gives back a link to an exact view as it came', async ({ page }) => {
    await openMap(page, '?event=embassy-attack#12/33.3/44.4');
    await page.getByRole('button', { name: 'Share this view' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).hash).toMatch(/^#12/);
  });

  test('"Copy link" on an event and on a place copy links that open them', async ({ page }) => {
    await openMap(page, '?event=k1-rocket-attack');
    await page.getByRole('button', { name: 'Copy link to this event' }).click();
    const eventLink = await page.evaluate(() => navigator.clipboard.readText());
    // The event's preview page, which unfurls with its title and opens the map on it.
    expect(eventLink).toMatch(/\/maps\/iraq\/e\/k1-rocket-attack\/$/);
    await page.getByRole('button', { name: 'K-1 Air Base', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link to this place' }).click();
    const placeLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(placeLink).toMatch(/\/maps\/iraq\/\?place=k1-air-base$/);
    await openMap(page, placeLink);
    await expect(page.locator('.place-panel')).toHaveAttribute('data-place-id', 'k1-air-base');
  });

  test('the Embed dialog gives an iframe snippet for the current event', async ({ page }) => {
    await openMap(page, '?event=embassy-attack');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/maps\/iraq\/\?event=embassy-attack&amp;embed=1" title="/);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});

test('a link works inside an iframe: minimal chrome, its own history, a way out to the full map', async ({
  page,
  baseURL,
}) => {
  const src = `${baseURL}?event=embassy-attack&embed=1`;
  await page.setContent(`<iframe src="${src}" title="Situation map" width="900" height="600"></iframe>`);
  const frame = page.frame({ url: (url) => url.pathname === '/maps/iraq/' })!;
  await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('.caption')).toContainText(steps.find((s) => s.id === 'embassy-attack')!.title);
  await expect(frame.getByRole('list', { name: 'Events' })).toHaveCount(0);
  const openFull = frame.getByRole('link', { name: /Open full map/ });
  const fullUrl = new URL((await openFull.getAttribute('href'))!, src);
  expect(fullUrl.searchParams.get('event')).toBe('embassy-attack');
  expect(fullUrl.searchParams.has('embed')).toBe(false);

  await frame.getByRole('button', { name: 'Next event' }).click();
  const nextId = steps[steps.findIndex((s) => s.id === 'embassy-attack') + 1]!.id;
  await expect.poll(() => new URL(frame.url()).searchParams.get('event')).toBe(nextId);
  expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
  // The reader's Back (the top page's history) steps the map back inside the iframe.
  await page.evaluate(() => history.back());
  await expect.poll(() => new URL(frame.url()).searchParams.get('event')).toBe('embassy-attack');
  await expect(frame.locator('.caption')).toContainText(steps.find((s) => s.id === 'embassy-attack')!.title);
});

test('a script in the event parameter is shown as text, never run', async ({ page }) => {
  const scriptsRan = await watchForScripts(page);
  await openMap(page, `?event=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByTestId('link-notice').getByRole('listitem')).toHaveText(
    'No event called “<img src=x onerror=alert(1)>” — showing the first event.',
  );
  await expect(currentStep(page)).toHaveAttribute('data-event-id', steps[0]!.id);
  expect(await scriptsRan()).toEqual([]);
});

test('an out-of-range camera is reported and the default framing shown', async ({ page }) => {
  await openMap(page, '?event=embassy-attack#999/999/999');
  await expect(page.getByTestId('link-notice')).toContainText('out of range — showing the default view.');
  const camera = await hashCamera(page);
  expect(Math.abs(camera.lat - 33.299)).toBeLessThan(0.02);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});

/** The page is up and shows one of the story's events (with or without the embed's minimal chrome). */
async function expectStoryShown(page: Page, url: string): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider, url).toBeVisible();
  const shown = Number(await slider.getAttribute('aria-valuenow'));
  expect(shown, url).toBeGreaterThanOrEqual(1);
  expect(shown, url).toBeLessThanOrEqual(steps.length);
  await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
}

/** A small seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  "'-alert(1)-'",
  '</title><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("alert(1)")()}}',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '%E0%A4%A',
  '%00',
  '\u202Eevil',
  '🙂',
  '__proto__',
  'constructor',
  ' ',
  '',
];

function hostileUrl(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const value = () =>
    pick([
      () => pick(steps).id,
      () => 'k1-air-base',
      () => pick(PAYLOADS),
      () => pick(steps).id.toUpperCase(),
      () => 'x'.repeat(Math.floor(next() * 5000)),
      () => String(next()),
    ])();
  const params: string[] = [];
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const key = pick(['event', 'place', 'embed', 'event', 'utm', pick(PAYLOADS) || 'k']);
    params.push(`${encodeURIComponent(key)}=${next() < 0.2 ? value() : encodeURIComponent(value())}`);
  }
  const number = () =>
    pick(['0', '-1', '12', '33.3', '44.4', '91', '-181', '999', 'NaN', 'Infinity', '1e309', '', 'abc', '0x10']);
  const hash = pick([
    '',
    `#${number()}/${number()}/${number()}`,
    `#${number()}/${number()}/${number()}/${number()}/${number()}`,
    `#${pick(PAYLOADS)}`,
    '#/',
    '#999/999/999',
    '#abc',
    '#12/33.3/44.4',
    `#${'9/'.repeat(300)}`,
  ]);
  return `?${params.join('&')}${hash}`;
}

test.describe('fuzzing', () => {
  test.setTimeout(240_000);

  test('300 random and hostile links in one page: it stays up and runs nothing', async ({ page }) => {
    const scriptsRan = await watchForScripts(page);
    await openMap(page);
    const next = random(20200102);
    for (let round = 0; round < 300; round++) {
      const url = hostileUrl(next);
      await page.evaluate((link) => {
        history.pushState(null, '', link);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, url);
      if (round % 25 === 0) await expectStoryShown(page, url);
    }
    await expectStoryShown(page, 'after the last link');
    await waitForMapIdle(page);
    expect(await scriptsRan()).toEqual([]);
  });

  test('40 random and hostile links opened fresh: each shows the story, none runs anything', async ({ page }) => {
    // Without WebGL a load takes a fraction of the time, and the links are read the same way.
    await disableWebGL(page);
    const scriptsRan = await watchForScripts(page);
    const next = random(31122019);
    for (let round = 0; round < 40; round++) {
      const url = hostileUrl(next);
      await page.goto(url);
      await expectStoryShown(page, url);
      expect(await scriptsRan(), url).toEqual([]);
    }
  });
});
