import { describe, expect, it } from 'vitest';
import { muxWebM, sizeVint, type EncodedFrame } from '../../src/core/webm.ts';

/** Walk EBML elements: id (with marker bits), size, and where the payload is. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[offset]!;
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[offset + i]!;
  return { value, length };
}
function children(bytes: Uint8Array, start = 0, end = bytes.length) {
  const out: { id: number; start: number; end: number }[] = [];
  for (let offset = start; offset < end;) {
    const id = readVint(bytes, offset, true);
    const size = readVint(bytes, offset + id.length, false);
    const payload = offset + id.length + size.length;
    out.push({ id: id.value, start: payload, end: payload + size.value });
    offset = payload + size.value;
  }
  return out;
}
const child = (bytes: Uint8Array, parent: { start: number; end: number }, id: number) =>
  children(bytes, parent.start, parent.end).filter((element) => element.id === id);

const frames = (count: number, keyEvery: number): EncodedFrame[] =>
  Array.from({ length: count }, (_, i) => ({
    data: Uint8Array.of(i % 256, 1, 2, 3),
    timestampUs: Math.round((i * 1e6) / 30),
    key: i % keyEvery === 0,
  }));
const track = { codec: 'V_VP9' as const, width: 1280, height: 720, frameDurationUs: 1e6 / 30 };

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
    const file = muxWebM({ ...track, codec: 'V_VP8' }, frames(1, 60));
    expect(new TextDecoder().decode(file)).toContain('V_VP8');
  });

  it('refuses to write no frames', () => {
    expect(() => muxWebM(track, [])).toThrow('no frames');
  });

  it('refuses a file no player could start: first frame not a key frame', () => {
    expect(() => muxWebM(track, [{ data: Uint8Array.of(1), timestampUs: 0, key: false }])).toThrow('key frame');
  });
});
