import { defineConfig, loadEnv } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { unitSymbolsPlugin } from './build/unit-symbols-plugin.ts';
import { validatedStoryPlugin } from './build/validated-story-plugin.ts';
import { basemapTwinsPlugin } from './build/basemap-twins-plugin.ts';
import { cspPlugin, originOf } from './build/csp-plugin.ts';
import { linkPreviewsPlugin } from './build/link-previews-plugin.ts';
import { publishCheckPlugin } from './build/publish-check-plugin.ts';
import { storyDir } from './scripts/story-files.ts';
import { basemapArchiveDefine } from './build/basemap-archive-define.ts';
import { pmtilesSourcePlugin } from './build/pmtiles-source-plugin.ts';

/** The story this build ships: `STORY_DIR` (default geodata/), imported by the app as `$story/…`. */
const STORY = storyDir();

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the built site works from any sub-path (e.g. /maps/iraq/) without rebuilding.
  base: './',
  resolve: { alias: { $story: STORY.slice(0, -1) } },
  define: basemapArchiveDefine(),
  // An absolute detail basemap URL is the one other host the page may fetch from (docs/cartography.md, "The basemap").
  plugins: [
    publishCheckPlugin(STORY),
    validatedStoryPlugin(STORY),
    basemapTwinsPlugin(STORY),
    svelte(),
    pmtilesSourcePlugin(),
    unitSymbolsPlugin(STORY),
    cspPlugin(originOf(loadEnv(mode, process.cwd(), 'VITE_')['VITE_DETAIL_BASEMAP_URL'])),
    linkPreviewsPlugin(),
  ],
  build: {
    target: 'es2022',
    // Data files (geodata, basemap) stay separate files fetched at run time, never inlined into the JS:
    // they are counted apart from code, cached apart, and can be intercepted in tests.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // No polyfill for <link rel="modulepreload"> (first-view code): a browser without it (Safari before 17) loads the
    // same modules through their imports, only without the early start.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it caches apart from our code, and the benchmark can tell our
        // bytes from MapLibre's.
        // The optional detail basemap's styles load only when a build names one (docs/cartography.md, "The basemap").
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'detail-basemap', test: /node_modules[\\/]@protomaps[\\/]basemaps/ },
            // What the first view shares with chunks loaded later (Svelte's runtime, the story model, dates, the
            // preload helper) in one chunk, not six: each file gzips apart and small ones compress worst.
            // Rolldown would put them in the entry chunk itself, which the later chunks only load after, but does
            // not yet (rolldown#10731).
            { name: 'first-view', tags: ['$initial'], minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The story folder may lie outside the project (STORY_DIR): let the dev server read it.
  server: { host: '127.0.0.1', fs: { allow: ['.', STORY] } },
  preview: { host: '127.0.0.1' },
}));
