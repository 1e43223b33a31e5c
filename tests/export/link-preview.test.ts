import { describe, expect, it } from 'vitest';
import { previewPageHtml, previewPagePath, previewSlug, shortDescription } from '../../src/export/link-preview.ts';
import { escapeHtml } from '../../src/lib/escape-html.ts';

const page = {
  title: 'Militia supporters storm the US Embassy',
  description: 'Crowds broke through the gate.',
  siteName: 'After Embassy Attack',
  mapHref: '../../?event=embassy-attack',
  imageAlt: 'Map of the embassy',
};

describe('previewSlug', () => {
  it('keeps a plain id', () => {
    expect(previewSlug('embassy-attack')).toBe('embassy-attack');
  });

  it('never gives a path that climbs, nests or needs decoding', () => {
    for (const id of ['..', '../etc', 'a/b', '%2e%2e', 'a b', '<script>', '']) {
      const slug = previewSlug(id);
      expect(slug).toMatch(/^[a-z0-9_-]+$/i);
      expect(slug).not.toMatch(/^\.+$/);
    }
  });

  it('keeps two odd ids that clean to the same text apart', () => {
    expect(previewSlug('a/b')).not.toBe(previewSlug('a b'));
  });

  it('is stable from build to build', () => {
    expect(previewSlug('événement 1')).toBe(previewSlug('événement 1'));
  });
});

describe('previewPagePath', () => {
  it('is e/<slug>/', () => {
    expect(previewPagePath('k1-rocket-attack')).toBe('e/k1-rocket-attack/');
  });
});

describe('previewPageHtml', () => {
  it('carries Open Graph and Twitter card tags with an absolute image', () => {
    const html = previewPageHtml({
      ...page,
      imageUrl: 'https://example.org/e/x/preview.png',
      pageUrl: 'https://example.org/e/x/',
    });
    expect(html).toContain('<meta property="og:title" content="Militia supporters storm the US Embassy" />');
    expect(html).toContain('<meta property="og:image" content="https://example.org/e/x/preview.png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/e/x/" />');
  });

  it('without the site URL, claims no image and a plain summary card', () => {
    const html = previewPageHtml(page);
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('sends the browser on to the map without a script', () => {
    const html = previewPageHtml(page);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../../?event=embassy-attack" />');
    expect(html).not.toContain('<script');
  });

  it('escapes text that looks like markup', () => {
    const html = previewPageHtml({ ...page, title: '"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('shortDescription', () => {
  it('cuts a long text at a word, with an ellipsis', () => {
    const text = shortDescription('word '.repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text).toMatch(/word…$/);
  });
});

/**
 * The preview page's head, tag by tag, and the edges of slugs and short descriptions: these tags are what
 * a social site reads when a link is pasted, so each one is behaviour.
 */
describe('link-preview-tags', () => {
  const page = {
    title: 'Storm & gate',
    description: 'Crowds broke through.',
    siteName: 'After the Attack',
    mapHref: '../../?event=embassy-attack',
    imageAlt: 'Map of the embassy',
  };
  const full = {
    ...page,
    imageUrl: 'https://example.org/e/x/preview.png',
    imageSize: { width: 1200, height: 630 },
    pageUrl: 'https://example.org/e/x/',
  };

  describe('preview page head', () => {
    it('has every tag a social site reads, when the site URL is known', () => {
      const html = previewPageHtml(full);
      for (const tag of [
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        '<title>Storm &amp; gate · After the Attack</title>',
        '<meta name="description" content="Crowds broke through." />',
        '<link rel="canonical" href="https://example.org/e/x/" />',
        '<meta property="og:type" content="article" />',
        '<meta property="og:site_name" content="After the Attack" />',
        '<meta property="og:title" content="Storm &amp; gate" />',
        '<meta property="og:description" content="Crowds broke through." />',
        '<meta property="og:url" content="https://example.org/e/x/" />',
        '<meta property="og:image" content="https://example.org/e/x/preview.png" />',
        '<meta property="og:image:alt" content="Map of the embassy" />',
        '<meta property="og:image:width" content="1200" />',
        '<meta property="og:image:height" content="630" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:title" content="Storm &amp; gate" />',
        '<meta name="twitter:description" content="Crowds broke through." />',
        '<meta name="twitter:image" content="https://example.org/e/x/preview.png" />',
        '<meta name="twitter:image:alt" content="Map of the embassy" />',
      ])
        expect(html).toContain(`\n    ${tag}\n`);
    });

    it('allows no script, no outside requests and no forms', () => {
      expect(previewPageHtml(page)).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />`,
      );
    });

    it('carries its own icon, so the browser asks the server for none', () => {
      expect(previewPageHtml(page)).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+" \/>/);
    });

    it('claims no image alt, size, canonical or URL without the site URL', () => {
      const html = previewPageHtml(page);
      for (const absent of ['og:image', 'twitter:image', 'canonical', 'og:url']) expect(html).not.toContain(absent);
    });

    it('gives no image size when the size is unknown', () => {
      const html = previewPageHtml({ ...full, imageSize: undefined });
      expect(html).toContain('og:image:alt');
      expect(html).not.toContain('og:image:width');
      expect(html).not.toContain('og:image:height');
    });

    it('gives no image size without an image, even when a size is given', () => {
      const html = previewPageHtml({ ...page, imageSize: { width: 1200, height: 630 } });
      expect(html).not.toContain('og:image:width');
    });

    it('links the title to the map in the body, for browsers that do not follow the refresh', () => {
      expect(previewPageHtml(page)).toContain(
        '<body>\n    <p><a href="../../?event=embassy-attack">Storm &amp; gate</a> — open the map on this event.</p>\n  </body>',
      );
    });

    it('is an English HTML5 document', () => {
      expect(previewPageHtml(page)).toMatch(/^<!doctype html>\n<html lang="en">\n {2}<head>\n/);
      expect(previewPageHtml(page)).toMatch(/<\/html>\n$/);
    });
  });

  describe('slug edges', () => {
    it('keeps a plain id of up to 80 characters and hashes a longer one', () => {
      expect(previewSlug('a'.repeat(80))).toBe('a'.repeat(80));
      expect(previewSlug('a'.repeat(81))).toMatch(/^a{60}-[0-9a-f]{8}$/);
    });

    it('keeps underscores and hyphens inside a plain id but not at its start', () => {
      expect(previewSlug('k1_rocket-attack')).toBe('k1_rocket-attack');
      expect(previewSlug('-x')).toMatch(/^x-[0-9a-f]{8}$/);
    });

    it('names an id with nothing usable "event", with the FNV-1a hash of the id', () => {
      // FNV-1a of the empty string is its offset basis, 811c9dc5.
      expect(previewSlug('')).toBe('event-811c9dc5');
      expect(previewSlug('…')).toMatch(/^event-[0-9a-f]{8}$/);
    });

    it('turns each run of other characters into one hyphen, trimmed at both ends', () => {
      expect(previewSlug('event 1 / 2!')).toMatch(/^event-1-2-[0-9a-f]{8}$/);
      expect(previewSlug('__a b__')).toMatch(/^a-b-[0-9a-f]{8}$/);
    });
  });

  describe('shortDescription edges', () => {
    it('keeps a text of exactly the limit whole, with its spaces tidied', () => {
      expect(shortDescription('  one   two  ', 7)).toBe('one two');
    });

    it('cuts a text one character over the limit', () => {
      expect(shortDescription('one two three', 12)).toBe('one two…');
    });

    it('cuts a long word at half the limit rather than leaving almost nothing', () => {
      expect(shortDescription(`a ${'b'.repeat(30)}`, 20)).toBe(`a ${'b'.repeat(8)}…`);
    });

    it('uses 200 characters by default', () => {
      const text = `${'word '.repeat(60)}`.trim();
      const short = shortDescription(text);
      expect(short.length).toBeLessThanOrEqual(200);
      expect(short.length).toBeGreaterThan(190);
      expect(shortDescription('x'.repeat(200))).toBe('x'.repeat(200));
    });
  });
});
