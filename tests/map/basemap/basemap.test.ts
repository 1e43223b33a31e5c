/**
 * MapLibre writes a source's credits as HTML: the story's words in them (its outlet, from the data) must reach the
 * page as text, never as markup.
 */
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../../src/map/basemap/style.ts';

describe('basemapStyle credits', () => {
  it('escapes the story’s credit, keeping Natural Earth’s own link', () => {
    const style = basemapStyle(
      { kind: 'tiles', url: 'basemap.pmtiles', zooms: { minzoom: 0, maxzoom: 7 } },
      'Story: <img src=x onerror=alert(1)> & Co.',
    );
    const credits = Object.values(style.sources).map((source) => ('attribution' in source ? source.attribution : ''));
    expect(credits.join(' ')).toContain('Story: &lt;img src=x onerror=alert(1)&gt; &amp; Co.');
    expect(credits.join(' ')).not.toContain('<img');
    expect(credits.join(' ')).toContain('<a href="https://www.naturalearthdata.com/"');
  });
});
