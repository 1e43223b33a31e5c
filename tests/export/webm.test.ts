import { describe, expect, it } from 'vitest';
import { muxWebM, sizeVint, type EncodedFrame } from '../../src/export/webm.ts';
import { child, children, codecIdOf, frames, track } from './webm-reader.ts';

describe('sizeVint', () => {
  it('writes 127 in two bytes (all ones in one byte means unknown size)', () => {
    expect([...sizeVint(126)]).toEqual([0xfe]);
    expect([...sizeVint(127)]).toEqual([0x40, 0x7f]);
  });
});

describe('muxWebM', () => {
  it('starts with an EBML header whose DocType is webm', () => {
    const file = muxWebM(track, frames(3, 60));
    const [header] = children(file);
    expect(header!.id).toBe(0x1a45dfa3);
    const docType = child(file, header!, 0x4282)[0]!;
    expect(new TextDecoder().decode(file.subarray(docType.start, docType.end))).toBe('webm');
  });

  it('states the duration: frames × frame duration, in milliseconds', () => {
    const file = muxWebM(track, frames(90, 60));
    const segment = children(file)[1]!;
    const info = child(file, segment, 0x1549a966)[0]!;
    const duration = child(file, info, 0x4489)[0]!;
    expect(new DataView(file.buffer, duration.start, 8).getFloat64(0)).toBeCloseTo(3000, 2);
  });

  it('writes every frame once, clusters starting at key frames', () => {
    const file = muxWebM(track, frames(150, 60));
    const segment = children(file)[1]!;
    const clusters = child(file, segment, 0x1f43b675);
    expect(clusters).toHaveLength(3);
    const blocks = clusters.flatMap((cluster) => child(file, cluster, 0xa3));
    expect(blocks).toHaveLength(150);
    for (const cluster of clusters) {
      const first = child(file, cluster, 0xa3)[0]!;
      expect(file[first.start + 3]! & 0x80).toBe(0x80);
    }
  });

  it('names the codec', () => {
    expect(codecIdOf(muxWebM({ ...track, codec: 'V_VP8' }, frames(1, 60)))).toBe('V_VP8');
    expect(codecIdOf(muxWebM(track, frames(1, 60)))).toBe('V_VP9');
  });

  it('refuses to write no frames', () => {
    expect(() => muxWebM(track, [])).toThrow('no frames');
  });

  it('refuses a file no player could start: first frame not a key frame', () => {
    expect(() => muxWebM(track, [{ data: Uint8Array.of(1), timestampUs: 0, key: false }])).toThrow('key frame');
  });
});

describe('webm-layout', () => {
  const uintOf = (bytes: Uint8Array, at: { start: number; end: number }) =>
    [...bytes.subarray(at.start, at.end)].reduce((value, byte) => value * 256 + byte, 0);
  const textOf = (bytes: Uint8Array, at: { start: number; end: number }) =>
    new TextDecoder().decode(bytes.subarray(at.start, at.end));
  const only = (bytes: Uint8Array, parent: { start: number; end: number }, id: number) => {
    const found = child(bytes, parent, id);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  describe('sizeVint edges', () => {
    it('writes sizes up to 126 in one byte with the length marker', () => {
      expect([...sizeVint(0)]).toEqual([0x80]);
      expect([...sizeVint(126)]).toEqual([0xfe]);
    });

    it('writes sizes up to 16,382 in two bytes, then moves to three', () => {
      expect([...sizeVint(127)]).toEqual([0x40, 0x7f]);
      expect([...sizeVint(16_382)]).toEqual([0x7f, 0xfe]);
      expect([...sizeVint(16_383)]).toEqual([0x20, 0x3f, 0xff]);
    });

    it('refuses a size that needs more than eight bytes', () => {
      expect(sizeVint(2 ** 49 - 2)).toHaveLength(7);
      expect(sizeVint(2 ** 49)).toHaveLength(8);
      expect(() => sizeVint(2 ** 56)).toThrow(`element too large: ${2 ** 56} bytes`);
    });
  });

  describe('WebM layout', () => {
    it('declares EBML version 1, ids up to 4 bytes, sizes up to 8, and WebM version 2', () => {
      const file = muxWebM(track, frames(1, 1));
      const ebml = children(file)[0]!;
      expect(ebml.id).toBe(0x1a45dfa3);
      const values = [0x4286, 0x42f7, 0x42f2, 0x42f3, 0x4287, 0x4285].map((id) => uintOf(file, only(file, ebml, id)));
      expect(values).toEqual([1, 1, 4, 8, 2, 2]);
      expect(textOf(file, only(file, ebml, 0x4282))).toBe('webm');
    });

    it('counts time in milliseconds and names the app that wrote it', () => {
      const file = muxWebM(track, frames(1, 1));
      const info = only(file, children(file)[1]!, 0x1549a966);
      expect(uintOf(file, only(file, info, 0x2ad7b1))).toBe(1_000_000);
      expect(textOf(file, only(file, info, 0x4d80))).toBe('situation-map');
      expect(textOf(file, only(file, info, 0x5741))).toBe('situation-map');
    });

    it('describes one video track, number 1, without lacing, with its frame duration in ns and its size', () => {
      const file = muxWebM(track, frames(1, 1));
      const entry = only(file, only(file, children(file)[1]!, 0x1654ae6b), 0xae);
      expect(uintOf(file, only(file, entry, 0xd7))).toBe(1);
      expect(uintOf(file, only(file, entry, 0x73c5))).toBe(1);
      expect(uintOf(file, only(file, entry, 0x83))).toBe(1);
      const lacing = only(file, entry, 0x9c);
      expect(lacing.end - lacing.start).toBe(1);
      expect(uintOf(file, lacing)).toBe(0);
      expect(uintOf(file, only(file, entry, 0x23e383))).toBe(33_333_333);
      const video = only(file, entry, 0xe0);
      expect(uintOf(file, only(file, video, 0xb0))).toBe(1280);
      expect(uintOf(file, only(file, video, 0xba))).toBe(720);
    });

    it('writes each block for track 1 with its time from the cluster start, its key flag and its data', () => {
      const file = muxWebM(track, frames(90, 60));
      const clusters = child(file, children(file)[1]!, 0x1f43b675);
      expect(clusters.map((cluster) => uintOf(file, only(file, cluster, 0xe7)))).toEqual([0, 2000]);
      const second = child(file, clusters[1]!, 0xa3);
      const block = second[1]!; // frame 61: 2033 ms, 33 ms into the cluster, not a key frame
      expect(file[block.start]).toBe(0x81);
      expect(new DataView(file.buffer).getInt16(block.start + 1)).toBe(33);
      expect(file[block.start + 3]).toBe(0x00);
      expect([...file.subarray(block.start + 4, block.end)]).toEqual([61, 1, 2, 3]);
      expect(file[second[0]!.start + 3]).toBe(0x80);
    });

    it('starts a new cluster after 30 s without a key frame, so block times fit in 16 bits', () => {
      const file = muxWebM(track, frames(30 * 40, 100_000));
      const clusters = child(file, children(file)[1]!, 0x1f43b675);
      const starts = clusters.map((cluster) => uintOf(file, only(file, cluster, 0xe7)));
      expect(starts[0]).toBe(0);
      expect(starts[1]).toBeGreaterThan(30_000);
      expect(starts[1]).toBeLessThan(30_100);
    });

    it('keeps a key frame at the very time its cluster starts in that cluster', () => {
      const same = [0, 0].map((): EncodedFrame => ({ data: Uint8Array.of(1), timestampUs: 0, key: true }));
      const file = muxWebM(track, same);
      expect(child(file, children(file)[1]!, 0x1f43b675)).toHaveLength(1);
    });
  });
});
