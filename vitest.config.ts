import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { unitSymbolsPlugin } from './build/unit-symbols-plugin.ts';
import { validatedStoryPlugin } from './build/validated-story-plugin.ts';
import { basemapTwinsPlugin } from './build/basemap-twins-plugin.ts';

export default defineConfig({
  plugins: [svelte(), unitSymbolsPlugin(), validatedStoryPlugin(), basemapTwinsPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    // The tests are pure (no globals, no shared mutable state): one module graph for all files saves re-importing
    // turf, valibot and the story for each file, which is most of the suite's time.
    isolate: false,
  },
});
