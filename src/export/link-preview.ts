/**
 * Link previews: for every event a small static page (`e/<slug>/index.html`) whose Open Graph and Twitter card
 * tags make a pasted link unfurl with the event's title, summary and a picture, and which sends a browser on to
 * the map on that event. Pure: the build writes what these functions return.
 */
import { escapeHtml } from '../lib/escape-html.ts';
import { PALETTE } from '../lib/palette.ts';

/** A short, stable hash (FNV-1a, 32 bits) to keep two odd ids that clean to the same text apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The path segment of an event's preview page: the id itself when it is a plain slug, else a cleaned form plus a
 * hash of the id — never `.`/`..`, a slash, a percent sign or anything a server might decode or a shell expand.
 */
export function previewSlug(eventId: string): string {
  if (/^[a-z0-9][a-z0-9_-]{0,79}$/i.test(eventId)) return eventId;
  const cleaned = eventId
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/gi, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 60);
  return `${cleaned || 'event'}-${fnv1a(eventId)}`;
}

/** An event's preview page, relative to the site's root: "e/port-attack/". */
export function previewPagePath(eventId: string): string {
  return `e/${previewSlug(eventId)}/`;
}

export interface PreviewPage {
  /** "Rebels storm the port of Mokha" */
  title: string;
  description: string;
  /** The site's name: the article's title. */
  siteName: string;
  /** Where a browser goes: the map on the event, relative to the page ("../../?event=port-attack"). */
  mapHref: string;
  /** Absolute URL of the picture, when the site's URL is known; social sites ignore relative ones. */
  imageUrl?: string;
  imageAlt: string;
  imageSize?: { width: number; height: number };
  /** Absolute URL of this page, when the site's URL is known. */
  pageUrl?: string;
}

/** Cut a description to what unfurls show (about 200 characters), at a word. */
export function shortDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * The preview page. It carries no script (the site's policy allows none inline): a `<meta http-equiv="refresh">`
 * sends browsers on to the map, and a plain link does the same for anyone whose browser does not follow it.
 */
export function previewPageHtml(page: PreviewPage): string {
  const meta = (attribute: 'property' | 'name', key: string, value: string | undefined) =>
    value === undefined ? [] : [`<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`];
  const fullTitle = `${page.title} · ${page.siteName}`;
  const tags = [
    `<meta charset="utf-8" />`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    // An icon of its own (data:), so the browser does not ask the server for a /favicon.ico that is not there.
    `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Ccircle cx=%228%22 cy=%228%22 r=%226%22 fill=%22none%22 stroke=%22${encodeURIComponent(PALETTE.accent)}%22 stroke-width=%223%22/%3E%3C/svg%3E" />`,
    `<title>${escapeHtml(fullTitle)}</title>`,
    ...meta('name', 'description', page.description),
    ...(page.pageUrl ? [`<link rel="canonical" href="${escapeHtml(page.pageUrl)}" />`] : []),
    ...meta('property', 'og:type', 'article'),
    ...meta('property', 'og:site_name', page.siteName),
    ...meta('property', 'og:title', page.title),
    ...meta('property', 'og:description', page.description),
    ...meta('property', 'og:url', page.pageUrl),
    ...meta('property', 'og:image', page.imageUrl),
    ...(page.imageUrl ? meta('property', 'og:image:alt', page.imageAlt) : []),
    ...(page.imageUrl && page.imageSize
      ? [
          ...meta('property', 'og:image:width', String(page.imageSize.width)),
          ...meta('property', 'og:image:height', String(page.imageSize.height)),
        ]
      : []),
    ...meta('name', 'twitter:card', page.imageUrl ? 'summary_large_image' : 'summary'),
    ...meta('name', 'twitter:title', page.title),
    ...meta('name', 'twitter:description', page.description),
    ...meta('name', 'twitter:image', page.imageUrl),
    ...(page.imageUrl ? meta('name', 'twitter:image:alt', page.imageAlt) : []),
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(page.mapHref)}" />`,
  ];
  return `<!doctype html>
<html lang="en">
  <head>
    ${tags.join('\n    ')}
  </head>
  <body>
    <p><a href="${escapeHtml(page.mapHref)}">${escapeHtml(page.title)}</a> — open the map on this event.</p>
  </body>
</html>
`;
}
