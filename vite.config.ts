import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { unitSymbolsPlugin } from './build/unit-symbols-plugin.ts';
import { cspPlugin } from './build/csp-plugin.ts';
import { linkPreviewsPlugin } from './build/link-previews-plugin.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (e.g. /maps/iraq/) without rebuilding.
  base: './',
  plugins: [svelte(), unitSymbolsPlugin(), cspPlugin(), linkPreviewsPlugin()],
  build: {
    target: 'es2022',
    // Data files (geodata, basemap) stay separate files fetched at run time, never inlined into the JS:
    // they are counted apart from code, cached apart, and can be intercepted in tests.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it caches apart from our code, and the benchmark can tell our
        // bytes from MapLibre's.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
