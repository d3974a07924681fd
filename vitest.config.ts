import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Real Chromium prints in some tests; two cores, so keep files from piling up.
    maxWorkers: 2,
  },
});
