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
