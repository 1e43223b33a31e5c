/**
 * Events: one per sentence that reports an action (attack, strike, deployment, protest, statement…) and gives a
 * date or a place, with its kind, actors, places and the sentence itself as the verbatim quote.
 */
import type { DraftDate } from './dates.ts';
import { slugify, uniqueId } from './names.ts';
import type { DraftEvent, EventKind } from './types.ts';

/**
 * Words that report each kind of action. An action (strike, attack, deployment, protest) beats a statement, so
 * "ordered a battalion … to the border, according to officials" is a deployment; among actions, the one reported last
 * is the sentence's news ("the airstrikes set off … the rebels attacking the port" is the attack). The weak
 * nouns at the end count only when no action or statement verb does, or when the statement is only the
 * attribution ("The attack came at dawn, residents said.").
 */
const KIND_WORDS: [EventKind, RegExp][] = [
  ['strike', /\b(?:air ?strikes?|bomb(?:ed|ing|s)|struck|shell(?:ed|ing)|drone strikes?|retaliat(?:ed|ion))\b/i],
  [
    'attack',
    /\b(?:attack(?:ed|ing)|stormed|storming|ambush(?:ed)?|killed|kills|fired|rockets? (?:hit|landed|attacks?)|overran|set fire|explosions?|suicide)\b/i,
  ],
  [
    'deployment',
    /\b(?:deploy(?:ed|ing|ment|s)?|dispatch(?:ed|es|ing)?|sent|sending|ordered (?:a |an |the )?(?:\w+ )?(?:battalion|brigade|troops|forces|soldiers|sailors|units?)|troops? (?:arrived|landed)|(?:move|moving|moved) (?:\w+ ){0,2}(?:forces|troops|soldiers|units?|headquarters)|reposition\w*|relocat\w+|reinforc\w+|evacuat\w+|withdr[ae]w\w*)\b/i,
  ],
  ['protest', /\b(?:protest(?:ed|ing|s|ers)?|demonstrat(?:ed|ing|ions?|ors)|rall(?:y|ied|ies)|march(?:ed|ers))\b/i],
  [
    'statement',
    /\b(?:said|says|told|warned|announced|declared|blamed|accused|denied|vowed|threatened|tweeted|according to|emphasi[sz]ed|statement|spoke|speaking|met with|talked|urged|pledged|condemned|insisted|confirmed|claimed|acknowledged)\b/i,
  ],
  ['attack', /\b(?:attacks?|assault|raid)\b/i],
  ['strike', /\bstrikes?\b/i],
];

/**
 * Verbs in the future or conditional: the sentence announces, it does not report the action itself. Lower case
 * only, so "May" the month is no "may".
 */
const INTENT = /\b(?:will|would|could|may|might|plans? to|is prepared to|threaten(?:s|ed)? to)\b/;

/** Titles that introduce a person's name ("President Smith", "Defense Secretary Mary J. Jones"). */
const TITLED =
  /\b(?:(?:Defense |State |Prime |Foreign )?(?:President|Secretary|Minister|General|Gen\.|Adm\.|Col\.|Lt\.|Mr\.|Ms\.|Mrs\.|Dr\.|Ayatollah|Sheikh|Senator|Sen\.|Rep\.|Gov\.))\s+((?:\p{Lu}[\p{L}’'-]*\.?\s?){1,4})/gu;

/** A group named by who they are: "Iranian-supported militias", "Kenyan security forces", "American military". */
const GROUP =
  /(?<!\p{Lu}[\p{L}.’'-]*\s)((?:\p{Lu}[\p{L}.]*(?:-\p{Ll}+)?\s)+(?:(?:security|armed|paramilitary|military|government|allied|local|special|defense)\s)?(?:militias?|forces|military|government|officials?|troops|protesters|fighters|soldiers|paratroopers|command|militants|police))\b/gu;
/** Two or more capitalised words in a row, not at the start of the sentence: "Popular Front", "White House". */
const PROPER = /(?<=\S\s)((?:\p{Lu}[\p{L}’'-]+)(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}’'-]+)+)/gu;
/** The sentence's subject when it is a proper name after "The": "The Ministry ordered …". */
const SUBJECT = /^(?:The\s)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)\s(?:has|have|had|was|were|is|are|\p{Ll}+ed)\b/u;

/**
 * The kind of action a sentence reports, or undefined when it reports none.
 * @param sentence - one sentence
 */
export function eventKind(sentence: string): EventKind | undefined {
  // Words inside quotation marks are what someone said, not what the sentence reports.
  const reported = sentence.replace(/[“"][^”"]*[”"]/g, ' ');
  // ", residents said." / ", according to two officials.": the attribution, not the news.
  const attribution = /,\s+[^,]*\b(?:said|says|told reporters|reported|according to)\b[^,]*$/.exec(reported);
  const news = attribution ? reported.slice(0, attribution.index) : reported;
  const last = (words: RegExp): number =>
    Math.max(-1, ...[...news.matchAll(new RegExp(words.source, 'gi'))].map((m) => m.index));
  const strong = KIND_WORDS.slice(0, 4)
    .map(([kind, words]) => ({ kind, at: last(words) }))
    .filter((k) => k.at >= 0)
    .sort((a, b) => b.at - a.at);
  const said = KIND_WORDS[4]![1].test(reported);
  const weak = KIND_WORDS.slice(5).find(([, words]) => words.test(news))?.[0];
  // "X will strike …, Y said": an announced action is a statement when someone is reported saying it.
  if (said && INTENT.test(news)) return 'statement';
  if (strong[0]) return strong[0].kind;
  // "The attack came at dawn, residents said.": the attributed sentence reports the attack.
  if (attribution) return weak ?? 'statement';
  return said ? 'statement' : weak;
}

/**
 * People and organisations a sentence names: titled names, groups ("Kenyan security forces"), runs of capitalised
 * words ("Popular Front"), a proper-noun subject ("The Ministry ordered"), and those another tool (compromise)
 * found. Place names are not actors here: they are the event's places.
 * @param sentence - one sentence
 * @param found - names found by another tool in this sentence
 * @param places - the place names this sentence mentions, as written
 */
export function actorsOf(sentence: string, found: readonly string[] = [], places: readonly string[] = []): string[] {
  const actors: string[] = [];
  const add = (name: string): void => {
    const clean = name
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[\s,.;:’'"”]+$/u, '')
      .replace(/’s$/, '')
      .trim();
    if (clean.length < 3) return;
    if (actors.some((a) => a.includes(clean))) return;
    for (let i = actors.length - 1; i >= 0; i--) if (clean.includes(actors[i]!)) actors.splice(i, 1);
    actors.push(clean);
  };
  for (const m of sentence.matchAll(TITLED)) add(m[0]);
  for (const name of found) add(name);
  for (const m of sentence.matchAll(GROUP)) add(m[1]!);
  for (const m of sentence.matchAll(PROPER)) {
    if (places.some((place) => m[1]!.includes(place) || place.includes(m[1]!))) continue;
    // "Middle East", "Persian Gulf": geography the gazetteer may not hold is still no actor.
    if (/\b(?:East|West|North|South|Gulf|Sea|Ocean|River|Mountains?|Valley|Desert)\b/.test(m[1]!)) continue;
    add(m[1]!);
  }
  const subject = SUBJECT.exec(sentence)?.[1];
  if (subject && actors.length === 0) add(subject);
  return actors.filter((actor) => !places.includes(actor) && !/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(actor));
}

/** "PRESS SECRETARY JOHN F. KIRBY:" opening a line: who speaks from there on, in a transcript. */
const SPEAKER_LINE = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,6}\p{Lu}[\p{Lu}.'’-]+):[ \t]/gmu;

/**
 * Who speaks where, in a transcript: each speaker line's name (in title case, "Press Secretary John F. Kirby")
 * and the offset it starts at. [] for an article with no speaker lines.
 * @param text - the article
 */
export function speakerTurns(text: string): { start: number; name: string }[] {
  return [...text.matchAll(SPEAKER_LINE)].map((m) => ({
    start: m.index,
    name: m[1]!
      .toLowerCase()
      .replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()),
  }));
}

/** What a drafted event needs from its sentence. */
export interface EventInput {
  sentence: string;
  date: DraftDate;
  /** Did the sentence itself give the date (not the publication date by default)? */
  dated: boolean;
  places: string[];
  placeNames: string[];
  actors: string[];
}

/** Short titles by kind, completed with the first place named. */
const TITLE_WORDS: Record<EventKind, string> = {
  attack: 'Attack',
  strike: 'Strike',
  protest: 'Protest',
  deployment: 'Deployment',
  statement: 'Statement',
  context: 'Background',
};

/**
 * Draft an event from a sentence, or nothing when the sentence reports no action, or has neither date nor place.
 * @param input - the sentence and what was found in it
 * @param ids - event ids already taken (the new one is added)
 */
export function draftEvent(input: EventInput, ids: Set<string>): DraftEvent | undefined {
  let kind = eventKind(input.sentence);
  if (!kind) return undefined;
  if (!input.dated && input.places.length === 0) return undefined;
  if (input.date.precision === 'range' && kind === 'statement') kind = 'context';
  const where = input.placeNames[0];
  const who = input.actors[0];
  const title = `${TITLE_WORDS[kind]}${who ? ` by ${who}` : ''}${where ? ` (${where})` : ''}`;
  const day = input.date.start.slice(0, 10);
  return {
    id: uniqueId(slugify(`${day} ${kind}${where ? ` ${where}` : ''}`, 'event'), ids),
    date: input.date,
    kind,
    title,
    summary: input.sentence,
    actors: input.actors,
    places: input.places,
    quote: input.sentence,
    sources: [],
    review: 'draft',
    from_sentence: input.sentence,
  };
}
