/**
 * Vite plugin: link previews. `vite build` writes `e/<event>/index.html` for every event — Open Graph and Twitter
 * card tags (title, summary, picture) for social sites and chat apps, and a redirect to the map on the event.
 *
 * Social sites want absolute image and page URLs, so those need the site's address: `SITE_URL`
 * (e.g. `SITE_URL=https://example.org/maps/iraq/ npm run build`). Without it the pages name their picture by a
 * relative URL (chat apps that resolve it show it; social sites may not), and the build says so.
 *
 * The picture: each event's own (`e/<slug>/preview.png`, the landscape share card drawn by headless Chromium after
 * the site is written: build/preview-images.ts), else one site image (`preview.png`, the README screenshot).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';
import { validateStoryFiles, type ValidStoryData } from '../src/story/validate.ts';
import { buildStoryModel, stepIdForEvent } from '../src/story/model.ts';
import { previewPageHtml, previewPagePath, shortDescription, type PreviewPage } from '../src/export/link-preview.ts';
import { formatEventDate } from '../src/story/dates.ts';
import { PREVIEW_IMAGE, writePreviewImages, type PreviewPicture } from './preview-images.ts';

export const SITE_IMAGE = 'preview.png';
const SITE_IMAGE_SOURCE = new URL('../docs/screenshot.png', import.meta.url);
const SITE_IMAGE_SIZE = { width: 1280, height: 800 };

/** `SITE_URL` as a base for absolute URLs (always ending in a slash), or undefined when not set. */
export function siteBase(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${JSON.stringify(value)} (e.g. https://example.org/maps/iraq/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s): ${value}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** One preview page: where it goes and what it says. */
export interface PlannedPage {
  eventId: string;
  /** `e/<slug>/`, relative to the site's root. */
  path: string;
  page: PreviewPage;
}

/**
 * Every event's preview page, with the one site image; `withPicture` gives a page its own picture.
 * @param base - the site's address (SITE_URL), for absolute URLs; without it, image URLs are relative to the page
 */
export function planPreviewPages(data: ValidStoryData, base: URL | undefined): PlannedPage[] {
  const model = buildStoryModel(data);
  return data.story.events.map((event) => {
    const stepId = stepIdForEvent(model, event.id) ?? model.steps[0]!.id;
    const path = previewPagePath(event.id);
    return {
      eventId: event.id,
      path,
      page: {
        title: event.title,
        description: shortDescription(`${formatEventDate(event.date)}. ${event.summary}`),
        siteName: model.article.title,
        // From e/<slug>/ back to the site's root, where the map is.
        mapHref: `../../?event=${encodeURIComponent(stepId)}`,
        imageUrl: base ? new URL(SITE_IMAGE, base).href : `../../${SITE_IMAGE}`,
        imageAlt: `Situation map: ${model.article.title}`,
        imageSize: SITE_IMAGE_SIZE,
        pageUrl: base ? new URL(path, base).href : undefined,
      },
    };
  });
}

/** A planned page with its own picture beside it (`e/<slug>/preview.png`). */
export function withPicture(planned: PlannedPage, picture: PreviewPicture, base: URL | undefined): PreviewPage {
  return {
    ...planned.page,
    imageUrl: base ? new URL(`${planned.path}${PREVIEW_IMAGE}`, base).href : PREVIEW_IMAGE,
    imageAlt: picture.altText || planned.page.imageAlt,
    imageSize: { width: picture.width, height: picture.height },
  };
}

/**
 * @param siteUrl - the site's address, for absolute picture and page URLs
 * @param dir - the story folder the build ships (`STORY_DIR`, default geodata/)
 */
export function linkPreviewsPlugin(siteUrl = process.env.SITE_URL, dir = storyDir()): Plugin {
  let outDir = 'dist';
  let logger: Logger | undefined;
  let detailBasemap = '';
  let planned: PlannedPage[] = [];
  return {
    name: 'link-previews',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
      detailBasemap = `${config.env['VITE_DETAIL_BASEMAP_URL'] ?? ''} ${config.env['VITE_DETAIL_BASEMAP_FLAVOR'] ?? ''}`;
    },
    generateBundle() {
      const base = siteBase(siteUrl);
      planned = [];
      const { files, issues } = readStoryFiles(dir);
      const result = validateStoryFiles(files);
      if (issues.length > 0 || !result.ok) {
        this.warn(`link previews skipped: ${dir} is invalid (run \`npm run validate\`)`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: SITE_IMAGE, source: readFileSync(SITE_IMAGE_SOURCE) });
      planned = planPreviewPages(result.data, base);
      for (const { path, page } of planned) {
        this.emitFile({ type: 'asset', fileName: `${path}index.html`, source: previewPageHtml(page) });
      }
      this.info(
        `link previews: ${planned.length} pages in e/` +
          (base
            ? `, under ${base.href}`
            : '; SITE_URL is not set, so their picture URLs are relative (social sites want absolute ones)'),
      );
    },
    // After the site is written: its pictures are drawn by the built page itself.
    async closeBundle() {
      if (planned.length === 0) return;
      const base = siteBase(siteUrl);
      const log = (line: string) => logger?.info(line);
      const pictures = await writePreviewImages(
        outDir,
        planned.map(({ eventId, path }) => ({ eventId, path, url: base ? new URL(path, base).href : '' })),
        [base?.href ?? '', detailBasemap],
        log,
      );
      for (const page of planned) {
        const picture = pictures.get(page.eventId);
        if (picture)
          writeFileSync(join(outDir, page.path, 'index.html'), previewPageHtml(withPicture(page, picture, base)));
      }
    },
  };
}
