/**
 * Fetch the story's files (served beside the app, so relative URLs work under any sub-path) and validate them.
 * Geographic checks need the 1:10m outlines and run in `npm run validate`, not in the browser.
 */
// `$story` is the story folder chosen at build time (STORY_DIR, default geodata/; see vite.config.ts).
import articleUrl from '$story/article.txt?url';
import eventsUrl from '$story/events.json?url';
import validatedDigests from 'virtual:validated-story';
import basemapTwinIds from 'virtual:basemap-twins';
import type { ValidationIssue } from './validate.ts';
import { buildStoryModel, type StoryModel } from './model.ts';
import { fileSizeIssue } from './limits.ts';
import { alreadyValidated, matchesValidated } from './validation/validated-data.ts';
import { contentDigest } from '../lib/digest.ts';

const areaUrls = import.meta.glob<string>('$story/*.geojson', { query: '?url', import: 'default', eager: true });

export type LoadResult =
  { ok: true; model: StoryModel; articleText: string } | { ok: false; issues: ValidationIssue[] };

/** A file the loader refuses, with the issue to show. */
class StoryFileError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.message);
  }
}

/** A fetched file's text, and its digest when the build's record is there to compare it with. */
interface FetchedFile {
  text: string;
  digest: string | undefined;
}

/** Fetch a file's text; a file over the size limit is refused before it is decoded or parsed. */
async function fetchText(url: string, file: string): Promise<FetchedFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  // The declared length first (nothing downloaded yet), then the bytes that arrived (the header may be absent,
  // or give the compressed size).
  const declared = response.headers.get('content-length');
  const early = fileSizeIssue(file, declared === null ? undefined : Number(declared));
  if (early) throw new StoryFileError(early);
  const bytes = await response.arrayBuffer();
  const late = fileSizeIssue(file, bytes.byteLength);
  if (late) throw new StoryFileError(late);
  const digest = validatedDigests ? contentDigest(bytes) : undefined;
  return { text: new TextDecoder().decode(bytes), digest };
}

function parseJson(text: string, file: string): { value: unknown } | { issue: ValidationIssue } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { issue: { file, message: `not valid JSON (${(error as Error).message})` } };
  }
}

/** How long validation waits for `first` at most (see loadStory): a basemap that never answers must not hold it. */
export const FIRST_WAIT_MS = 1000;

/**
 * Load and validate everything; network and JSON failures come back as issues, never as a thrown error.
 * @param first - what parsing and validating (a long task on the page's one thread) waits for once the files are
 * in, for FIRST_WAIT_MS at most: the map's creation. Whichever of the two came first used to be a race, and when
 * the story won it, the map was created only after the validation and the page's first render: a 10,000-event
 * story's first idle came 700 ms later in those runs.
 */
export async function loadStory(first?: Promise<unknown>): Promise<LoadResult> {
  const issues: ValidationIssue[] = [];
  const areas: Record<string, unknown> = {};
  try {
    const areaEntries = Object.entries(areaUrls).map(([path, url]) => [path.split('/').pop()!, url] as const);
    const [article, events, ...areaFiles] = await Promise.all([
      fetchText(articleUrl, 'article.txt'),
      fetchText(eventsUrl, 'events.json'),
      ...areaEntries.map(([file, url]) => fetchText(url, file)),
    ]);
    const articleText = article!.text;
    if (first) await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_WAIT_MS))]);
    areaEntries.forEach(([file], index) => {
      const parsed = parseJson(areaFiles[index]!.text, file);
      if ('issue' in parsed) issues.push(parsed.issue);
      else areas[file] = parsed.value;
    });
    const story = parseJson(events!.text, 'events.json');
    if ('issue' in story) issues.push(story.issue);
    if (issues.length > 0 || !('value' in story)) return { ok: false, issues };
    const digests = Object.fromEntries([
      ['events.json', events!.digest],
      ['article.txt', article!.digest],
      ...areaEntries.map(([file], index) => [file, areaFiles[index]!.digest]),
    ]);
    if (matchesValidated(validatedDigests, digests)) {
      const model = buildStoryModel(alreadyValidated(areas, story.value));
      // The build's list of basemap twins holds for these bytes only.
      if (basemapTwinIds) model.basemapTwinIds = new Set(basemapTwinIds);
      return { ok: true, model, articleText };
    }
    // Bytes the build did not validate: the rules load now, only for them.
    const { validateStoryFiles } = await import('./validate.ts');
    const result = validateStoryFiles({ areas, story: story.value, articleText });
    if (!result.ok) return { ok: false, issues: result.issues };
    return { ok: true, model: buildStoryModel(result.data), articleText };
  } catch (error) {
    if (error instanceof StoryFileError) return { ok: false, issues: [error.issue] };
    return { ok: false, issues: [{ file: 'geodata', message: (error as Error).message }] };
  }
}
