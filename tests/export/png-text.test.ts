import { describe, expect, it } from 'vitest';
import { crc32, readPng, withPngText } from '../../src/export/png-text.ts';

/** A valid 1×1 PNG (one white pixel), as any encoder writes it. */
const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

describe('PNG text', () => {
  it('computes the standard CRC-32 ("123456789" → cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('reads back the entries it wrote, in UTF-8', () => {
    const png = withPngText(ONE_PIXEL, { Title: 'Crowd at the embassy’s gate', Description: 'Map — Baghdad' });
    expect(readPng(png)).toEqual({
      width: 1,
      height: 1,
      text: { Title: 'Crowd at the embassy’s gate', Description: 'Map — Baghdad' },
    });
  });

  it('keeps every chunk CRC valid', () => {
    const png = withPngText(ONE_PIXEL, { Title: 'x' });
    const view = new DataView(png.buffer);
    for (let offset = 8; offset < png.length;) {
      const length = view.getUint32(offset);
      expect(view.getUint32(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
      offset += 12 + length;
    }
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array(40), { Title: 'x' })).toThrow('not a PNG file');
  });

  it('refuses a keyword PNG does not allow', () => {
    expect(() => withPngText(ONE_PIXEL, { '': 'x' })).toThrow('not a PNG text keyword');
  });
});
