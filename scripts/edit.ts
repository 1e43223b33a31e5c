/**
 * `npm run edit -- FOLDER`: the local story editor. A Vite dev server on 127.0.0.1 only (port `EDIT_PORT`, else a
 * free one) serving editor.html, with the API that reads and saves the folder (scripts/story-api.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { storyApiPlugin } from './story-api.ts';

const ROOT = new URL('../', import.meta.url).pathname;

/** One clear line and a non-zero exit: no stack trace for a mistake in the command line. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const argument = process.argv[2];
if (argument === undefined || argument.trim() === '') {
  fail('Usage: npm run edit -- FOLDER (a story folder with article.txt and events.json)');
}
const dir = resolve(process.cwd(), argument);
if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`No such folder: ${dir}`);
for (const file of ['events.json', 'article.txt']) {
  if (!existsSync(resolve(dir, file))) fail(`${dir} is not a story folder: it has no ${file}`);
}
const portSetting = process.env['EDIT_PORT'];
const port = portSetting === undefined || portSetting === '' ? 0 : Number(portSetting);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`EDIT_PORT must be a port number (got "${portSetting}")`);

try {
  // Loaded once the arguments are known to be right: a mistake is reported at once.
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    clearScreen: false,
    logLevel: 'warn',
    plugins: [storyApiPlugin(dir)],
    // Never reachable from another machine. No hot reload: the page is the editor, not code under development,
    // and a reload would lose what is typed.
    server: { host: '127.0.0.1', port, strictPort: port !== 0, hmr: false, open: false },
  });
  await server.listen();
  const { port: actual } = server.httpServer!.address() as AddressInfo;
  console.log(`Editing ${dir} at http://127.0.0.1:${actual}/editor.html`);
} catch (error) {
  fail(`The editor could not start: ${(error as Error).message}`);
}
