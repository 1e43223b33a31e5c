/**
 * The contact sheet's pieces that need no browser: which views to shoot, and the HTML page that lays their
 * screenshots out as a captioned grid (the browser screenshots that page, so no image library is needed).
 */
import { formatEventDate } from '../src/story/dates.ts';
import type { StoryEvent } from '../src/story/schema.ts';

/** One view of the story to photograph: a path relative to the site's root, and its caption. */
export interface SheetView {
  /** File-name-safe name, in story order (e.g. "03-embassy-attack"). */
  name: string;
  /** Relative link into the site: `?event=<id>`, optionally with a camera hash. */
  path: string;
  date: string;
  title: string;
}

/**
 * A camera that shows the whole world at the map's minimum zoom, over the story's end state: every movement
 * and strike of the week is on the map at once.
 */
export const WORLD_CAMERA_HASH = '#1/25/0';

/**
 * Every step (dated event) by its deep link, then the world view over the last step.
 * @param steps - the story's steps in order (see buildStoryModel)
 */
export function sheetViews(steps: readonly Pick<StoryEvent, 'id' | 'date' | 'title'>[]): SheetView[] {
  const width = String(steps.length + 1).length;
  const views = steps.map((step, index) => ({
    name: `${String(index + 1).padStart(width, '0')}-${step.id}`,
    path: `?event=${encodeURIComponent(step.id)}`,
    date: formatEventDate(step.date),
    title: step.title,
  }));
  const last = steps.at(-1);
  if (!last) return views;
  return [
    ...views,
    {
      name: `${String(steps.length + 1).padStart(width, '0')}-world`,
      path: `?event=${encodeURIComponent(last.id)}${WORLD_CAMERA_HASH}`,
      date: `${formatEventDate(last.date)} (end state)`,
      title: 'World view: every movement and strike of the week',
    },
  ];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text: captions come from the story's data and must never be read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export interface SheetTile {
  /** Image URL relative to the page (the single screenshot). */
  image: string;
  date: string;
  title: string;
}

export interface SheetLayout {
  heading: string;
  /** Pixel size of the screenshots. */
  viewport: { width: number; height: number };
  /** Width each tile is drawn at, in CSS pixels. */
  tileWidth: number;
  columns: number;
}

/** The grid page: a heading, then one tile per screenshot with its date and title beneath. */
export function contactSheetHtml(tiles: readonly SheetTile[], layout: SheetLayout): string {
  const tileHeight = Math.round((layout.tileWidth * layout.viewport.height) / layout.viewport.width);
  const figures = tiles
    .map(
      (tile) =>
        `<figure><img src="${escapeHtml(tile.image)}" width="${layout.tileWidth}" height="${tileHeight}" alt="">` +
        `<figcaption><time>${escapeHtml(tile.date)}</time> ${escapeHtml(tile.title)}</figcaption></figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(layout.heading)}</title>
<style>
  body { margin: 0; padding: 16px; background: #fff; color: #1f2328; font: 14px/1.35 system-ui, sans-serif; }
  h1 { margin: 0 0 12px; font-size: 18px; }
  main { display: grid; grid-template-columns: repeat(${layout.columns}, ${layout.tileWidth}px); gap: 14px; }
  figure { margin: 0; }
  img { display: block; border: 1px solid #c9c9c9; }
  figcaption { margin-top: 4px; width: ${layout.tileWidth}px; }
  time { display: block; font-weight: 600; }
</style>
</head>
<body>
<h1>${escapeHtml(layout.heading)}</h1>
<main>
${figures}
</main>
</body>
</html>
`;
}
