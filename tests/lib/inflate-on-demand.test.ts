import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompressSync } from '../../src/lib/inflate-on-demand.ts';

describe('decompressSync (pmtiles’ fallback inflate, loaded on demand)', () => {
  it('inflates gzip bytes', async () => {
    const text = 'a tile directory '.repeat(50);
    const inflated = await decompressSync(new Uint8Array(gzipSync(text)));
    expect(new TextDecoder().decode(inflated)).toBe(text);
  });

  it('rejects bytes that are not gzip', async () => {
    await expect(decompressSync(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow();
  });
});
