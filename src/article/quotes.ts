/**
 * Text helpers shared by quote checking and passage finding.
 */

/** Map curly quotes and primes to plain ASCII so a quote can be compared loosely. Length-preserving. */
export function normalizeQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
}
