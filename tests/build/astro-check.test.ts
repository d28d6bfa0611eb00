import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../tools/build.ts';
import { projectRoot } from '../../tools/paths.ts';
import { libraryContent } from '../support/paths.ts';
import { envOutsideVitest } from '../../tools/processes.ts';

/** `astro check`'s exit code and everything it printed. */
function astroCheck(): Promise<{ code: number; output: string }> {
  // The test builds of this run (tests/support/global-setup.ts) have just written the types of
  // .astro/, which do not depend on the content: no second sync, unless REUSE_BUILD skipped them.
  const args = process.env['REUSE_BUILD'] === '1' ? ['check'] : ['check', '--noSync'];
  return new Promise((resolve) => {
    // A sync reads the test library, never the site's own src/content: publishing a report changes no test.
    const env = envOutsideVitest({ REPORT_CONTENT_DIR: libraryContent, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
    execFile(join(projectRoot, 'node_modules/.bin/astro'), args, { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr });
    });
  });
}

describe('astro check', () => {
  // Part of `npm test` as a test, so that it runs beside the browser tests instead of before every
  // test. It reads (or syncs) the project's .astro/ folder, which builds write: it takes turns with them.
  it('finds no type errors in the .astro and .ts files', async () => {
    const { code, output } = await withBuildLock(astroCheck);
    expect(code, output).toBe(0);
  }, 180_000);
});
