import { defineConfig } from 'vitest/config';

// End-to-end tests of the BUILT Firefox extension (.output/firefox-mv2) in Debian's Firefox ESR
// (test/firefox/harness.ts). One file at a time: each launches its own Firefox.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
