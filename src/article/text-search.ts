/**
 * Finding many long needles (quotes) in one long text, fast. `String.prototype.indexOf` scans the text for each
 * needle: 10,000 quotes in a 850,000-character article took a second that way, in Node and in the page.
 *
 * Sampled k-gram index: the text's `gram`-character substrings at every `stride`-th position, by content. An
 * occurrence of a needle at least `stride + gram - 1` long covers exactly one sampled position p in [a, a + stride),
 * and the needle's substring at offset p - a is that position's key; so looking up the needle's first `stride`
 * substrings finds every occurrence, each once, and a candidate is confirmed with `startsWith`. Shorter needles
 * (and short texts) fall back to `indexOf`. Results are exactly `indexOf`'s, in the same order.
 *
 * The index keys substrings by a number computed from their character codes, not by the substrings themselves:
 * slicing 100,000 keys out of the article and hashing them as strings in a Map cost more than all the lookups.
 * Positions are stored in typed arrays, grouped by hash bucket (one array of starts, one of positions). Substrings
 * that share a bucket without being equal only add candidates, and every candidate is confirmed anyway.
 */

export interface TextSearchOptions {
  /** Length of an indexed substring. */
  gram: number;
  /** Distance between indexed positions. */
  stride: number;
  /** Texts shorter than this are searched with indexOf alone: building an index would cost more than it saves. */
  minTextLength: number;
}

const DEFAULTS: TextSearchOptions = { gram: 12, stride: 8, minTextLength: 4096 };

export interface TextSearch {
  /** Every start of `needle` in the text, ascending; occurrences may overlap. None for an empty needle. */
  all(needle: string): number[];
  /** Whether the text contains `needle` (an empty needle is contained, as with `includes`). */
  includes(needle: string): boolean;
}

/** The sampled positions, grouped by bucket: bucket b's positions are `positions[starts[b]…starts[b + 1])`, ascending. */
interface GramIndex {
  starts: Uint32Array;
  positions: Uint32Array;
  /** How far to shift a mixed hash right to get its bucket: 32 - log2(bucket count). */
  shift: number;
}

/** A multiplier with well-spread bits (2^32 / golden ratio), to mix a substring's hash before taking its top bits. */
const MIX = 0x9e3779b1;

/** A 32-bit hash of `length` character codes of `text` from `from`: equal substrings always hash alike. */
function gramHash(text: string, from: number, length: number): number {
  let hash = 0;
  for (let i = from; i < from + length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function bucketOf(hash: number, shift: number): number {
  return Math.imul(hash, MIX) >>> shift;
}

function buildIndex(text: string, gram: number, stride: number): GramIndex {
  const count = text.length >= gram ? Math.floor((text.length - gram) / stride) + 1 : 0;
  // About two buckets per position: few unequal substrings share a bucket, and the table stays small.
  let bits = 1;
  while (bits < 31 && 1 << bits < count * 2) bits++;
  const shift = 32 - bits;
  const bucketCount = 1 << bits;
  const buckets = new Uint32Array(count);
  const starts = new Uint32Array(bucketCount + 1);
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf(gramHash(text, i * stride, gram), shift);
    buckets[i] = bucket;
    starts[bucket + 1]!++;
  }
  for (let b = 0; b < bucketCount; b++) starts[b + 1]! += starts[b]!;
  // Filled in text order, so each bucket's positions ascend.
  const next = starts.slice(0, bucketCount);
  const positions = new Uint32Array(count);
  for (let i = 0; i < count; i++) positions[next[buckets[i]!]!++] = i * stride;
  return { starts, positions, shift };
}

/**
 * An index over `text` for repeated searches.
 * @param text - the text to search (never changed)
 * @param options - the index's shape; the defaults suit articles and quotes
 */
export function textSearch(text: string, options: Partial<TextSearchOptions> = {}): TextSearch {
  const { gram, stride, minTextLength } = { ...DEFAULTS, ...options };
  let index: GramIndex | undefined;
  const indexed = () => (index ??= buildIndex(text, gram, stride));
  const scan = (needle: string): number[] => {
    const starts: number[] = [];
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
    return starts;
  };
  const usesIndex = (needle: string) => text.length >= minTextLength && needle.length >= stride + gram - 1;
  /**
   * Calls `found` with each start of `needle` found through the index, until it returns true.
   * @returns whether `found` returned true
   */
  const eachIndexed = (needle: string, found: (at: number) => boolean): boolean => {
    const { starts, positions, shift } = indexed();
    for (let offset = 0; offset < stride; offset++) {
      const bucket = bucketOf(gramHash(needle, offset, gram), shift);
      for (let k = starts[bucket]!; k < starts[bucket + 1]!; k++) {
        const at = positions[k]! - offset;
        if (at >= 0 && text.startsWith(needle, at) && found(at)) return true;
      }
    }
    return false;
  };
  const all = (needle: string): number[] => {
    if (needle === '') return [];
    if (!usesIndex(needle)) return scan(needle);
    const found: number[] = [];
    eachIndexed(needle, (at) => {
      found.push(at);
      return false;
    });
    return found.sort((a, b) => a - b);
  };
  const includes = (needle: string): boolean => {
    if (needle === '') return true;
    if (!usesIndex(needle)) return text.includes(needle);
    // The first occurrence found is enough: no need to collect and sort them all.
    return eachIndexed(needle, () => true);
  };
  return { all, includes };
}
