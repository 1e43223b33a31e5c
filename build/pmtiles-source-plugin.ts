/**
 * Vite plugin: the page's pmtiles reader is built from the package's own TypeScript (`pmtiles/src/`, shipped in
 * the npm package beside `dist/`), and its one use of fflate loads on demand.
 *
 * - `dist/esm/index.js` is minified with each function wrapped to keep its name, which defeats tree-shaking: the
 *   Leaflet adapter, the file source and the second cache came along, 14 KB. From the source only what the app
 *   uses is bundled.
 * - pmtiles inflates gzip with the browser's DecompressionStream and falls back on fflate's `decompressSync`
 *   where it is missing (Safari before 16.4, Firefox before 113). That fallback is redirected to
 *   src/lib/inflate-on-demand.ts, which loads fflate only when called: no page with DecompressionStream fetches it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PMTILES_SOURCE_DIR = fileURLToPath(new URL('../node_modules/pmtiles/src/', import.meta.url));
const PMTILES_SOURCE = `${PMTILES_SOURCE_DIR}index.ts`;
const INFLATE_ON_DEMAND = fileURLToPath(new URL('../src/lib/inflate-on-demand.ts', import.meta.url));

export function pmtilesSourcePlugin(): Plugin {
  return {
    name: 'pmtiles-source',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'pmtiles') return PMTILES_SOURCE;
      if (source === 'fflate' && importer?.startsWith(PMTILES_SOURCE_DIR)) return INFLATE_ON_DEMAND;
      return undefined;
    },
  };
}
