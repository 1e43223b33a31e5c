/**
 * A file's fingerprint: 64 bits as 16 hex digits, the same in the browser and in Node (the build). It tells a file
 * changed after the build from the one the build checked; it is not a defence against an attacker, who could change
 * the page's code as easily as its data. Two lanes of xxHash32's round over the bytes as little-endian 32-bit words
 * (every browser this app runs in is little-endian), the tail bytes and the length folded in.
 *
 * Not SHA-256 through Web Crypto, which it replaced: that ran on the page's one thread at about 200 MB/s here
 * (180 ms for a 50,000-event story, between the download and the first view) and exists only in secure contexts,
 * so a story served over plain http was always validated again. This reads 27 MB in about 15 ms.
 */
export function contentDigest(data: ArrayBuffer | Uint8Array): string {
  // A fresh, aligned copy only when the view is not aligned for 32-bit reads (Node's file buffers may not be).
  const bytes = data instanceof Uint8Array ? (data.byteOffset % 4 === 0 ? data : data.slice()) : new Uint8Array(data);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  let a = 0x9e3779b1 ^ bytes.byteLength;
  let b = 0x85ebca77 ^ bytes.byteLength;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    a = Math.imul(rotateLeft((a + Math.imul(word, 0x85ebca77)) | 0, 13), 0x9e3779b1);
    b = Math.imul(rotateLeft((b + Math.imul(word, 0xc2b2ae3d)) | 0, 17), 0x27d4eb2f);
  }
  for (let i = words.length * 4; i < bytes.byteLength; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x165667b1);
  }
  return hex32(a) + hex32(b);
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
