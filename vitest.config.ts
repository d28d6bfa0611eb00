import { defineConfig } from 'vitest/config';

// Unit tests need no build. The build and browser projects read the two test builds (root path and
// subpath, in tests/.output/, never dist/) that their global setup makes once per run.
const builds = 'tests/support/global-setup.ts';

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; unit and build files are light enough to share
    // the machine two at a time (the bad-input builds are mostly waiting on their child process).
    // The browser project still runs its files one at a time, after them.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: [builds], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: [builds],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two browser files at a time, like the other projects: every browser test waits for the
          // state it asserts (the results of the whole query, a URL, a pressed button), never for
          // time, so sharing two cores slows them without making them flaky.
        },
      },
      {
        extends: true,
        test: {
          // A real nginx with the README's configuration (skipped, with a printed line, where nginx is missing).
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
