import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../src/lib/digest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentDigest', () => {
  it('is 16 hex digits, the same for the same bytes however they are held', () => {
    const data = bytes('{"events":[{"id":"embassy-attack"}]}');
    const digest = contentDigest(data);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(contentDigest(data.buffer)).toBe(digest);
    // A view that starts mid-buffer, not aligned for 32-bit reads (as Node's file buffers may be).
    const offset = new Uint8Array(data.byteLength + 3);
    offset.set(data, 3);
    expect(contentDigest(offset.subarray(3))).toBe(digest);
  });

  it('changes when any one byte changes, in the words and in the tail', () => {
    const text = 'Kata’ib Hezbollah, 29 December 2019, 5 sites!';
    const original = bytes(text);
    const seen = new Set([contentDigest(original)]);
    for (let at = 0; at < original.byteLength; at++) {
      const changed = original.slice();
      changed[at] = changed[at]! ^ 1;
      seen.add(contentDigest(changed));
    }
    expect(seen.size).toBe(original.byteLength + 1);
  });

  it('tells apart files that differ only in length or in the order of their words', () => {
    expect(contentDigest(bytes('abcd'))).not.toBe(contentDigest(bytes('abcd\0')));
    expect(contentDigest(bytes(''))).not.toBe(contentDigest(bytes('\0')));
    expect(contentDigest(bytes('abcdefgh'))).not.toBe(contentDigest(bytes('efghabcd')));
  });
});
