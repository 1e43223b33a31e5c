/**
 * A synthetic story of any size, for the scale bench and the browser test that steps through 1,000 events.
 *
 *   npx tsx bench/generate-story.ts [sizes…] [--seed=N] [--out=folder]    # default: 100 1000 10000 → bench/stories/<n>/
 *
 * The story is valid by construction (`validateStoryFiles`, and `npm run validate` with `STORY_DIR` pointing at it):
 * places in area files of 100 (all inside Iraq's outline, so the country check passes), events one hour apart in
 * date order, every kind of animation the engine draws (movements, rockets, strikes, an anticipated unit) and
 * statements, a few background events, and an article that contains every quote verbatim and names the places
 * the events mention. Deterministic: the same size and seed give the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small, fast, seeded generator (mulberry32): good enough to spread synthetic places and pick kinds. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES_PER_FILE = 100;
/** Well inside Iraq's outline (Natural Earth 1:10m), away from every border. */
const BOX = { west: 42.5, east: 45, south: 32, north: 35 };
const START = Date.UTC(2020, 0, 1, 0, 0) - 3 * 3_600_000; // 2020-01-01T00:00+03:00
const HOUR = 3_600_000;
const SYLLABLES = ['al', 'bar', 'dal', 'fa', 'ha', 'ka', 'mar', 'na', 'qa', 'ra', 'sa', 'tal', 'wa', 'za', 'shi', 'mu'];
const KINDS = [
  { kind: 'city', word: 'City', precision: 'approximate', radius: 5 },
  { kind: 'air-base', word: 'Air Base', precision: 'approximate', radius: 2 },
  { kind: 'launch-area', word: 'Launch Area', precision: 'approximate', radius: 8 },
  { kind: 'strike-site', word: 'Site', precision: 'approximate', radius: 15 },
  { kind: 'town', word: 'Town', precision: 'exact', radius: 0 },
  { kind: 'army-base', word: 'Camp', precision: 'exact', radius: 0 },
] as const;
type Kind = (typeof KINDS)[number]['kind'];
/** The synthetic story's forces, as a story declares them in its data: three that move and one anticipated. */
const FORCE_SYMBOLS = {
  'airborne-battalion': { sidc: 'SFGPUCIA---F---', meaning: 'Friendly airborne infantry battalion' },
  'marine-company': { sidc: 'SFGPUCIN---E---', meaning: 'Friendly marine infantry, company-sized' },
  militia: { sidc: 'SHGPUCI--------', meaning: 'Hostile militia' },
  'brigade-anticipated': { sidc: 'SFGAUCIA---H---', meaning: 'Friendly airborne brigade, anticipated' },
} as const;
const FORCES = ['airborne-battalion', 'marine-company', 'militia'] as const;

interface Place {
  id: string;
  name: string;
  kind: Kind;
  position: [number, number];
  precision: 'exact' | 'approximate';
  radius: number;
}

/** The story folder's files, by name, as text. */
export type StoryFolder = Record<string, string>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const localTime = (ms: number) => new Date(ms + 3 * HOUR).toISOString().slice(0, 16) + '+03:00';

function makePlaces(count: number, random: () => number): Place[] {
  const places: Place[] = [];
  const names = new Set<string>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; places.length < count; i++) {
    const spec = KINDS[places.length % KINDS.length]!;
    const root = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    // A serial keeps names unique at any size; a name is never a whole word of another (distinct serials).
    const name = `${root[0]!.toUpperCase()}${root.slice(1)} ${spec.word} ${places.length + 1}`;
    if (names.has(name)) continue;
    names.add(name);
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    places.push({
      id: `${spec.kind}-${places.length + 1}`,
      name,
      kind: spec.kind,
      position: [
        round(BOX.west + random() * (BOX.east - BOX.west)),
        round(BOX.south + random() * (BOX.north - BOX.south)),
      ],
      precision: spec.precision,
      radius: spec.radius,
    });
  }
  return places;
}

interface Draft {
  event: Record<string, unknown>;
  quote: string;
  mentions: Place[];
}

/**
 * Generate a valid story of exactly `events` events: about one background event per 100 dated ones, the rest steps.
 * Exactly the size asked for, so a story at the format's limit (50,000) can be generated and still validates.
 * @param events - how many events in all (at least 1)
 * @param seed - any integer: the same seed gives the same story
 * @returns the folder's files by name: events.json, article.txt and area-NN.geojson
 */
export function generateStory(events: number, seed = 13): StoryFolder {
  // b background and s = events - b steps with b ≤ s / 100: each background explains a step of its own hundred.
  const backgroundCount = Math.floor(events / 101);
  const steps = events - backgroundCount;
  const random = seededRandom(seed);
  const places = makePlaces(Math.min(1000, Math.max(12, Math.round(steps / 20))), random);
  const byKind = (kind: Kind) => places.filter((place) => place.kind === kind);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const source = (title: string, id: string, date?: string) => ({
    outlet: 'Synthetic Wire',
    title,
    ...(date ? { date } : {}),
    url: `https://example.org/wire/${id}`,
  });

  const drafts: Draft[] = [];
  for (let i = 0; i < steps; i++) {
    const at = START + (i + 1) * HOUR;
    const date = { precision: 'time', start: localTime(at) };
    const serial = `Dispatch ${i + 1}`;
    const day = localTime(at).slice(0, 10);
    let draft: Omit<Draft, 'event'> & { kind: string; title: string; rest: Record<string, unknown> };
    switch (i % 10) {
      case 0:
      case 1: {
        const [from, to] = [pick(places), pick(places.filter((p) => p.kind === 'army-base' || p.kind === 'city'))];
        const force = pick(FORCES);
        const destination = to.id === from.id ? places[(places.indexOf(from) + 1) % places.length]! : to;
        draft = {
          kind: 'deployment',
          title: `A unit moves to ${destination.name}`,
          quote: `${serial}: a company moved from ${from.name} to ${destination.name}.`,
          mentions: [from, destination],
          rest: {
            movement: {
              origin: from.id,
              destination: destination.id,
              unit: `Company ${i + 1}`,
              unit_short: `Co ${i + 1}`,
              force,
              size: 'about 100',
              mode: 'by road',
            },
          },
        };
        break;
      }
      case 2: {
        const [base, area] = [pick(byKind('air-base')), pick(byKind('launch-area'))];
        draft = {
          kind: 'attack',
          title: `Rockets hit ${base.name}`,
          quote: `${serial}: rockets fired from ${area.name} hit ${base.name}.`,
          mentions: [base, area],
          rest: {},
        };
        break;
      }
      case 3: {
        const sites = [...new Set(Array.from({ length: 1 + (i % 3) }, () => pick(byKind('strike-site'))))];
        draft = {
          kind: 'strike',
          title: `Strikes on ${sites.length} site${sites.length === 1 ? '' : 's'}`,
          quote: `${serial}: aircraft struck ${sites.map((site) => site.name).join(' and ')}.`,
          mentions: sites,
          rest: {},
        };
        break;
      }
      case 4: {
        const camp = pick(byKind('army-base'));
        draft = {
          kind: 'deployment',
          title: `More troops prepare at ${camp.name}`,
          quote: `${serial}: more troops were told to prepare at ${camp.name}.`,
          mentions: [camp],
          rest: { force: 'brigade-anticipated', map_labels: { anticipated: `More troops, preparing (${i + 1})` } },
        };
        break;
      }
      default: {
        const town = pick([...byKind('city'), ...byKind('town')]);
        draft = {
          kind: i % 10 === 5 ? 'protest' : 'statement',
          title: i % 10 === 5 ? `Protest in ${town.name}` : `A statement about ${town.name}`,
          quote: `${serial}: officials spoke about ${town.name} on ${day}.`,
          mentions: [town],
          rest: {},
        };
      }
    }
    const id = `${draft.kind}-${pad(i + 1, 5)}`;
    drafts.push({
      quote: draft.quote,
      mentions: draft.mentions,
      event: {
        id,
        date,
        kind: draft.kind,
        title: draft.title,
        summary: `${draft.title}, as reported in ${serial.toLowerCase()}.`,
        actors: ['Synthetic actor'],
        places: draft.mentions.map((place) => place.id),
        ...draft.rest,
        quote: draft.quote,
        sources: [source(serial, id, day)],
      },
    });
  }

  // Background: one per 100 steps, all starting with the story's first month (so they sort before every step).
  const background: Draft[] = Array.from({ length: backgroundCount }, (_, k) => {
    const step = drafts[k * 100 + 50] ?? drafts[k * 100]!;
    const id = `background-${pad(k + 1, 4)}`;
    const quote = `Background ${k + 1}: the situation had been building for weeks.`;
    return {
      quote,
      mentions: [],
      event: {
        id,
        date: { precision: 'range', start: '2020-01', end: '2020-01', label: 'January 2020' },
        kind: 'context',
        title: `Background ${k + 1}`,
        summary: 'How the situation built up.',
        actors: ['Synthetic actor'],
        places: [],
        context_for: step.event['id'],
        quote,
        sources: [source(`Background ${k + 1}`, id)],
      },
    };
  });

  const all = [...background, ...drafts];
  const title = `A synthetic story of ${steps.toLocaleString('en-US')} events`;
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; i += 4) {
    paragraphs.push(
      all
        .slice(i, i + 4)
        .map((draft) => draft.quote)
        .join(' ') + ' The reports could not be independently confirmed.',
    );
  }
  const mentioned = new Set(all.flatMap((draft) => draft.mentions.map((place) => place.id)));

  const folder: StoryFolder = {
    'events.json':
      JSON.stringify(
        {
          article: { title, published: localTime(START + (steps + 1) * HOUR).slice(0, 10), outlet: 'Synthetic Times' },
          forces: FORCE_SYMBOLS,
          events: all.map((draft) => draft.event),
        },
        null,
        2,
      ) + '\n',
    'article.txt': `${title}\n\n${paragraphs.join('\n\n')}\n`,
  };
  for (let f = 0; f * PLACES_PER_FILE < places.length; f++) {
    const features = places.slice(f * PLACES_PER_FILE, (f + 1) * PLACES_PER_FILE).map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.position },
      properties: {
        id: place.id,
        name: place.name,
        kind: place.kind,
        country: 'IRQ',
        description: `A synthetic ${place.kind.replace('-', ' ')}.`,
        precision: place.precision,
        ...(place.precision === 'approximate' ? { radius_km: place.radius } : {}),
        ...(mentioned.has(place.id) ? { article_names: [place.name] } : {}),
        sources: [{ outlet: 'Synthetic Gazetteer', title: place.name, url: `https://example.org/places/${place.id}` }],
      },
    }));
    folder[`area-${pad(f + 1, 2)}.geojson`] = JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n';
  }
  return folder;
}

/** Write a generated story into `dir`, replacing what was there. */
export function writeStory(dir: string, folder: StoryFolder): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(folder)) writeFileSync(join(dir, name), text);
}

export const STORIES_DIR = new URL('./stories/', import.meta.url).pathname;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const seed = Number(args.find((arg) => arg.startsWith('--seed='))?.slice(7) ?? 13);
  const out = args.find((arg) => arg.startsWith('--out='))?.slice(6) ?? STORIES_DIR;
  const sizes = args.filter((arg) => !arg.startsWith('--')).map(Number);
  for (const size of sizes.length > 0 ? sizes : [100, 1000, 10_000]) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`not a story size: ${size}`);
    const dir = join(out, String(size));
    writeStory(dir, generateStory(size, seed));
    console.log(`generate-story: ${size} events → ${dir}`);
  }
}
