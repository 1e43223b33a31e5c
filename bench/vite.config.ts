import { defineConfig } from 'vite';
import { basemapArchiveDefine } from '../build/basemap-archive-define.ts';

/** Builds the baseline page (bench/baseline) into dist-bench/, with the same settings as the app. */
export default defineConfig({
  root: new URL('./baseline/', import.meta.url).pathname,
  base: './',
  // The same basemap loading as the app's (src/map/basemap/basemap.ts reads the archive's built size).
  define: basemapArchiveDefine(),
  build: {
    outDir: new URL('../dist-bench/', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
