import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores on CI: forks keep node:vm contexts and Chromium isolated per file.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
