import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run with a fixed seed (printed on failure); `npm run fuzz` picks a random one.
    setupFiles: ['test/setup/fast-check.ts'],
    // Two cores on CI: forks keep node:vm contexts and Chromium isolated per file.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
