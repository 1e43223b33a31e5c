/**
 * Fetch the story's files (served beside the app, so relative URLs work under any sub-path) and validate them.
 * Geographic checks need the 1:10m outlines and run in `npm run validate`, not in the browser.
 */
import articleUrl from '../../geodata/article.txt?url';
import eventsUrl from '../../geodata/events.json?url';
import { validateStoryFiles, type ValidationIssue } from '../core/validate.ts';
import { buildStoryModel, type StoryModel } from '../core/story.ts';

const areaUrls = import.meta.glob<string>('../../geodata/*.geojson', { query: '?url', import: 'default', eager: true });

export type LoadResult =
  { ok: true; model: StoryModel; articleText: string } | { ok: false; issues: ValidationIssue[] };

async function fetchText(url: string, file: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

function parseJson(text: string, file: string): { value: unknown } | { issue: ValidationIssue } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { issue: { file, message: `not valid JSON (${(error as Error).message})` } };
  }
}

/** Load and validate everything; network and JSON failures come back as issues, never as a thrown error. */
export async function loadStory(): Promise<LoadResult> {
  const issues: ValidationIssue[] = [];
  const areas: Record<string, unknown> = {};
  try {
    const areaEntries = Object.entries(areaUrls).map(([path, url]) => [path.split('/').pop()!, url] as const);
    const [articleText, eventsText, ...areaTexts] = await Promise.all([
      fetchText(articleUrl, 'article.txt'),
      fetchText(eventsUrl, 'events.json'),
      ...areaEntries.map(([file, url]) => fetchText(url, file)),
    ]);
    areaEntries.forEach(([file], index) => {
      const parsed = parseJson(areaTexts[index]!, file);
      if ('issue' in parsed) issues.push(parsed.issue);
      else areas[file] = parsed.value;
    });
    const story = parseJson(eventsText!, 'events.json');
    if ('issue' in story) issues.push(story.issue);
    if (issues.length > 0) return { ok: false, issues };
    const result = validateStoryFiles({
      areas,
      story: 'value' in story ? story.value : null,
      articleText: articleText!,
    });
    if (!result.ok) return { ok: false, issues: result.issues };
    return { ok: true, model: buildStoryModel(result.data), articleText: articleText! };
  } catch (error) {
    return { ok: false, issues: [{ file: 'geodata', message: (error as Error).message }] };
  }
}
