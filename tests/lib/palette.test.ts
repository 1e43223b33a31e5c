import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/lib/palette.ts';

const css = readFileSync(new URL('../../src/app/global.css', import.meta.url), 'utf8');
/** A custom property's value in the page's :root. */
const cssToken = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();

describe('the page’s CSS uses the palette', () => {
  for (const name of Object.keys(PALETTE) as (keyof typeof PALETTE)[]) {
    it(`--${name} is PALETTE.${name}`, () => {
      expect(cssToken(name)).toBe(PALETTE[name]);
    });
  }
});
