/**
 * Matching names against the offline gazetteer: exact keys first, transliteration variants second, and a
 * resolution that picks one entry only when the rules say so (a country's own name, one place seen under several
 * sources, the only candidate in the countries the article names, the only capital among them). Anything else is
 * left ambiguous, with its candidates, for review: never guessed.
 */
import {
  derivedNames,
  looseKey,
  looseMatchable,
  MIN_LOOSE_KEY_LENGTH,
  MIN_SKELETON_LENGTH,
  nameKey,
  skeletonKey,
} from './names.ts';
import type { GazetteerEntry, GazetteerKind, GazetteerSource } from './types.ts';

/** An index over entries, by exact and by loose key. */
export interface Gazetteer {
  entries: GazetteerEntry[];
  exact: Map<string, GazetteerEntry[]>;
  loose: Map<string, GazetteerEntry[]>;
  /** By consonant skeleton (skeletonKey): suggestions for names not found, never matches. */
  skeleton: Map<string, GazetteerEntry[]>;
  /** Adjectives that name a country ("iraqi" → its ISO3), from demonyms.tsv: context, never places. */
  demonyms: ReadonlyMap<string, string>;
}

/** What a name resolves to. */
export type Resolution =
  | { status: 'resolved'; entry: GazetteerEntry; candidates: GazetteerEntry[] }
  | { status: 'ambiguous'; candidates: GazetteerEntry[] }
  /** Not found; the candidates, if any, are only similar spellings (similarNames), never a match. */
  | { status: 'unknown'; candidates: GazetteerEntry[] };

/** Candidates closer than this to each other are one place seen by several sources. */
const SAME_PLACE_KM = 30;

/** Which source wins when one place is in several: the stories' own (hand-checked) first. */
const SOURCE_PRIORITY = ['story', 'ne-places', 'ne-airports', 'ne-countries', 'ne-regions'];

/**
 * Parse the committed demonyms.tsv: one adjective and its country's ISO3 per line, `#` lines are comments.
 * @param text - the file's text
 * @throws Error on a line that is not a lower-case word and a three-letter code
 */
export function parseDemonyms(text: string): Map<string, string> {
  const demonyms = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\p{Ll}+)\t([A-Z]{3})$/u.exec(line);
    if (!match) throw new Error(`demonyms: not "adjective<TAB>ISO3": ${JSON.stringify(line)}`);
    demonyms.set(match[1]!, match[2]!);
  }
  return demonyms;
}

/**
 * Parse the committed places.tsv (see scripts/build-gazetteer.ts): `@source` lines name each layer's sources,
 * `@layer` lines start a layer, each other line is one place; `#` lines are comments.
 * @param text - the file's text
 * @throws Error on a row before any layer, or a layer without a source
 */
export function parseGazetteer(text: string): GazetteerEntry[] {
  const sources = new Map<string, GazetteerSource[]>();
  const entries: GazetteerEntry[] = [];
  let layer: { key: string; sources: GazetteerSource[] } | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells[0] === '@source') {
      const cited = { outlet: cells[2]!, title: cells[3]!, url: cells[4]! };
      sources.set(cells[1]!, [...(sources.get(cells[1]!) ?? []), cited]);
    } else if (cells[0] === '@layer') {
      const cited = sources.get(cells[1]!);
      if (!cited) throw new Error(`gazetteer layer ${cells[1]} has no @source`);
      layer = { key: cells[1]!, sources: cited };
    } else {
      if (!layer) throw new Error('gazetteer row before any @layer');
      const [name, alt, kind, lon, lat, country, population, radius, capital] = cells;
      entries.push({
        name: name!,
        alt: alt ? alt.split('|') : [],
        kind: kind as GazetteerKind,
        lon: Number(lon),
        lat: Number(lat),
        country: country ?? '',
        population: Number(population),
        radius_km: Number(radius),
        capital: capital === '1',
        sourceKey: layer.key,
        source: layer.sources[0]!,
        sources: layer.sources,
      });
    }
  }
  return entries;
}

function push(map: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/**
 * Index entries by every name they answer to.
 * @param entries - gazetteer entries (from the file, or a test's own)
 */
export function buildGazetteer(
  entries: readonly GazetteerEntry[],
  demonyms: ReadonlyMap<string, string> = new Map(),
): Gazetteer {
  const gazetteer: Gazetteer = {
    entries: [...entries],
    exact: new Map(),
    loose: new Map(),
    skeleton: new Map(),
    demonyms,
  };
  for (const entry of entries) {
    const names = [entry.name, ...entry.alt];
    const derived = names.flatMap((name) => derivedNames(name, entry.kind));
    for (const name of [...names, ...derived]) {
      push(gazetteer.exact, nameKey(name), entry);
      const loose = looseKey(name);
      if (loose.length >= MIN_LOOSE_KEY_LENGTH) push(gazetteer.loose, loose, entry);
    }
    for (const name of names) {
      const skeleton = skeletonKey(name);
      if (skeleton.length >= MIN_SKELETON_LENGTH) push(gazetteer.skeleton, skeleton, entry);
    }
  }
  return gazetteer;
}

/**
 * The entries a name may mean: those answering to its exact key, else to its loose key.
 * @param gazetteer - the index
 * @param name - a name as the article writes it
 */
export function lookup(gazetteer: Gazetteer, name: string): GazetteerEntry[] {
  const exact = gazetteer.exact.get(nameKey(name));
  if (exact) return exact;
  const loose = looseKey(name);
  if (loose.length < MIN_LOOSE_KEY_LENGTH || !looseMatchable(name)) return [];
  return gazetteer.loose.get(loose) ?? [];
}

/**
 * Entries whose names share the name's consonant skeleton: suggestions for review, at most ten.
 * @param gazetteer - the index
 * @param name - a name the gazetteer does not know
 */
export function similarNames(gazetteer: Gazetteer, name: string): GazetteerEntry[] {
  const skeleton = skeletonKey(name);
  if (skeleton.length < MIN_SKELETON_LENGTH || !looseMatchable(name)) return [];
  return (gazetteer.skeleton.get(skeleton) ?? []).slice(0, 10);
}

/**
 * Great-circle distance in km.
 * @param a - [lon, lat]
 * @param b - [lon, lat]
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function sourceRank(entry: GazetteerEntry): number {
  const rank = SOURCE_PRIORITY.indexOf(entry.sourceKey.split(':')[0]!);
  return rank === -1 ? SOURCE_PRIORITY.length : rank;
}

/** The preferred entry among several for one place: the best source, then the larger population. */
function preferred(entries: readonly GazetteerEntry[]): GazetteerEntry {
  return [...entries].sort((a, b) => sourceRank(a) - sourceRank(b) || b.population - a.population)[0]!;
}

/** True when every candidate lies within SAME_PLACE_KM of the first (one place, several sources). */
function onePlace(entries: readonly GazetteerEntry[]): boolean {
  const first = entries[0]!;
  return entries.every((e) => distanceKm([first.lon, first.lat], [e.lon, e.lat]) <= SAME_PLACE_KM);
}

/**
 * Resolve a name to one entry, or say why not.
 * @param gazetteer - the index
 * @param name - the name as the article writes it
 * @param countries - ISO3 codes of the countries the article names (for disambiguation)
 */
export function resolveName(gazetteer: Gazetteer, name: string, countries: ReadonlySet<string>): Resolution {
  const candidates = lookup(gazetteer, name);
  if (candidates.length === 0) return { status: 'unknown', candidates: [] };
  const resolved = (entry: GazetteerEntry): Resolution => ({ status: 'resolved', entry, candidates });
  // A country's own name means the country ("troops from Djibouti"), not its same-named capital.
  const key = nameKey(name);
  const countryNamed = candidates.filter(
    (e) => e.kind === 'country' && [e.name, ...e.alt].some((n) => nameKey(n) === key),
  );
  if (countryNamed.length === 1) return resolved(countryNamed[0]!);
  if (onePlace(candidates)) return resolved(preferred(candidates));
  const inNamed = candidates.filter((e) => countries.has(e.country));
  if (inNamed.length > 0 && onePlace(inNamed)) return resolved(preferred(inNamed));
  const capitals = (inNamed.length > 0 ? inNamed : candidates).filter((e) => e.capital);
  if (capitals.length === 1 && inNamed.length > 0) return resolved(capitals[0]!);
  return { status: 'ambiguous', candidates };
}
