// @ts-check
/**
 * Mutation testing of the pure core: `npm run mutation`. Not part of `npm test` (it takes minutes).
 * Incremental: the result of each run is kept in reports/mutation/ (ignored by git), so a re-run only tests
 * mutants in code or tests that changed. Delete that folder (or pass --force) for a clean run.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/{story,article,scene,navigation,lib}/**/*.ts',
    'src/export/{share-card,video-plan,webm,png-text,link-preview}.ts',
  ],
  // Not copied into the sandbox: build output and browser-test results (Playwright deletes these mid-copy).
  ignorePatterns: ['dist', 'dist-bench', 'test-results', 'playwright-report', 'reports'],
  // Static mutants (module-level constants) need every test re-run for each one; they are few and slow.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Two cores on our machines; more workers only queue.
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: null },
};
