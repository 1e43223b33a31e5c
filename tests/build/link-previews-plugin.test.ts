import { describe, expect, it } from 'vitest';
import { siteBase } from '../../build/link-previews-plugin.ts';

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
