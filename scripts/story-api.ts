/**
 * The editor's API over one story folder (`npm run edit`): read the folder's files with their version, and save
 * the editor's changes. A save writes each file to a temporary file in the same folder and renames it over the
 * old one (a rename within one folder is atomic: a reader sees the old file or the new, never half of one),
 * keeps the previous version in `<folder>/.backup/<time>/`, and refuses to write over files that changed since
 * the editor loaded them: it answers with the current files, and the editor offers to reload or keep both.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { storyVersion } from '../src/editor/version.ts';
import { copyName, jsonText, parseSaveRequest, timeStamp } from '../src/editor/save-request.ts';

/** The folder's files as the editor receives them: every text by name, and their version. */
export interface FolderFiles {
  version: string;
  /** events.json and every *.geojson, as text (the editor parses them: a broken file is shown, not hidden). */
  files: Record<string, string>;
  article: string;
}

/** Read events.json, every area file and article.txt. */
export function readFolder(dir: string): FolderFiles {
  const names = [
    'events.json',
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.geojson'))
      .sort(),
  ];
  const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  const article = readFileSync(join(dir, 'article.txt'), 'utf8');
  return { version: storyVersion({ ...files, 'article.txt': article }), files, article };
}

/** Write a file atomically: a temporary file beside it, then a rename over it. */
function writeAtomically(dir: string, name: string, text: string): void {
  const temporary = join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, join(dir, name));
}

/** Whether a file's text holds this content (however it is laid out): an unchanged file is not rewritten. */
function sameJson(text: string, content: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(content);
  } catch {
    return false;
  }
}

/** The outcome of a save: an HTTP status and the JSON body to answer with. */
export interface SaveOutcome {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Save the editor's files into the folder.
 * @param body - the parsed request (see save-request.ts)
 * @param now - the moment, for the backup folder's and the copies' names
 */
export function saveToFolder(dir: string, body: unknown, now = new Date()): SaveOutcome {
  const current = readFolder(dir);
  const parsed = parseSaveRequest(body, new Set(Object.keys(current.files)));
  if (!parsed.ok) return { status: 400, body: { error: parsed.message } };
  const { request } = parsed;
  const stamp = timeStamp(now);
  if (request.mode === 'copy') {
    // "Keep both": theirs stay as they are; ours go beside them, under names no reader loads.
    const written = Object.entries(request.files).map(([name, content]) => {
      const copy = copyName(name, stamp);
      writeFileSync(join(dir, copy), jsonText(content), { flag: 'wx' });
      return copy;
    });
    return { status: 200, body: { written, version: current.version } };
  }
  if (request.version !== current.version) {
    return { status: 409, body: { error: 'These files changed since you opened them', ...current } };
  }
  const changed = Object.entries(request.files).filter(([name, content]) => !sameJson(current.files[name]!, content));
  if (changed.length > 0) {
    const backup = join(dir, '.backup', stamp);
    mkdirSync(backup, { recursive: true });
    for (const [name] of changed) copyFileSync(join(dir, name), join(backup, name));
    for (const [name, content] of changed) writeAtomically(dir, name, jsonText(content));
  }
  return { status: 200, body: { written: changed.map(([name]) => name), version: readFolder(dir).version } };
}

/** At most this much JSON in one save (the story's files are limited to 50 MB each; see src/story/limits.ts). */
const MAX_BODY_BYTES = 200 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('request too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

/** Vite plugin: GET /api/story reads the folder, PUT /api/story saves into it. Only in the dev server. */
export function storyApiPlugin(dir: string): Plugin {
  return {
    name: 'story-editor-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/api/story', (request, response) => {
        void (async () => {
          try {
            // Only the editor's own page: a page from any other site that tries to reach this port is refused.
            const origin = request.headers.origin;
            if (origin !== undefined && origin !== `http://${request.headers.host}`) {
              return answer(response, 403, { error: 'only the editor’s own page may use this API' });
            }
            if (request.method === 'GET') return answer(response, 200, readFolder(dir));
            if (request.method !== 'PUT') return answer(response, 405, { error: 'GET or PUT only' });
            let body: unknown;
            try {
              body = JSON.parse(await readBody(request)) as unknown;
            } catch (error) {
              return answer(response, 400, { error: `not JSON (${(error as Error).message})` });
            }
            const outcome = saveToFolder(dir, body);
            answer(response, outcome.status, outcome.body);
          } catch (error) {
            answer(response, 500, { error: (error as Error).message });
          }
        })();
      });
    },
  };
}
