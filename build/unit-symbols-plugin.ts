/**
 * Vite plugin: `virtual:unit-symbols` exports each of the story's forces (`forces` in its events.json) as an SVG
 * drawn by milsymbol at build time (milsymbol is ~200 KB gzip; the handful of symbols a story needs are ~1 KB each):
 * its URL, size and anchor. A build emits each SVG as a file of its own, an image the page fetches like any other,
 * so the symbols' markup is not in the first view's JavaScript (about 2 KB gzip for the real story); the dev server
 * gives data: URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import ms from 'milsymbol';
import type { ForceSymbol } from '../src/story/symbols.ts';
import { storyDir } from '../scripts/story-files.ts';

const VIRTUAL_ID = 'virtual:unit-symbols';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface RenderedSymbol {
  svg: string;
  width: number;
  height: number;
  /** Where the symbol's position sits inside the image, in px from the top left. */
  anchor: { x: number; y: number };
}

/**
 * The forces a story folder declares, read as they are: a folder whose events.json is unreadable has none here,
 * and the app's own validation names the problem.
 */
export function storyForces(dir: string): Record<string, ForceSymbol> {
  let forces: unknown;
  try {
    forces = (JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { forces?: unknown } | null)?.forces;
  } catch {
    return {};
  }
  if (typeof forces !== 'object' || forces === null) return {};
  return Object.fromEntries(
    Object.entries(forces).filter(
      (entry): entry is [string, ForceSymbol] => typeof (entry[1] as { sidc?: unknown } | null)?.sidc === 'string',
    ),
  );
}

/**
 * Each force's symbol as an SVG with its size and anchor.
 * @throws naming the force, when milsymbol does not accept its code
 */
export function renderSymbols(
  forces: Readonly<Record<string, ForceSymbol>>,
  size = 26,
): Record<string, RenderedSymbol> {
  return Object.fromEntries(
    Object.entries(forces).map(([name, { sidc }]) => {
      const symbol = new ms.Symbol(sidc, { size, outlineWidth: 3, outlineColor: '#ffffff' });
      if (!symbol.isValid()) throw new Error(`unit symbol "${name}": milsymbol rejects SIDC ${sidc}`);
      const { width, height } = symbol.getSize();
      return [name, { svg: symbol.asSVG(), width, height, anchor: symbol.getAnchor() }];
    }),
  );
}

/** An SVG as a data: URL (the dev server's symbols, and tests). */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** @param dir - the story folder (default: `STORY_DIR`, else geodata/) */
export function unitSymbolsPlugin(dir = storyDir()): Plugin {
  let serving = false;
  return {
    name: 'unit-symbols',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The dev server rebuilds the symbols when the story's forces change.
      this.addWatchFile(join(dir, 'events.json'));
      const entries = Object.entries(renderSymbols(storyForces(dir))).map(([name, { svg, width, height, anchor }]) => {
        const size = `width: ${width}, height: ${height}, anchor: ${JSON.stringify(anchor)}`;
        if (serving) return `${JSON.stringify(name)}: { url: ${JSON.stringify(svgDataUrl(svg))}, ${size} }`;
        const file = this.emitFile({ type: 'asset', name: `unit-${name}.svg`, source: svg });
        return `${JSON.stringify(name)}: { url: import.meta.ROLLUP_FILE_URL_${file}, ${size} }`;
      });
      return `export default { ${entries.join(', ')} };`;
    },
  };
}
