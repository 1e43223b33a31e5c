import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planPreviewPages, siteBase, withPicture } from '../../build/link-previews-plugin.ts';
import { previewCacheKey, previewImagesWanted, writePreviewImages } from '../../build/preview-images.ts';
import { previewPageHtml, previewPagePath } from '../../src/export/link-preview.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { withPngText } from '../../src/export/png-text.ts';
import { validFiles } from '../fixtures/story.ts';

describe('siteBase (SITE_URL)', () => {
  it('is undefined when SITE_URL is not set', () => {
    expect(siteBase(undefined)).toBeUndefined();
  });

  it('always ends in a slash, so e/<id>/ resolves under the site', () => {
    expect(new URL('e/k1/', siteBase('https://example.org/maps/iraq')).href).toBe(
      'https://example.org/maps/iraq/e/k1/',
    );
  });

  it('refuses a value that is not an http(s) URL, naming it', () => {
    expect(() => siteBase('example.org/maps')).toThrow('SITE_URL is not a URL: "example.org/maps"');
    expect(() => siteBase('ftp://example.org/')).toThrow('SITE_URL must be http(s)');
  });
});

/** The test story, validated, with one event's id replaced by `oddId` (as if a hand-edited file got past validation). */
function storyWithId(oddId: string) {
  const result = validateStoryFiles(validFiles());
  if (!result.ok) throw new Error('the fixture story is invalid');
  const events = result.data.story.events.map((event) =>
    event.id === 'embassy-attack' ? { ...event, id: oddId } : event,
  );
  return { ...result.data, story: { ...result.data.story, events } };
}

const ODD_ID = '../../"><script>alert(1)</script> ü';

describe('planPreviewPages', () => {
  it('puts an event with an odd id in one safe folder under e/, its tags escaped', () => {
    const pages = planPreviewPages(storyWithId(ODD_ID), siteBase('https://example.org/maps/'));
    const odd = pages.find((page) => page.eventId === ODD_ID)!;
    expect(odd.path).toMatch(/^e\/[a-z0-9_-]+\/$/i);
    const html = previewPageHtml(odd.page);
    expect(html).not.toContain('<script>');
    expect(html).toContain(`<meta property="og:url" content="https://example.org/maps/${odd.path}" />`);
  });

  it('names the site image by an absolute URL with SITE_URL, else relative to the page', () => {
    const data = storyWithId('embassy-attack');
    expect(planPreviewPages(data, siteBase('https://example.org/maps/'))[0]!.page.imageUrl).toBe(
      'https://example.org/maps/preview.png',
    );
    expect(planPreviewPages(data, undefined)[0]!.page.imageUrl).toBe('../../preview.png');
  });
});

describe('withPicture', () => {
  const picture = { width: 1200, height: 675, altText: 'Map, 31 December 2019: Embassy attacked.', bytes: 1 };
  const [planned] = planPreviewPages(storyWithId('embassy-attack'), undefined);

  it("names the page's own picture, its size and its alt text", () => {
    const page = withPicture(planned!, picture, siteBase('https://example.org/maps/'));
    expect(page.imageUrl).toBe(`https://example.org/maps/${planned!.path}preview.png`);
    expect(page.imageSize).toEqual({ width: 1200, height: 675 });
    expect(page.imageAlt).toBe(picture.altText);
  });

  it('names it relative to the page without SITE_URL', () => {
    expect(withPicture(planned!, picture, undefined).imageUrl).toBe('preview.png');
  });
});

describe('writePreviewImages', () => {
  const png = (alt: string) =>
    withPngText(
      Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
        (c) => c.charCodeAt(0),
      ),
      { Description: alt },
    );
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'previews-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const noBrowser = () => {
    throw new Error('no Chromium');
  };
  const requests = [ODD_ID, 'embassy-attack'].map((eventId) => ({
    eventId,
    path: previewPagePath(eventId),
    url: '',
  }));

  it('says in one line that it fell back to the site image when there is no Chromium, and writes nothing', async () => {
    const lines: string[] = [];
    const out = join(root, 'dist');
    const written = await writePreviewImages(out, requests, [], (line) => lines.push(line), {
      env: {},
      cacheRoot: join(root, 'cache'),
      browser: noBrowser,
    });
    expect(written.size).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/no Chromium found .* site image/)]);
    expect(existsSync(out)).toBe(false);
  });

  it('says so and asks for no browser when PREVIEW_IMAGES=off', async () => {
    const lines: string[] = [];
    const browser = vi.fn(noBrowser);
    await writePreviewImages(join(root, 'dist'), requests, [], (line) => lines.push(line), {
      env: { PREVIEW_IMAGES: 'off' },
      cacheRoot: join(root, 'cache'),
      browser,
    });
    expect(lines).toEqual(['link previews: PREVIEW_IMAGES=off, so every page uses the one site image (preview.png)']);
    expect(browser).not.toHaveBeenCalled();
  });

  it('copies cached pictures without a browser, each into its own page folder (odd ids too)', async () => {
    const cacheRoot = join(root, 'cache');
    const out = join(root, 'dist');
    const options = { env: {}, cacheRoot, browser: noBrowser };
    // A first run makes the cache's folder for these inputs; the pictures are put there as a drawing run would.
    await writePreviewImages(out, requests, ['x'], () => {}, options);
    const [key] = readdirSync(cacheRoot);
    for (const request of requests) {
      writeFileSync(join(cacheRoot, key!, `${request.path.slice(2, -1)}.png`), png(`alt ${request.eventId}`));
    }
    const lines: string[] = [];
    const written = await writePreviewImages(out, requests, ['x'], (line) => lines.push(line), options);
    expect(lines).toEqual([expect.stringMatching(/^link previews: 2 of 2 pictures .*\(0 drawn, 2 from the cache/)]);
    for (const request of requests) {
      expect(readFileSync(join(out, request.path, 'preview.png'))).toEqual(Buffer.from(png(`alt ${request.eventId}`)));
      expect(written.get(request.eventId)).toMatchObject({ width: 1, height: 1, altText: `alt ${request.eventId}` });
    }
    expect(readdirSync(join(out, 'e')).sort()).toEqual(requests.map((request) => request.path.slice(2, -1)).sort());
  });

  it('keeps only the cache of the current inputs', async () => {
    const cacheRoot = join(root, 'cache');
    const options = { env: {}, cacheRoot, browser: noBrowser };
    await writePreviewImages(join(root, 'dist'), requests, ['before'], () => {}, options);
    await writePreviewImages(join(root, 'dist'), requests, ['after'], () => {}, options);
    expect(readdirSync(cacheRoot)).toHaveLength(1);
  });
});

describe('previewCacheKey', () => {
  it('changes with a setting (the printed URL) and not otherwise', () => {
    const inputs = ['geodata/events.json'];
    expect(previewCacheKey(['a'], undefined, inputs)).toBe(previewCacheKey(['a'], undefined, inputs));
    expect(previewCacheKey(['a'], undefined, inputs)).not.toBe(previewCacheKey(['b'], undefined, inputs));
  });
});

describe('previewImagesWanted', () => {
  it('is on unless PREVIEW_IMAGES says off', () => {
    expect(previewImagesWanted(undefined)).toBe(true);
    expect(previewImagesWanted('on')).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(previewImagesWanted(off)).toBe(false);
  });
});
