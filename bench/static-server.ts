/**
 * A minimal static file server on 127.0.0.1 for the benchmark: serves a folder under a path prefix, and answers
 * HTTP range requests (the basemap archive is read in ranges), as any static host does.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pmtiles': 'application/vnd.pmtiles',
};

export async function serveFolder(folder: string, prefix: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, relative.endsWith('/') || relative === '.' ? 'index.html' : relative);
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      if (!range) return void response.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' }).end(body);
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
      if (start >= body.length) {
        return void response.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
      }
      response
        .writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${body.length}` })
        .end(body.subarray(start, end + 1));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${prefix}`, server };
}
