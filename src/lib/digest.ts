/**
 * A file's SHA-256, as hex, through Web Crypto: the same function in the browser and in Node (the build), native
 * and fast enough for a 40 MB story file. Web Crypto exists only in secure contexts (https, localhost): elsewhere
 * the answer is undefined, and the caller does without.
 */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
