import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run with a fixed seed (printed on failure); `npm run fuzz` picks a random one.
    setupFiles: ['test/setup/fast-check.ts'],
    // Two cores on CI: forks keep node:vm contexts and Chromium isolated per file.
    pool: 'forks',
    // A bound, not a speed check: the emulator tests over the demo workbook take tens of seconds when
    // the two cores are shared by several runs at once.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
