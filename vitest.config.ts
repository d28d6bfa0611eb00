import { defineConfig } from 'vitest/config';
import LongFilesFirst from './tests/support/sequencer.ts';

// Unit tests need no build. The other projects read the two test builds (root path and subpath, in
// tests/.output/, never dist/) that their global setup makes once per run while the unit tests run.
const builds = { globalSetup: ['tests/support/global-setup.ts'], setupFiles: ['tests/support/wait-for-builds.ts'] };

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; the files are light enough to share the machine
    // two at a time (the fixture builds and the type check mostly wait on their child process).
    maxWorkers: 2,
    // A worker keeps the modules it has loaded from one test file to the next instead of starting
    // afresh for each: a third less CPU for the run. No shared module of the tests holds state from
    // one file to the next; a file that mocks a module (vi.mock) is the only one to import it.
    isolate: false,
    // The long files first, whatever their project (tests/support/sequencer.ts).
    sequence: { sequencer: LongFilesFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...builds, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          ...builds,
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
          // A real nginx with docs/DEPLOYING.md's configuration (it fails, saying so, where nginx is missing).
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          ...builds,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
