import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

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
  {
    // Only src/map may talk to MapLibre; core stays pure (see STYLE.md).
    files: [
      'src/story/**/*.ts',
      'src/article/**/*.ts',
      'src/scene/**/*.ts',
      'src/navigation/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['maplibre-gl', 'svelte', 'svelte/*', '../map/*', '../ui/*', '../state/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location'],
    },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/editor/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['maplibre-gl'] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
