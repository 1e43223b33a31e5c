import { describe, expect, it } from 'vitest';
import { muxWebM, sizeVint } from '../../src/export/webm.ts';

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
