/**
 * How much of the hand-made story (geodata/) the draft of its own article recovers: the places the article names
 * (a drafted place within 30 km), the days of the dated events (a drafted event quoting the same words, on that
 * day or over a range that holds it), and nothing dated after publication. The figures are printed and stated in
 * docs/drafting.md; the target is 80% of both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../src/draft/draft.ts';
import { buildGazetteer, distanceKm, parseDemonyms, parseGazetteer } from '../../src/draft/gazetteer.ts';
import type { DraftStory } from '../../src/draft/types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const GEODATA = join(ROOT, 'geodata');
const article = readFileSync(join(GEODATA, 'article.txt'), 'utf8');
const handMade = JSON.parse(readFileSync(join(GEODATA, 'events.json'), 'utf8')) as {
  article: { published: string };
  events: { id: string; kind: string; quote: string; date: { precision: string; start: string; end?: string } }[];
};
const published = handMade.article.published;
const entries = parseGazetteer(readFileSync(join(ROOT, 'gazetteer/places.tsv'), 'utf8'));
const demonyms = parseDemonyms(readFileSync(join(ROOT, 'gazetteer/demonyms.tsv'), 'utf8'));

interface HandPlace {
  id: string;
  name: string;
  article_names?: string[];
  position: [number, number];
}
const handPlaces: HandPlace[] = readdirSync(GEODATA)
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => JSON.parse(readFileSync(join(GEODATA, f), 'utf8')).features)
  .map((f: { geometry: { type: string; coordinates: unknown }; properties: HandPlace }) => {
    const points = (
      f.geometry.type === 'Point' ? [f.geometry.coordinates] : (f.geometry.coordinates as number[][][])[0]!
    ) as [number, number][];
    const mean = (i: 0 | 1): number => points.reduce((sum, p) => sum + p[i], 0) / points.length;
    return { ...f.properties, position: [mean(0), mean(1)] as [number, number] };
  });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (name: string): boolean => new RegExp(`\\b${escape(name)}\\b`).test(article);
/** The places the article names: by the names it uses for them, or their own name. */
const namedPlaces = handPlaces.filter((p) => (p.article_names ?? [p.name]).some(named));

function placeRecall(story: DraftStory): { recovered: string[]; missed: string[] } {
  const drafted = Object.values(story.areas)
    .flat()
    .flatMap((p) => (p.geometry ? [p.geometry.coordinates] : []));
  const recovered = namedPlaces.filter((p) => drafted.some((d) => distanceKm(d, p.position) <= 30));
  return {
    recovered: recovered.map((p) => p.id),
    missed: namedPlaces.filter((p) => !recovered.includes(p)).map((p) => p.id),
  };
}

/** First and last day a date covers ("2019-05" covers the whole of May). */
function span(date: { precision: string; start: string; end?: string }): [string, string] {
  const first = (d: string): string => (d.length === 7 ? `${d}-01` : d.slice(0, 10));
  const last = (d: string): string => (d.length === 7 ? `${d}-31` : d.slice(0, 10));
  return [first(date.start), last(date.precision === 'range' ? date.end! : date.start)];
}

function dayRecall(story: DraftStory) {
  const dated = handMade.events.filter((e) => e.date.precision !== 'range');
  const result = dated.map((e) => {
    const day = e.date.start.slice(0, 10);
    const at = article.indexOf(e.quote);
    const drafts = story.events.filter((d) => {
      const from = article.indexOf(d.quote);
      return from < at + e.quote.length && at < from + d.quote.length;
    });
    const exact = drafts.some((d) => d.date.precision !== 'range' && d.date.start.slice(0, 10) === day);
    const inRange = drafts.some(
      (d) => d.date.precision === 'range' && span(d.date)[0] <= day && day <= span(d.date)[1],
    );
    return { id: e.id, day, exact, recovered: exact || inRange };
  });
  return {
    total: dated.length,
    recovered: result.filter((r) => r.recovered).length,
    exact: result.filter((r) => r.exact).length,
    missed: result.filter((r) => !r.recovered).map((r) => `${r.id} (${r.day})`),
  };
}

const percent = (n: number, of: number): string => `${n}/${of} = ${Math.round((100 * n) / of)}%`;

describe('the draft of our own article against the hand-made story', () => {
  const full = draftStory(article, buildGazetteer(entries, demonyms), { published });
  const naturalEarthOnly = draftStory(
    article,
    buildGazetteer(
      entries.filter((e) => !e.sourceKey.startsWith('story:')),
      demonyms,
    ),
    { published },
  );

  it('recovers at least 80% of the places the article names within 30 km', () => {
    const withStory = placeRecall(full);
    const neOnly = placeRecall(naturalEarthOnly);
    console.log(
      `places the article names, recovered within 30 km: ${percent(withStory.recovered.length, namedPlaces.length)}` +
        ` (missed: ${withStory.missed.join(', ') || 'none'}); with Natural Earth alone, without the story's own` +
        ` places: ${percent(neOnly.recovered.length, namedPlaces.length)} (missed: ${neOnly.missed.join(', ') || 'none'})`,
    );
    expect(namedPlaces.length).toBeGreaterThanOrEqual(5);
    expect(withStory.recovered.length / namedPlaces.length).toBeGreaterThanOrEqual(0.8);
    expect(neOnly.recovered.length / namedPlaces.length).toBeGreaterThanOrEqual(0.8);
  });

  it('recovers at least 80% of the event days', () => {
    const days = dayRecall(full);
    console.log(
      `event days recovered: ${percent(days.recovered, days.total)} (on the day itself: ` +
        `${percent(days.exact, days.total)}; the rest within a drafted range; missed: ${days.missed.join(', ') || 'none'})`,
    );
    expect(days.recovered / days.total).toBeGreaterThanOrEqual(0.8);
  });

  it("quotes the words of most of the hand-made story's events, most with the same kind", () => {
    const quoted = handMade.events.map((e) => {
      const at = article.indexOf(e.quote);
      const drafts = full.events.filter((d) => {
        const from = article.indexOf(d.quote);
        return from < at + e.quote.length && at < from + d.quote.length;
      });
      return { found: drafts.length > 0, sameKind: drafts.some((d) => d.kind === e.kind) };
    });
    const found = quoted.filter((q) => q.found).length;
    const sameKind = quoted.filter((q) => q.sameKind).length;
    console.log(
      `hand-made events whose words a drafted event quotes: ${percent(found, quoted.length)}; with the same kind: ` +
        `${percent(sameKind, quoted.length)} (${full.events.length} events drafted)`,
    );
    expect(found / quoted.length).toBeGreaterThanOrEqual(0.8);
  });

  it('dates nothing after publication', () => {
    const after = full.events.filter(
      (e) => span(e.date)[1] > published && !(e.date.precision === 'range' && e.date.end === published.slice(0, 7)),
    );
    console.log(`events dated after publication: ${after.length} of ${full.events.length}`);
    expect(after).toEqual([]);
  });

  it('drafts a 2,000-word article in seconds', () => {
    const words = article.split(/\s+/).length;
    const long = Array.from({ length: Math.ceil(2000 / words) }, () => article).join('\n\n');
    const started = performance.now();
    draftStory(long, buildGazetteer(entries, demonyms), { published });
    const seconds = (performance.now() - started) / 1000;
    console.log(`drafting ${long.split(/\s+/).length} words (gazetteer index included): ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);
  });
});
