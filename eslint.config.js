import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { layerRules } from './layers.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'dist-scale-*/',
      'contact-sheet/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/report*',
      'bench/stories/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  // The layers of src/ (which folder may import which): written once in layers.config.js, explained in
  // docs/architecture.md.
  ...layerRules(),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
