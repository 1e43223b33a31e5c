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

/**
 * PNG text chunks byte by byte: where the new chunks go, how they are laid out, and reading text chunks written
 * by other programs (tEXt, and iTXt with a language tag and a translated keyword).
 */
describe('png-text-chunks', () => {
  const ONE_PIXEL = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
    (c) => c.charCodeAt(0),
  );
  const bytes = (text: string) => new TextEncoder().encode(text);

  /** A chunk as the PNG specification lays it out: length, type, data, CRC of type and data. */
  function chunk(type: string, data: Uint8Array): Uint8Array {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(bytes(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  }

  /** The one-pixel PNG with `extra` inserted after IHDR (byte 33). */
  function withChunk(extra: Uint8Array): Uint8Array {
    const out = new Uint8Array(ONE_PIXEL.length + extra.length);
    out.set(ONE_PIXEL.subarray(0, 33), 0);
    out.set(extra, 33);
    out.set(ONE_PIXEL.subarray(33), 33 + extra.length);
    return out;
  }

  function chunkTypes(png: Uint8Array): string[] {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const types: string[] = [];
    for (let offset = 8; offset + 12 <= png.length; offset += 12 + view.getUint32(offset))
      types.push(new TextDecoder().decode(png.subarray(offset + 4, offset + 8)));
    return types;
  }

  describe('writing text into a PNG', () => {
    it('puts the text chunks right after the header, in the order given, and keeps the rest', () => {
      const png = withPngText(ONE_PIXEL, { Title: 'a', Source: 'b' });
      expect(chunkTypes(ONE_PIXEL)).toEqual(['IHDR', 'IDAT', 'IEND']);
      expect(chunkTypes(png)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
      expect(png.subarray(0, 33)).toEqual(ONE_PIXEL.subarray(0, 33));
      expect(png.subarray(png.length - (ONE_PIXEL.length - 33))).toEqual(ONE_PIXEL.subarray(33));
    });

    it('lays out an iTXt chunk as keyword, five zero bytes (uncompressed, no language), then the text', () => {
      const png = withPngText(ONE_PIXEL, { Title: 'é' });
      const data = png.subarray(33 + 8, 33 + 8 + 'Title'.length + 5 + 2);
      expect([...data]).toEqual([...bytes('Title'), 0, 0, 0, 0, 0, 0xc3, 0xa9]);
      expect(new DataView(png.buffer).getUint32(33)).toBe(12);
    });

    it('adds nothing for no entries', () => {
      expect(withPngText(ONE_PIXEL, {})).toEqual(ONE_PIXEL);
    });

    it('allows a keyword of 79 characters, not 80, and only printable Latin', () => {
      expect(() => withPngText(ONE_PIXEL, { ['k'.repeat(79)]: 'x' })).not.toThrow();
      expect(() => withPngText(ONE_PIXEL, { ['k'.repeat(80)]: 'x' })).toThrow('not a PNG text keyword');
      expect(() => withPngText(ONE_PIXEL, { Tïtle: 'x' })).toThrow('not a PNG text keyword');
    });

    it('refuses a PNG signature with no header after it', () => {
      expect(() => withPngText(ONE_PIXEL.subarray(0, 32), { Title: 'x' })).toThrow('not a PNG file');
      expect(() => withPngText(ONE_PIXEL.subarray(0, 33), { Title: 'x' })).not.toThrow();
    });
  });

  describe('reading a PNG', () => {
    it('reads a tEXt entry (keyword, zero byte, text)', () => {
      const png = withChunk(chunk('tEXt', Uint8Array.from([...bytes('Author'), 0, ...bytes('Someone')])));
      expect(readPng(png).text).toEqual({ Author: 'Someone' });
    });

    it('reads an iTXt entry past its language tag and translated keyword', () => {
      const data = [...bytes('Title'), 0, 0, 0, ...bytes('de'), 0, ...bytes('Titel'), 0, ...bytes('Karte')];
      const png = withChunk(chunk('iTXt', Uint8Array.from(data)));
      expect(readPng(png).text).toEqual({ Title: 'Karte' });
    });

    it('reads width and height from the header', () => {
      const png = ONE_PIXEL.slice();
      new DataView(png.buffer).setUint32(16, 640);
      new DataView(png.buffer).setUint32(20, 480);
      expect(readPng(png)).toMatchObject({ width: 640, height: 480 });
    });

    it('ignores chunks it does not know and refuses bytes that are not a PNG', () => {
      expect(readPng(withChunk(chunk('zzZz', bytes('Title\0x')))).text).toEqual({});
      expect(() => readPng(new Uint8Array(40))).toThrow('not a PNG file');
    });

    it('reads a PNG held in part of a larger buffer', () => {
      const big = new Uint8Array(ONE_PIXEL.length + 10);
      big.set(ONE_PIXEL, 10);
      expect(readPng(big.subarray(10))).toMatchObject({ width: 1, height: 1 });
    });
  });

  describe('crc32', () => {
    it('is 0 for no bytes', () => {
      expect(crc32(new Uint8Array(0))).toBe(0);
    });
  });
});
