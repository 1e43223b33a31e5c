/**
 * Places an article names: gazetteer names found in its sentences (longest first), plus names that only look like
 * places (a capitalised phrase after "in", "near", "at", …, or with "Fort", "Camp", "Air Base" in it) which the
 * gazetteer does not know. Each is resolved (gazetteer.ts) with the countries the article names, or left for review
 * with geometry null and its candidates.
 */
import { lookup, resolveName, similarNames, type Gazetteer, type Resolution } from './gazetteer.ts';
import { slugify, uniqueId } from './names.ts';
import type { Sentence } from './sentences.ts';
import type { Candidate, DraftPlace, GazetteerEntry, PlaceKind } from './types.ts';

/** A place name as it stands in the article. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: Sentence;
}

/** A span another tool (compromise) reads as a place, to be checked against the gazetteer. */
export interface SpanHint {
  start: number;
  end: number;
}

/** The mentions of the article, grouped into places, with the resolution of each. */
export interface FoundPlace {
  place: DraftPlace;
  mentions: Mention[];
  resolution: Resolution;
}

/** Longest name tried, in words. */
const MAX_WORDS = 6;
/** Capitalised words that are never a place on their own: calendar words, titles, pronouns, sentence openers. */
const NOT_PLACES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december the a an he she it they we i you his her their this that these those ' +
    'mr mrs ms dr president general secretary minister senator governor officials official additionally while ' +
    'if when after before on in at of to for from by with as but and or so'
  ).split(' '),
);
/**
 * The countries an article names by adjective.
 * @param text - the article
 * @param demonyms - adjective (lower case) → ISO3, from the gazetteer's demonyms.tsv
 */
export function demonymCountries(text: string, demonyms: ReadonlyMap<string, string>): Set<string> {
  const countries = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const word = m[0].toLowerCase();
    const country = demonyms.get(word) ?? demonyms.get(word.replace(/s$/, ''));
    if (country) countries.add(country);
  }
  return countries;
}

const CONNECTORS = new Set(['of', 'al', 'el', 'de', 'du', 'la', 'bin', 'ibn', 'and']);
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;
/** A phrase that names a place by its kind, whatever the gazetteer knows. */
const PLACE_WORD =
  /\b(?:Fort|Camp|Base|Air Base|Airport|Airfield|Province|Governorate|District|County|Mount|Lake|River)\b/;
const LOCATIVE =
  /\b(?:(?:in|near|at|from|to|outside|into|across|around|toward|towards)(?:\s+the)?|(?:city|town|village|port|province|region|district|capital|outskirts|suburbs?)\s+of)\s+$/;
/** A run of capitalised words, with the Arabic article joined to a word ("al-Mukha"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s(?:of\s)?(?:(?:al|el|an|ar|as|ash|ad|az)-)?\p{Lu}[\p{L}'’-]*)*/gu;
/** "the Gulf of Aden" is not Aden: a name after these words is part of another place's name. */
const PART_OF = /\b(?:Gulf|Bay|Strait|Straits|Sea|Lake|Cape|Isle|Isles)\s+of\s+$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(sentence: Sentence): Token[] {
  const list: Token[] = [];
  for (const m of sentence.text.matchAll(WORD)) {
    let text = m[0];
    // A final full stop belongs to the word only in dotted abbreviations ("U.S.", "N.C.").
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    const start = sentence.start + m.index;
    list.push({ text, start, end: start + text.length });
  }
  return list;
}

const capitalised = (t: string): boolean => /^\p{Lu}/u.test(t) || /^(?:al|el|an|ar|as|ash|ad|az)-\p{Lu}/u.test(t);

/**
 * Gazetteer names in a sentence: runs of capitalised words, tried longest first from each word.
 * @param text - the article
 * @param sentence - one sentence
 * @param gazetteer - the index
 */
function gazetteerMentions(text: string, sentence: Sentence, gazetteer: Gazetteer): Mention[] {
  const list = tokens(sentence);
  const mentions: Mention[] = [];
  for (let i = 0; i < list.length;) {
    const first = list[i]!;
    // "The" opens a run but is no part of the name: "the Hague" and "The Hague" are one name.
    if (
      first.text.toLowerCase() === 'the' ||
      !capitalised(first.text) ||
      (NOT_PLACES.has(first.text.toLowerCase()) && !capitalised(list[i + 1]?.text ?? ''))
    ) {
      i++;
      continue;
    }
    let run = i + 1;
    while (run < list.length && run - i < MAX_WORDS) {
      const t = list[run]!.text;
      if (!capitalised(t) && !(CONNECTORS.has(t.toLowerCase()) && capitalised(list[run + 1]?.text ?? ''))) break;
      run++;
    }
    let matched = 0;
    for (let j = run; j > i && matched === 0; j--) {
      const last = list[j - 1]!;
      if (CONNECTORS.has(last.text.toLowerCase())) continue;
      const name = text.slice(first.start, last.end);
      if (j - i === 1 && NOT_PLACES.has(name.toLowerCase())) continue;
      if (lookup(gazetteer, name).length > 0 && !PART_OF.test(text.slice(sentence.start, first.start))) {
        mentions.push({ text: name, start: first.start, end: last.end, sentence });
        matched = j - i;
      }
    }
    i += Math.max(1, matched);
  }
  return mentions;
}

/**
 * The names a story's own places are mentioned under (their `article_names`, which may have lower-case words:
 * "Port of Mombasa", "old port"), found as written: case-sensitive, whole words.
 */
function storyMentions(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const entry of gazetteer.entries) {
    if (!entry.sourceKey.startsWith('story:')) continue;
    for (const name of [entry.name, ...entry.alt]) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const m of text.matchAll(pattern)) {
        const sentence = sentences.find((s) => m.index >= s.start && m.index + name.length <= s.end);
        if (sentence) mentions.push({ text: name, start: m.index, end: m.index + name.length, sentence });
      }
    }
  }
  return mentions;
}

/** Capitalised names right after "in", "near", "at the", "the town of"…: places by their position in the sentence. */
function locativeHints(sentences: readonly Sentence[]): SpanHint[] {
  const hints: SpanHint[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(NAME_RUN)) {
      if (!LOCATIVE.test(sentence.text.slice(0, m.index))) continue;
      hints.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  return hints;
}

/**
 * Names that look like places (a place word in them, or a locative before them) and that another tool read as
 * places or that stand after a locative: those the gazetteer does not know are left for review.
 */
function hintedMentions(
  text: string,
  sentences: readonly Sentence[],
  hints: readonly SpanHint[],
  notPlaces: readonly SpanHint[],
  demonyms: ReadonlyMap<string, string>,
): Mention[] {
  const mentions: Mention[] = [];
  // A hint with lower-case words in it ("Red Sea town of Mokha") is taken run by run ("Red Sea", "Mokha").
  const runs = hints.flatMap((hint) =>
    [...text.slice(hint.start, hint.end).matchAll(NAME_RUN)].map((m) => ({
      start: hint.start + m.index,
      end: hint.start + m.index + m[0].length,
    })),
  );
  for (const hint of runs) {
    if (notPlaces.some((n) => overlaps(n, hint))) continue;
    const sentence = sentences.find((s) => hint.start >= s.start && hint.end <= s.end);
    if (!sentence) continue;
    const raw = text.slice(hint.start, hint.end);
    // "Europe's security": the place is Europe.
    const name = raw
      .replace(/^(?:the\s+)/i, '')
      .replace(/[\s,.;:’'"”)]+$/u, '')
      .replace(/['’]s$/u, '');
    const start = hint.start + raw.indexOf(name);
    const firstWord = name.split(/\s/)[0]!.toLowerCase().replace(/\.$/, '');
    if (!/^\p{Lu}/u.test(name) || NOT_PLACES.has(firstWord)) continue;
    if (!/\s/.test(name) && demonymCountries(name, demonyms).size > 0) continue; // "Kenyan", "Saudi-led"
    if (!PLACE_WORD.test(name) && !LOCATIVE.test(text.slice(sentence.start, start))) continue;
    mentions.push({ text: name, start, end: start + name.length, sentence });
  }
  return mentions;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function kindOf(entry: GazetteerEntry): PlaceKind {
  return entry.kind === 'country' ? 'region' : entry.kind;
}

function guessKind(name: string): PlaceKind {
  if (/Air Base/i.test(name)) return 'air-base';
  if (/Airport|Airfield/i.test(name)) return 'airfield';
  if (/\b(?:Fort|Camp|Base)\b/.test(name)) return 'army-base';
  return 'town';
}

function candidate(entry: GazetteerEntry): Candidate {
  return { name: entry.name, country: entry.country, lon: entry.lon, lat: entry.lat, source: entry.source.title };
}

/**
 * Find, resolve and group the places an article names.
 * @param text - the article
 * @param sentences - its sentences (sentences.ts)
 * @param gazetteer - the index
 * @param hints - spans another tool reads as places (optional)
 * @param people - spans another tool reads as people's names: no place is found inside one ("Victoria Nuland")
 * @param organisations - spans another tool reads as organisations: never a place left for review ("United Nations")
 */
export function findPlaces(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  hints: readonly SpanHint[] = [],
  people: readonly SpanHint[] = [],
  organisations: readonly SpanHint[] = [],
): FoundPlace[] {
  // The story's own names first; the longer of two overlapping mentions wins.
  const mentions: Mention[] = [];
  const candidates = [
    ...storyMentions(text, sentences, gazetteer),
    ...sentences.flatMap((s) => gazetteerMentions(text, s, gazetteer)),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of candidates) {
    if (people.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    if (!mentions.some((kept) => overlaps(kept, m))) mentions.push(m);
  }
  const allHints = [...hints, ...locativeHints(sentences)];
  for (const hinted of hintedMentions(text, sentences, allHints, [...people, ...organisations], gazetteer.demonyms)) {
    if (!mentions.some((m) => overlaps(m, hinted))) mentions.push(hinted);
  }
  mentions.sort((a, b) => a.start - b.start);
  // The countries the article names (by name or adjective), then those of the places it names unambiguously: the
  // context for the rest.
  const countries = demonymCountries(text, gazetteer.demonyms);
  const resolveAll = (): Resolution[] => mentions.map((m) => resolveName(gazetteer, m.text, countries));
  for (const r of resolveAll())
    if (r.status === 'resolved' && r.entry.kind === 'country') countries.add(r.entry.country);
  for (const r of resolveAll()) if (r.status === 'resolved') countries.add(r.entry.country);
  const resolutions = resolveAll().map((r, i): Resolution => {
    if (r.status !== 'unknown') return r;
    // Not under this spelling: spellings that differ only in vowels ("Hodeidah" / "Al Hudaydah") in the countries
    // the article names are offered as candidates; the name stays unresolved.
    const similar = similarNames(gazetteer, mentions[i]!.text).filter((e) => countries.has(e.country));
    return { status: 'unknown', candidates: similar };
  });

  const groups = new Map<string, FoundPlace>();
  const ids = new Set<string>();
  mentions.forEach((mention, index) => {
    const resolution = resolutions[index]!;
    const key =
      resolution.status === 'resolved'
        ? `entry:${gazetteer.entries.indexOf(resolution.entry)}`
        : `name:${mention.text}`;
    const group = groups.get(key);
    if (group) {
      group.mentions.push(mention);
      if (!group.place.properties.article_names.includes(mention.text))
        group.place.properties.article_names.push(mention.text);
      return;
    }
    groups.set(key, { place: draftPlace(mention, resolution, ids), mentions: [mention], resolution });
  });
  return [...groups.values()];
}

function draftPlace(mention: Mention, resolution: Resolution, ids: Set<string>): DraftPlace {
  const common = { precision: 'approximate' as const, review: 'draft' as const, from_sentence: mention.sentence.text };
  if (resolution.status === 'resolved') {
    const { entry } = resolution;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] },
      properties: {
        id: uniqueId(slugify(entry.name, 'place'), ids),
        name: entry.name,
        kind: kindOf(entry),
        country: entry.country,
        description: `Named in the article as “${mention.text}”; position from ${entry.source.outlet} (${entry.source.title}).`,
        ...common,
        radius_km: entry.radius_km,
        article_names: [mention.text],
        sources: entry.sources.map((source) => ({ ...source })),
      },
    };
  }
  const candidates = resolution.candidates.slice(0, 10).map(candidate);
  // An ambiguous name's candidates may agree on the country; a similar spelling says nothing sure about it.
  const countries = new Set(resolution.status === 'ambiguous' ? candidates.map((c) => c.country) : []);
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      id: uniqueId(slugify(mention.text, 'place'), ids),
      name: mention.text,
      kind: guessKind(mention.text),
      country: countries.size === 1 ? [...countries][0]! : null,
      description:
        resolution.status === 'ambiguous'
          ? `Named in the article as “${mention.text}”, which matches ${candidates.length} places: choose one.`
          : candidates.length > 0
            ? `Named in the article as “${mention.text}”, which the gazetteer does not know under this spelling; similar: ${candidates
                .slice(0, 3)
                .map((c) => `${c.name} (${c.country})`)
                .join(', ')}.`
            : `Named in the article as “${mention.text}”, which the gazetteer does not know: locate it.`,
      ...common,
      article_names: [mention.text],
      sources: [],
      candidates,
    },
  };
}

/**
 * Place ids mentioned in a sentence.
 * @param found - the article's places
 * @param sentence - one sentence
 */
export function placesIn(found: readonly FoundPlace[], sentence: Sentence): string[] {
  return found.filter((f) => f.mentions.some((m) => m.sentence === sentence)).map((f) => f.place.properties.id);
}
