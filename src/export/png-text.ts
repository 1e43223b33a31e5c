/**
 * Text inside a PNG file (title, alt text, source): iTXt chunks, which carry UTF-8, inserted after the header
 * chunk, so the words travel with the picture wherever it is posted or saved.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 every PNG chunk ends with (ISO 3309, as the PNG specification gives it). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword (Latin-1, 1–79 characters), no language tag, UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`not a PNG text keyword: ${keyword}`);
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const value = encoder.encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

/**
 * The PNG with text entries added after its IHDR chunk.
 * @throws for bytes that are not a PNG
 */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  // The signature (8 bytes) and IHDR (4 length + 4 type + 13 data + 4 CRC) always come first.
  const headerEnd = 8 + 25;
  const added = Object.entries(entries).map(([keyword, text]) => itxt(keyword, text));
  const out = new Uint8Array(png.length + added.reduce((sum, part) => sum + part.length, 0));
  out.set(png.subarray(0, headerEnd), 0);
  let offset = headerEnd;
  for (const part of added) {
    out.set(part, offset);
    offset += part.length;
  }
  out.set(png.subarray(headerEnd), offset);
  return out;
}

/** A PNG's width, height and iTXt/tEXt entries, read back (for tests and for checking a file). */
export function readPng(png: Uint8Array): { width: number; height: number; text: Record<string, string> } {
  if (SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const text: Record<string, string> = {};
  let offset = 8;
  let width = 0;
  let height = 0;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
    } else if (type === 'iTXt' || type === 'tEXt') {
      const keyEnd = data.indexOf(0);
      const key = decoder.decode(data.subarray(0, keyEnd));
      if (type === 'tEXt') text[key] = decoder.decode(data.subarray(keyEnd + 1));
      else {
        // Skip compression flag and method, then the language tag and the translated keyword (each \0-ended).
        const languageEnd = data.indexOf(0, keyEnd + 3);
        const translatedEnd = data.indexOf(0, languageEnd + 1);
        text[key] = decoder.decode(data.subarray(translatedEnd + 1));
      }
    }
    offset += 12 + length;
  }
  return { width, height, text };
}
