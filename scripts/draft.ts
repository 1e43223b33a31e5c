/**
 * `npm run draft -- ARTICLE.txt --date YYYY-MM-DD --out FOLDER [--force] [--title T] [--outlet O]`: draft a story
 * folder (article.txt, events.json, places in *.geojson) from a news article, every item marked for review.
 * Bad input gets one line on stderr and a non-zero exit (2: bad arguments; 1: bad input or a failure), never a
 * stack trace. An existing, non-empty output folder is refused without --force; with it, the old folder is kept
 * beside the new one as FOLDER.previous-<time>, never overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDay } from '../src/draft/ranges.ts';
import { formatSummary, summarize } from '../src/draft/summary.ts';

const USAGE = 'usage: npm run draft -- ARTICLE.txt [--date YYYY-MM-DD] --out FOLDER [--force] [--title T] [--outlet O]';
const GAZETTEER = new URL('../gazetteer/places.tsv', import.meta.url).pathname;
const DEMONYMS = new URL('../gazetteer/demonyms.tsv', import.meta.url).pathname;

/** An error to print as one line, with the exit code it deserves. */
class Failure extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        title: { type: 'string' },
        outlet: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new Failure(`give one article file (${USAGE})`, 2);
    if (!values.out) throw new Failure(`--out FOLDER is required (${USAGE})`, 2);
    if (values.date !== undefined && !isIsoDay(values.date)) {
      throw new Failure(`invalid --date "${values.date}": use a real day as YYYY-MM-DD`, 2);
    }
    return { article: positionals[0]!, ...values, out: values.out };
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure(`${(error as Error).message.split('\n')[0]} (${USAGE})`, 2);
  }
}

/** Read the article as UTF-8 text, refusing what is missing, empty or binary. */
function readArticle(path: string): string {
  if (!existsSync(path)) throw new Failure(`cannot read ${path}: no such file`, 1);
  if (!statSync(path).isFile()) throw new Failure(`cannot read ${path}: not a file`, 1);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Failure(`${path} is not a text file (it holds binary data)`, 1);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Failure(`${path} is not a text file (not valid UTF-8)`, 1);
  }
  if (text.trim() === '') throw new Failure(`${path} is empty`, 1);
  return text.replace(/^\uFEFF/, '');
}

/** Refuse an output that is a file, or a non-empty folder without --force, before anything is written. */
function checkOut(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new Failure(`${out} exists and is not a folder`, 1);
  if (readdirSync(out).length > 0 && !force) {
    throw new Failure(`${out} exists and is not empty: choose another --out, or pass --force`, 1);
  }
}

/** Clear the way for the new folder: an empty one is removed, a full one moved aside. Returns where it went. */
function moveAside(out: string): string | undefined {
  if (!existsSync(out)) return undefined;
  if (readdirSync(out).length === 0) {
    rmSync(out, { recursive: true });
    return undefined;
  }
  const aside = `${out}.previous-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(out, aside);
  return aside;
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  const text = readArticle(args.article);
  const out = resolve(args.out);
  checkOut(out, args.force);
  // Loaded only once the input has passed its checks: bad input is answered without loading the NLP libraries.
  const { draftStory } = await import('../src/draft/draft.ts');
  const { buildGazetteer, parseDemonyms, parseGazetteer } = await import('../src/draft/gazetteer.ts');
  const started = performance.now();
  const gazetteer = buildGazetteer(
    parseGazetteer(readFileSync(GAZETTEER, 'utf8')),
    parseDemonyms(readFileSync(DEMONYMS, 'utf8')),
  );
  const story = draftStory(text, gazetteer, { published: args.date, title: args.title, outlet: args.outlet });
  const seconds = (performance.now() - started) / 1000;

  mkdirSync(dirname(out), { recursive: true });
  // Written beside the target, then renamed into place: an interrupted run leaves no half-written story folder.
  const staging = join(dirname(out), `.${basename(out)}.draft-${process.pid}`);
  mkdirSync(staging);
  let aside: string | undefined;
  try {
    writeFileSync(join(staging, 'article.txt'), text);
    const events = { article: story.article, events: story.events };
    writeFileSync(join(staging, 'events.json'), `${JSON.stringify(events, null, 2)}\n`);
    for (const [area, features] of Object.entries(story.areas)) {
      const collection = { type: 'FeatureCollection', features };
      writeFileSync(join(staging, `${area}.geojson`), `${JSON.stringify(collection, null, 2)}\n`);
    }
    aside = moveAside(out);
    renameSync(staging, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(formatSummary(summarize(story), args.out));
  console.log(`  drafted in ${seconds.toFixed(2)} s${aside ? `; the previous folder is kept as ${aside}` : ''}`);
}

// A reader that stops early (`npm run draft … | head`) closes the pipe: that is no error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`draft: ${message.split('\n')[0]}`);
  // Failure carries its code; a DraftInputError (no sentences, no date) and anything unexpected exit 1.
  process.exitCode = error instanceof Failure ? error.code : 1;
});
