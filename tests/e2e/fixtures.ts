/**
 * Shared browser-test fixtures: every test fails if the page raised an error, a console error or a console
 * warning (how our code reports a symbol that could not be drawn, and how MapLibre reports a style expression
 * it rejects), broke its content security policy, or asked any host but our own for anything.
 */
import { execFileSync } from 'node:child_process';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The one warning that is not the page's: headless Chromium composites in software (--disable-gpu), so it reads
 * every presented WebGL frame back itself and its GL driver logs that read-back. Neither MapLibre nor our code
 * calls readPixels (the MapLibre bundle has no such call); only this exact driver message is let through.
 */
const CHROMIUM_READBACK_NOTICE =
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, \w+, High\): GPU stall due to ReadPixels/;

export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
  /**
   * Let through the browser's log of failed loads the test causes on purpose (they are not the page's errors):
   * responses with these HTTP statuses, or 'aborted' requests. Checked when the test ends: the log can arrive
   * after the test's last step.
   */
  forgiveFailedResponses(...failures: (number | 'aborted')[]): void;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const ownOrigin = new URL(baseURL!).origin;
      const forgiven: (number | 'aborted')[] = [];
      const watch: PageWatch = {
        errors: [],
        foreignRequests: [],
        forgiveFailedResponses: (...failures) => forgiven.push(...failures),
      };
      // A policy violation is an event, not always a console message: report each one as an error.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
        if (message.type() === 'warning' && !CHROMIUM_READBACK_NOTICE.test(message.text()))
          watch.errors.push(`console.warn: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ownOrigin) {
          watch.foreignRequests.push(url);
        }
      });
      await use(watch);
      const failedResponse = /^console: Failed to load resource: the server responded with a status of (\d+)/;
      const ours = (error: string) =>
        forgiven.includes(Number(failedResponse.exec(error)?.[1])) ||
        (forgiven.includes('aborted') && error === 'console: Failed to load resource: net::ERR_FAILED');
      expect(
        watch.errors.filter((error) => !ours(error)),
        'the page raised errors or warnings',
      ).toEqual([]);
      expect(watch.foreignRequests, 'the page asked another host').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the map and wait until MapLibre has its style, the place layers and a finished first render. */
export async function openMap(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await waitForMapIdle(page);
}

/** Wait for the map to be ready and not moving. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#map')).toHaveAttribute('data-idle', 'true');
}

/** The camera as the map reports it: zoom, centre and visible bounds. */
export async function readCamera(page: Page) {
  const region = page.locator('#map');
  const [zoom, lat, lng] = ((await region.getAttribute('data-camera')) ?? '').split('/').map(Number);
  const [west, south, east, north] = ((await region.getAttribute('data-bounds')) ?? '').split(',').map(Number);
  return { zoom: zoom!, lat: lat!, lng: lng!, west: west!, south: south!, east: east!, north: north! };
}

/**
 * Distinct colours in a rectangle of a PNG (decoded by the browser; the whole picture without one), sampled every
 * `step` pixels: a blank or failed map has one or two.
 */
export async function distinctColoursIn(page: Page, png: Uint8Array, rect?: number[], step = 13): Promise<number> {
  return page.evaluate(
    async ({ base64, rect, step }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const [x, y, width, height] = rect ?? [0, 0, image.width, image.height];
      const canvas = document.createElement('canvas');
      canvas.width = width!;
      canvas.height = height!;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, -x!, -y!);
      const pixels = context.getImageData(0, 0, width!, height!).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * step)
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      return colours.size;
    },
    { base64: Buffer.from(png).toString('base64'), rect, step },
  );
}

/** How many distinct colours a screenshot of the map canvas has: a blank or failed canvas has one or two. */
export async function distinctCanvasColours(page: Page): Promise<number> {
  return distinctColoursIn(page, await page.locator('.maplibregl-canvas').screenshot(), undefined, 7);
}

/** Simulate a browser with WebGL turned off (the map cannot start; everything else must work). */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

/**
 * Build the app into a folder of its own, with build-time settings (a story folder, a detail basemap): for the
 * specs that test a build other than dist/. Vite's own binary, not `npx vite`, which spends seconds finding it.
 */
export function buildInto(folder: string, env: Record<string, string>): void {
  const vite = new URL('../../node_modules/.bin/vite', import.meta.url).pathname;
  execFileSync(vite, ['build', '--outDir', folder, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, ...env },
  });
}
