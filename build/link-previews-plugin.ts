/**
 * Vite plugin: link previews. `vite build` writes `e/<event>/index.html` for every event — Open Graph and Twitter
 * card tags (title, summary, picture) for social sites and chat apps, and a redirect to the map on the event.
 *
 * Social sites only read absolute image and page URLs, so those need the site's address: `SITE_URL`
 * (e.g. `SITE_URL=https://example.org/maps/iraq/ npm run build`). Without it the pages still carry the title and
 * description and still open the map, but name no picture, and the build says so.
 *
 * The picture is one site image (`preview.png`, the README screenshot) for every event; per-event pictures drawn
 * by the app's own share-card code are written over it by `npm run previews` (headless Chromium, opt-in: see
 * scripts/render-previews.ts).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';
import { validateStoryFiles } from '../src/core/validate.ts';
import { buildStoryModel, stepIdForEvent } from '../src/core/story.ts';
import { previewPageHtml, previewPagePath, shortDescription } from '../src/core/link-preview.ts';
import { formatEventDate } from '../src/core/dates.ts';

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

/**
 * @param siteUrl - the site's address, for absolute picture and page URLs
 * @param dir - the story folder the build ships (`STORY_DIR`, default geodata/)
 */
export function linkPreviewsPlugin(siteUrl = process.env.SITE_URL, dir = storyDir()): Plugin {
  return {
    name: 'link-previews',
    apply: 'build',
    generateBundle() {
      const base = siteBase(siteUrl);
      const { files, issues } = readStoryFiles(dir);
      const result = validateStoryFiles(files);
      if (issues.length > 0 || !result.ok) {
        this.warn(`link previews skipped: ${dir} is invalid (run \`npm run validate\`)`);
        return;
      }
      const model = buildStoryModel(result.data);
      this.emitFile({ type: 'asset', fileName: SITE_IMAGE, source: readFileSync(SITE_IMAGE_SOURCE) });
      for (const event of result.data.story.events) {
        const stepId = stepIdForEvent(model, event.id) ?? model.steps[0]!.id;
        const path = previewPagePath(event.id);
        const html = previewPageHtml({
          title: event.title,
          description: shortDescription(`${formatEventDate(event.date)}. ${event.summary}`),
          siteName: model.article.title,
          // From e/<slug>/ back to the site's root, where the map is.
          mapHref: `../../?event=${encodeURIComponent(stepId)}`,
          imageUrl: base ? new URL(SITE_IMAGE, base).href : undefined,
          imageAlt: `Situation map: ${model.article.title}`,
          imageSize: SITE_IMAGE_SIZE,
          pageUrl: base ? new URL(path, base).href : undefined,
        });
        this.emitFile({ type: 'asset', fileName: `${path}index.html`, source: html });
      }
      this.info(
        `link previews: ${result.data.story.events.length} pages in e/` +
          (base
            ? `, image ${new URL(SITE_IMAGE, base).href}`
            : '; SITE_URL is not set, so they name no picture (social sites need absolute image URLs)'),
      );
    },
  };
}
