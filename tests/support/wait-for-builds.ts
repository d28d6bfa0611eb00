import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildsDone, type BuildsOutcome } from './paths.ts';

// A setup file of the build and browser projects: before a test file is even imported (some read
// the built site at the top), wait until the global setup's test builds are done. Meanwhile the
// unit tests, which need no build, have the workers.
const patience = 10 * 60_000;
const start = Date.now();
let outcome: BuildsOutcome | undefined;
while (!outcome) {
  try {
    outcome = JSON.parse(await readFile(buildsDone, 'utf8')) as BuildsOutcome;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (Date.now() - start > patience) throw new Error(`the test builds did not finish within ${patience / 60_000} minutes`);
    await sleep(200);
  }
}
if (!outcome.ok) throw new Error(`the test builds failed, so this file cannot run (the builds' output is printed above): ${outcome.error}`);
