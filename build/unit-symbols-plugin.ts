/**
 * Vite plugin: `virtual:unit-symbols` exports each map symbol as an SVG string, drawn by milsymbol at build
 * time. milsymbol is ~200 KB gzip; the handful of symbols the story needs are ~1 KB each.
 */
import type { Plugin } from 'vite';
import ms from 'milsymbol';
import { MAP_SYMBOLS } from '../src/core/symbols.ts';

const VIRTUAL_ID = 'virtual:unit-symbols';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface RenderedSymbol {
  svg: string;
  width: number;
  height: number;
  /** Where the symbol's position sits inside the image, in px from the top left. */
  anchor: { x: number; y: number };
}

export function renderSymbols(size = 26): Record<string, RenderedSymbol> {
  return Object.fromEntries(
    Object.entries(MAP_SYMBOLS).map(([name, { sidc }]) => {
      const symbol = new ms.Symbol(sidc, { size, outlineWidth: 3, outlineColor: '#ffffff' });
      if (!symbol.isValid()) throw new Error(`unit symbol "${name}": milsymbol rejects SIDC ${sidc}`);
      const { width, height } = symbol.getSize();
      return [name, { svg: symbol.asSVG(), width, height, anchor: symbol.getAnchor() }];
    }),
  );
}

export function unitSymbolsPlugin(): Plugin {
  return {
    name: 'unit-symbols',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(renderSymbols())};` : undefined),
  };
}
