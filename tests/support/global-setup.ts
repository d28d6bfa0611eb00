import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { clearBuildLock, runBuild } from '../../tools/build.ts';
import { projectRoot } from '../../tools/paths.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { fixturesRoot, libraryContent, sampleReports, testBuilds } from './paths.ts';

/** The site's content plus the sample reports, imported as a publisher would. */
async function makeLibrary(): Promise<void> {
  await rm(libraryContent, { recursive: true, force: true });
  await cp(join(projectRoot, 'src/content'), libraryContent, { recursive: true });
  for (const sample of sampleReports) await runImport({ ...sample, contentDir: libraryContent });
}

// Both the build and the browser project name this file; one run of the builds serves both. The
// promise lives on globalThis because each project loads its own copy of this module.
const key = Symbol.for('report.testBuilds');
type WithBuilds = typeof globalThis & { [key]?: Promise<void> };

async function buildAll(): Promise<void> {
  await clearBuildLock();
  if (process.env['REUSE_BUILD'] === '1') return;
  await rm(fixturesRoot, { recursive: true, force: true });
  await makeLibrary();
  for (const target of testBuilds) {
    const result = await runBuild(target);
    // Kept, so that tests of the build's own messages read a real build instead of making another.
    await mkdir(dirname(target.log), { recursive: true });
    await writeFile(target.log, result.output);
    if (result.code !== 0) throw new Error(`${target.name} failed:\n${result.output}`);
  }
}

/**
 * Builds the site once per test run, at the root path and under a subpath, into tests/.output/
 * (never dist/), so every build and browser test reads real output. Only the build and browser
 * projects run it: unit tests need no build. Set REUSE_BUILD=1 to skip the builds while iterating.
 */
export default async function setup(): Promise<void> {
  const shared = globalThis as WithBuilds;
  shared[key] ??= buildAll();
  await shared[key];
}
