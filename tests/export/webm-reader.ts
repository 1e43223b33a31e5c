/**
 * Reading back what the WebM writer wrote, for its tests: EBML elements (id with marker bits, size, payload) and a
 * few frames and a track to write.
 */
import type { EncodedFrame } from '../../src/export/webm.ts';

/** Walk EBML elements: id (with marker bits), size, and where the payload is. */
export function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[offset]!;
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[offset + i]!;
  return { value, length };
}
export function children(bytes: Uint8Array, start = 0, end = bytes.length) {
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
export const child = (bytes: Uint8Array, parent: { start: number; end: number }, id: number) =>
  children(bytes, parent.start, parent.end).filter((element) => element.id === id);

export const frames = (count: number, keyEvery: number): EncodedFrame[] =>
  Array.from({ length: count }, (_, i) => ({
    data: Uint8Array.of(i % 256, 1, 2, 3),
    timestampUs: Math.round((i * 1e6) / 30),
    key: i % keyEvery === 0,
  }));
export const track = { codec: 'V_VP9' as const, width: 1280, height: 720, frameDurationUs: 1e6 / 30 };

/** The CodecID of a file's track (Segment › Tracks › TrackEntry › CodecID): "V_VP9" or "V_VP8". */
export function codecIdOf(file: Uint8Array): string {
  const segment = children(file).find((element) => element.id === 0x18538067)!;
  const tracks = child(file, segment, 0x1654ae6b)[0]!;
  const entry = child(file, tracks, 0xae)[0]!;
  const codec = child(file, entry, 0x86)[0]!;
  return new TextDecoder().decode(file.subarray(codec.start, codec.end));
}
