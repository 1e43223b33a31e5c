/**
 * What the editor sends to save, checked by the server before anything is written: which files (events.json or
 * an area file of the folder, by a bare name: no path, no traversal), each a JSON object of the right shape, and
 * the version the editor loaded. Pure, so it is tested without a server.
 */

/** events.json, or an area file: a bare name ending in .geojson (letters, digits, `-`, `_`, inner dots). */
const FILE_NAME = /^(events\.json|[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.geojson)$/;

/** A save as the editor asks for it. */
export interface SaveRequest {
  /** The version the editor loaded (see version.ts); a save over a different one is a conflict. */
  version: string;
  /** `save` writes over the files; `copy` writes the editor's version beside them ("Keep both"). */
  mode: 'save' | 'copy';
  files: Record<string, Record<string, unknown>>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a name is one the editor may write: a bare file name of the story's kinds. */
export function isStoryFileName(name: string): boolean {
  return FILE_NAME.test(name) && !name.includes('..');
}

/** What is wrong with one file's content, or undefined when its shape is right. */
function contentProblem(name: string, content: unknown): string | undefined {
  if (!isObject(content)) return `${name}: must be a JSON object`;
  if (name === 'events.json') {
    return Array.isArray(content['events']) ? undefined : `${name}: must have an "events" list`;
  }
  if (content['type'] !== 'FeatureCollection' || !Array.isArray(content['features'])) {
    return `${name}: must be a GeoJSON FeatureCollection with "features"`;
  }
  return undefined;
}

/**
 * Check a save request.
 * @param body - the parsed request body
 * @param existing - the names of the folder's files: a save may only write those (it creates no new area)
 * @returns the request, or why it is refused
 */
export function parseSaveRequest(
  body: unknown,
  existing: ReadonlySet<string>,
): { ok: true; request: SaveRequest } | { ok: false; message: string } {
  if (!isObject(body)) return { ok: false, message: 'the request must be a JSON object' };
  const { version, files } = body;
  const mode = body['mode'] ?? 'save';
  if (typeof version !== 'string' || version === '') return { ok: false, message: 'the request has no version' };
  if (mode !== 'save' && mode !== 'copy') return { ok: false, message: 'mode must be "save" or "copy"' };
  if (!isObject(files) || Object.keys(files).length === 0) return { ok: false, message: 'no files to write' };
  for (const [name, content] of Object.entries(files)) {
    if (!isStoryFileName(name)) return { ok: false, message: `refused file name "${name.slice(0, 80)}"` };
    if (!existing.has(name)) return { ok: false, message: `${name} is not a file of this story` };
    const problem = contentProblem(name, content);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, request: { version, mode, files: files as SaveRequest['files'] } };
}

/** A file system-safe stamp of a moment: 2026-12-04T18-03-07-123Z. */
export function timeStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * The name for "Keep both": the editor's version beside theirs, as .json so that the reader never takes it for an
 * area (areas are *.geojson): events.json → events.<stamp>.json, kabul.geojson → kabul.<stamp>.json.
 */
export function copyName(name: string, stamp: string): string {
  return `${name.replace(/\.(geo)?json$/, '')}.${stamp}.json`;
}

/** How the editor writes JSON: two-space indents and a final newline, as the story's files are kept. */
export function jsonText(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
