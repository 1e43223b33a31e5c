/**
 * Source URLs: which may become a link, how to compare two of them, how to show one briefly.
 * Pure: used by the schema, the validator and the panels alike, so a URL is judged the same way everywhere.
 */

/**
 * Query parameters that say where a reader came from, not what page they read. Two URLs that differ only
 * in these point at the same report.
 */
export const TRACKING_PARAMETERS: readonly (string | RegExp)[] = [
  /^utm_/i,
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
];

function isTracking(name: string): boolean {
  return TRACKING_PARAMETERS.some((pattern) =>
    typeof pattern === 'string' ? pattern === name.toLowerCase() : pattern.test(name),
  );
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a string is a well-formed https URL (the parser requires a host for https). `javascript:`, `data:`,
 * `http:` and relative URLs are not: the panels put sources into an `href`, and only https may get there.
 */
export function isHttpsUrl(url: string): boolean {
  const parsed = parse(url);
  // The URL parser would quietly percent-encode inner spaces; a source with one was pasted wrong.
  return parsed !== undefined && parsed.protocol === 'https:' && !/\s/.test(url);
}

/**
 * The URL to put in an `href`, or undefined when it must not become a link. The schema already rejects
 * anything but https; this is the second lock, at the door, in case data ever reaches a panel unvalidated.
 */
export function safeHref(url: string): string | undefined {
  return isHttpsUrl(url) ? new URL(url).href : undefined;
}

/**
 * The URL with tracking parameters and the fragment removed, for comparing sources. Not for display.
 * An unparseable string comes back unchanged, so it still compares equal only to itself.
 */
export function withoutTracking(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url;
  // Reading the parameters and clearing the fragment each cost as much as the parse (validation compares every
  // source's URL, 10,000 of them in a large story): skip them when there is no query, or no '#' (no fragment).
  if (parsed.search !== '') {
    for (const name of [...parsed.searchParams.keys()]) {
      if (isTracking(name)) parsed.searchParams.delete(name);
    }
  }
  if (url.includes('#')) parsed.hash = '';
  return parsed.href;
}

/**
 * Whether a URL is a Wikipedia page (any language, mobile or not). Wikipedia may point a reader further, but it
 * summarises reports rather than reporting: it is never the only support of a claim.
 */
export function isWikipedia(url: string): boolean {
  const host = parse(url)?.hostname.toLowerCase();
  return host !== undefined && (host === 'wikipedia.org' || host.endsWith('.wikipedia.org'));
}

/** "www.reuters.com/article/…" → "reuters.com": a short label for a link whose outlet is unknown. */
export function sourceHost(url: string): string {
  return (parse(url)?.hostname ?? url).replace(/^www\./, '');
}
