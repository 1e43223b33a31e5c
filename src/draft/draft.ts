/**
 * The draft: article text + publication date + gazetteer → a story (events and places), every item marked
 * `review: "draft"` with the sentence it came from. Pure: no files, no clock; the CLI (scripts/draft.ts) does the rest.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { resolveDate } from './dates.ts';
import { isIsoDay } from './ranges.ts';
import { draftEvent, actorsOf, speakerTurns } from './events.ts';
import { resolveName, type Gazetteer } from './gazetteer.ts';
import { findPlaces, placesIn, type FoundPlace, type SpanHint } from './places.ts';
import { splitArticle, type ArticleParts, type Sentence } from './sentences.ts';
import type { DraftEvent, DraftPlace, DraftStory } from './types.ts';
import { countryOffset } from './zones.ts';

/** A problem with the input that the user can fix: the CLI prints its message as one line. */
export class DraftInputError extends Error {}

export { isIsoDay };

/** What the caller knows about the article beyond its text. */
export interface DraftOptions {
  /** YYYY-MM-DD; when absent, read from the header or the dateline. */
  published?: string;
  title?: string;
  outlet?: string;
}

/**
 * The publication date a header or dateline gives ("January 2, 2020", "Published 2 Jan 2020"), when it gives a
 * full one (day, month and year).
 * @param parts - the split article
 */
export function publicationDateFromHeader(parts: ArticleParts): string | undefined {
  for (const text of [parts.header, parts.dateline]) {
    for (const result of chrono.parse(text)) {
      const s = result.start;
      if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
        const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
        return `${s.get('year')}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
      }
    }
  }
  return undefined;
}

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}

/** What compromise reads as places, people and organisations, with their offsets in the article. */
function entities(text: string): {
  places: SpanHint[];
  people: SpanHint[];
  organisations: SpanHint[];
  actors: { start: number; text: string }[];
} {
  const doc = nlp(text);
  const spans = (view: { json: (o: object) => unknown }): NlpMatch[] =>
    view.json({ offset: true, terms: false }) as NlpMatch[];
  const span = (m: NlpMatch): SpanHint => ({ start: m.offset.start, end: m.offset.start + m.offset.length });
  return {
    places: spans(doc.places()).map(span),
    // Only names of two words or more: a lone "Washington" may be the city as well as the man.
    organisations: spans(doc.organizations()).map(span),
    people: spans(doc.people())
      .filter((m) => /\s/.test(m.text.trim()))
      .map(span),
    actors: [...spans(doc.people()), ...spans(doc.organizations())]
      // A bare title ("President") is not an actor; the titled-name rule in events.ts finds "President Smith".
      .filter((m) => /\s/.test(m.text.trim()))
      .map((m) => ({ start: m.offset.start, text: m.text.replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, '') })),
  };
}

/** "Local time" where a sentence happens: the one zone its places share, else the article's first country's. */
function localOffset(found: readonly FoundPlace[], sentence: Sentence, day: string, fallback: string | undefined) {
  const here = found.filter((f) => f.mentions.some((m) => m.sentence === sentence) && f.place.geometry);
  const offsets = new Set(here.map((f) => countryOffset(f.place.properties.country ?? '', day)));
  if (offsets.size === 1) {
    const only = [...offsets][0]!;
    if (only !== null) return only;
  }
  return fallback ? countryOffset(fallback, day) : null;
}

/** Group places into area files by country ("afg"), with those left for review in "review". */
function areas(found: readonly FoundPlace[]): Record<string, DraftPlace[]> {
  const files: Record<string, DraftPlace[]> = {};
  for (const { place } of found) {
    const file = place.geometry && place.properties.country ? place.properties.country.toLowerCase() : 'review';
    (files[file] ??= []).push(place);
  }
  return files;
}

/**
 * Draft a story from an article.
 * @param text - the article (article.txt)
 * @param gazetteer - the place index
 * @param options - publication date, title, outlet
 * @throws DraftInputError when the text has no sentences or no publication date can be found
 */
export function draftStory(text: string, gazetteer: Gazetteer, options: DraftOptions = {}): DraftStory {
  const parts = splitArticle(text);
  if (parts.sentences.length === 0) throw new DraftInputError('the article has no sentences');
  const published = options.published ?? publicationDateFromHeader(parts);
  if (!published) throw new DraftInputError('no publication date: pass --date YYYY-MM-DD (none in the header)');
  if (!isIsoDay(published)) throw new DraftInputError(`invalid publication date "${published}": use YYYY-MM-DD`);

  const found = entities(text);
  const places = findPlaces(text, parts.sentences, gazetteer, found.places, found.people, found.organisations);
  const counts = new Map<string, number>();
  for (const f of places) {
    const country = f.place.properties.country;
    if (f.place.geometry && country) counts.set(country, (counts.get(country) ?? 0) + f.mentions.length);
  }
  const mainCountry = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];

  // "19:20 Kabul time": the zone of the place the words name, read in the article's countries.
  const named = new Set(counts.keys());
  const placeOffset = (name: string, day: string): number | null => {
    const resolution = resolveName(gazetteer, name, named);
    return resolution.status === 'resolved' ? countryOffset(resolution.entry.country, day) : null;
  };
  const ids = new Set<string>();
  const events: DraftEvent[] = [];
  // The day a paragraph, or a speaker, was last given: a sentence that gives none continues it ("He also blamed
  // the rebels…" after "President Smith said on Tuesday…"; "“…,” Mr. Jones said." after "…, Jones said Thursday.").
  let paragraphDay: { paragraph: number; day: string } | undefined;
  const speakerDays = new Map<string, string>();
  const surname = (actor: string): string => actor.split(/\s+/).pop() ?? actor;
  let lastActor: { paragraph: number; name: string } | undefined;
  const turns = speakerTurns(text);
  for (const sentence of parts.sentences) {
    const offset = localOffset(places, sentence, published, mainCountry);
    let { date, expression } = resolveDate(sentence.text, published, offset, placeOffset);
    const here = places.filter((f) => f.mentions.some((m) => m.sentence === sentence));
    const actors = actorsOf(
      sentence.text,
      found.actors.filter((a) => a.start >= sentence.start && a.start < sentence.end).map((a) => a.text),
      here.flatMap((f) => f.mentions.filter((m) => m.sentence === sentence).map((m) => m.text)),
    );
    // "He also blamed the rebels…": a pronoun subject is the paragraph's last actor.
    if (
      actors.length === 0 &&
      /^(?:He|She|They)\b/.test(sentence.text) &&
      lastActor?.paragraph === sentence.paragraph
    ) {
      actors.push(lastActor.name);
    }
    // In a transcript, a sentence that names nobody is the current speaker's ("we will move forces…").
    const speaker = turns.filter((turn) => turn.start <= sentence.start).pop();
    if (actors.length === 0 && speaker) actors.push(speaker.name);
    if (expression === '') {
      const inherited =
        (paragraphDay?.paragraph === sentence.paragraph ? paragraphDay.day : undefined) ??
        actors.map((a) => speakerDays.get(surname(a))).find((day) => day !== undefined);
      if (inherited) {
        date = { precision: 'day', start: inherited, approximate: true };
        expression = 'inherited';
      }
    } else if (date.precision !== 'range') {
      paragraphDay = { paragraph: sentence.paragraph, day: date.start.slice(0, 10) };
      for (const actor of actors) speakerDays.set(surname(actor), date.start.slice(0, 10));
    }
    const event = draftEvent(
      {
        sentence: sentence.text,
        date,
        dated: expression !== '',
        places: placesIn(places, sentence),
        placeNames: here.map((f) => f.place.properties.name),
        actors,
      },
      ids,
    );
    if (actors[0]) lastActor = { paragraph: sentence.paragraph, name: actors[0] };
    if (event) {
      events.push(event);
      // A drafted event sets the day for the rest of its paragraph ("The roughly 700 soldiers are part of …").
      if (event.date.precision !== 'range')
        paragraphDay = { paragraph: sentence.paragraph, day: date.start.slice(0, 10) };
    }
  }
  events.sort((a, b) => a.date.start.slice(0, 10).localeCompare(b.date.start.slice(0, 10)));
  return {
    article: {
      title: options.title ?? (parts.title || 'Untitled article'),
      published,
      outlet: options.outlet ?? 'Unknown outlet',
    },
    events,
    areas: areas(places),
  };
}
