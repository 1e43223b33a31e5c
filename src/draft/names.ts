/**
 * Place-name keys: one spelling-insensitive key per name, and a looser one that folds the usual transliteration
 * variants of Arabic and Persian names (al-Mukalla / Al Mukalla, Hodeidah / Al Hudaydah, Mokha / al-Mukha).
 */

/** The Arabic article in its assimilated spellings (al-, an-, ash-, …), as a leading word of a name. */
const ARTICLE = /^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az|ul)\s+/;

/**
 * The exact key: case, accents, apostrophes and punctuation dropped, "the" at the start dropped.
 * @param name - a name as written
 * @returns lowercase words separated by single spaces ("" for a name with no letters)
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/**
 * The loose key, for transliteration variants: the article and spaces dropped, and spellings that one
 * transliteration writes one way and another another folded together (q/k, ou/oo/u, ee/i, y/i, doubled letters,
 * Abu/Albu/Bu). Lossy on purpose: a match on this key alone is a candidate, never a certainty for short names.
 * @param name - a name as written
 */
export function looseKey(name: string): string {
  let key = nameKey(name)
    .replace(/^al\s*bu\s*/, 'abu ')
    .replace(ARTICLE, '');
  key = key.replace(/\s+/g, '');
  key = key
    .replace(/^abu/, 'bu')
    .replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/dh|th/g, 'd')
    .replace(/kh/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(\p{L})\1+/gu, '$1');
  return key;
}

/** A loose key shorter than this matches too much (al-Mukha's "mukha" is fine; "Qom"'s "kom" would be a guess). */
export const MIN_LOOSE_KEY_LENGTH = 4;

/**
 * The consonant skeleton: the loose key without vowels (and a final h), where transliterations differ most
 * ("Hodeidah" and "Al Hudaydah" are both "hdd"). Only for suggesting candidates, never for matching.
 * @param name - a name as written
 */
export function skeletonKey(name: string): string {
  return looseKey(name)
    .replace(/[aeiouy]/g, '')
    .replace(/h$/, '');
}

/** A skeleton shorter than this suggests too much. */
export const MIN_SKELETON_LENGTH = 3;

/**
 * May a name be matched on its loose key? Not when it has a one-letter word: "Mark A." must not become Marka.
 * @param name - a name as written
 */
export function looseMatchable(name: string): boolean {
  return !nameKey(name)
    .split(' ')
    .some((word) => word.length === 1);
}

/**
 * The names a gazetteer entry should answer to besides its own: the part before a comma ("Washington, D.C." →
 * "Washington"); for an airport, its name with "Airport", "International Airport" or "Air Base" ("Jomo Kenyatta Int'l" →
 * "Jomo Kenyatta International Airport"), never its bare city name, which is the city's.
 * @param name - the entry's name or one of its alternates
 * @param kind - the entry's kind
 */
export function derivedNames(name: string, kind = ''): string[] {
  const names: string[] = [];
  const comma = name.indexOf(',');
  if (comma > 0) names.push(name.slice(0, comma).trim());
  if (kind === 'airfield' || kind === 'air-base') {
    const base = name.replace(/\s+(?:Int'l|International|Airport|Air Base|AB)$/i, '').trim();
    names.push(`${base} Airport`, `${base} International Airport`, `${base} International`);
    if (kind === 'air-base') names.push(`${base} Air Base`);
  }
  return names.filter((n) => n !== name);
}

/**
 * A URL- and link-safe slug (the story schema's id pattern).
 * @param text - any text
 * @param fallback - used when the text has no letters or digits
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = nameKey(text).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/**
 * Make an id unique among those already taken by appending -2, -3, …; records the result as taken.
 * @param base - the wanted id
 * @param taken - ids already used; the new id is added
 */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
