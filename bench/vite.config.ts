import { defineConfig } from 'vite';

/** Builds the baseline page (bench/baseline) into dist-bench/, with the same settings as the app. */
export default defineConfig({
  root: new URL('./baseline/', import.meta.url).pathname,
  base: './',
  build: {
    outDir: new URL('../dist-bench/', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
