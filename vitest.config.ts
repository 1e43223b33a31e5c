import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { unitSymbolsPlugin } from './build/unit-symbols-plugin.ts';

export default defineConfig({
  plugins: [svelte(), unitSymbolsPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
  },
});
