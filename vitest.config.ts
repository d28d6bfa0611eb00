import { defineConfig } from 'vitest/config';
import LongFilesFirst from './tests/support/sequencer.ts';

// Unit tests need no build. The build and browser projects read the two test builds (root path and
// subpath, in tests/.output/, never dist/) that their global setup makes once per run.
const builds = 'tests/support/global-setup.ts';

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; the files are light enough to share the machine
    // two at a time (the fixture builds and astro check mostly wait on their child process).
    maxWorkers: 2,
    // The long files first, whatever their project (tests/support/sequencer.ts).
    sequence: { sequencer: LongFilesFirst },
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
