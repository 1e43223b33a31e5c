import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, originOf } from '../../build/csp-plugin.ts';

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site only: no inline script, no eval', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|script-src[^;]*unsafe/);
  });

  it('lets the page connect to its own host only, unless an extra origin is named', () => {
    expect(contentSecurityPolicy()).toMatch(/connect-src 'self';/);
    expect(contentSecurityPolicy(['https://tiles.example.org'])).toMatch(
      /connect-src 'self' https:\/\/tiles\.example\.org;/,
    );
  });
});

describe('originOf', () => {
  it('gives the origin of an absolute https URL', () => {
    expect(originOf('https://tiles.example.org/basemaps/iraq.pmtiles')).toEqual(['https://tiles.example.org']);
  });

  it('gives nothing for a relative URL, which our own host serves', () => {
    expect(originOf('detail/iraq.pmtiles')).toEqual([]);
    expect(originOf(undefined)).toEqual([]);
  });

  it('gives nothing for a URL that is not http(s)', () => {
    expect(originOf('javascript:alert(1)')).toEqual([]);
    expect(originOf('data:text/plain,x')).toEqual([]);
  });
});
