/**
 * gzip inflation for browsers without DecompressionStream, loaded when first needed. It stands in for fflate's
 * `decompressSync` in pmtiles (build/pmtiles-source-plugin.ts), whose only use of fflate is that fallback:
 * pmtiles calls it as the result of an async function, so a promise of the bytes does as well as the bytes.
 * @param data - gzip bytes
 * @returns the inflated bytes
 */
export async function decompressSync(data: Uint8Array): Promise<Uint8Array> {
  const { decompressSync: inflate } = await import('fflate');
  return inflate(data);
}
