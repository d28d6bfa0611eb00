import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { clearBuildLock, runBuild } from './build.ts';
import { outputRoot, rootCache, rootDist, subpathBase, subpathDist } from './paths.ts';

/**
 * Builds the site once per test run, at the root path (dist/, as `npm run build` does) and
 * under a subpath, so every build and browser test reads real output. Set REUSE_BUILD=1 to
 * skip the builds while iterating on tests.
 */
export default async function setup(): Promise<void> {
  await clearBuildLock();
  if (process.env['REUSE_BUILD'] === '1') return;
  await rm(join(outputRoot, 'fixtures'), { recursive: true, force: true });
  const root = await runBuild({ REPORT_OUT_DIR: rootDist, ASTRO_CACHE_DIR: rootCache });
  if (root.code !== 0) throw new Error(`npm run build failed:\n${root.output}`);
  const sub = await runBuild({
    BASE_PATH: subpathBase,
    SITE_URL: 'https://reports.example.org',
    REPORT_OUT_DIR: subpathDist,
    ASTRO_CACHE_DIR: join(outputRoot, 'subpath-cache'),
  });
  if (sub.code !== 0) throw new Error(`BASE_PATH=${subpathBase} npm run build failed:\n${sub.output}`);
}
