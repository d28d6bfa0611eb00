import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { clearBuildLock, runBuild } from '../../tools/build.ts';
import { makeLibrary } from '../../tools/library.ts';
import { buildsDone, fixtureReports, fixturesRoot, libraryContent, testBuilds, type BuildsOutcome } from './paths.ts';

// Both the build and the browser project name this file; one run of the builds serves both. The
// promise lives on globalThis because each project loads its own copy of this module.
const key = Symbol.for('report.testBuilds');
type WithBuilds = typeof globalThis & { [key]?: Promise<void> };

async function buildAll(): Promise<void> {
  await clearBuildLock();
  if (process.env['REUSE_BUILD'] === '1') return;
  await rm(fixturesRoot, { recursive: true, force: true });
  await makeLibrary(libraryContent, fixtureReports);
  for (const target of testBuilds) {
    const result = await runBuild(target);
    // Kept, so that tests of the build's own messages read a real build instead of making another.
    await mkdir(dirname(target.log), { recursive: true });
    await writeFile(target.log, result.output);
    if (result.code !== 0) throw new Error(`${target.name} failed:\n${result.output}`);
  }
}

/** Runs the builds and leaves their outcome in `buildsDone` for the test files to wait on. */
async function buildAndSignal(): Promise<void> {
  let outcome: BuildsOutcome;
  try {
    await buildAll();
    outcome = { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Once, in full, here; each waiting test file fails with a short line pointing here.
    console.error(`\nThe test builds failed (tests/support/global-setup.ts):\n${message}\n`);
    outcome = { ok: false, error: message.split('\n')[0] ?? 'the test builds failed' };
  }
  await mkdir(dirname(buildsDone), { recursive: true });
  await writeFile(buildsDone, JSON.stringify(outcome));
}

/**
 * Builds the site once per test run, at the root path and under a subpath, into tests/.output/
 * (never dist/), so every build and browser test reads real output. Only the build and browser
 * projects run it: unit tests need no build. Set REUSE_BUILD=1 to skip the builds while iterating.
 *
 * It returns as soon as the builds have started, so that the unit tests run meanwhile; every build
 * and browser test file first waits for them (tests/support/wait-for-builds.ts, a setup file).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const shared = globalThis as WithBuilds;
  if (!shared[key]) {
    // A previous run's outcome must not let this run's test files start early.
    await rm(buildsDone, { force: true });
    shared[key] = buildAndSignal();
  }
  const builds = shared[key];
  // Vitest never ends a run while the builds still write into tests/.output/.
  return () => builds;
}
