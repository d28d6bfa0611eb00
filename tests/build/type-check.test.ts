import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../tools/build.ts';
import { projectRoot } from '../../tools/paths.ts';
import { envOutsideVitest, runProcess } from '../../tools/processes.ts';
import { libraryContent } from '../support/paths.ts';

// `npm run check`'s two halves, as tests, so that they run beside the browser tests instead of before
// every test: TypeScript 7 (typescript-native, in a third of TypeScript 6's time) checks every .ts
// file of src, tests, tools and bench; `astro check` checks the .astro files (tools/tsconfig.astro.json).
// Both read the types of the project's .astro/ folder, which builds write: they take turns with them.

/** Runs a type checker in the project: its exit code and everything it printed. */
function check(command: string, args: string[]): Promise<{ code: number; output: string }> {
  // A sync reads the test library, never the site's own src/content: publishing a report changes no test.
  const env = envOutsideVitest({ REPORT_CONTENT_DIR: libraryContent, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
  return runProcess(command, args, { cwd: projectRoot, env });
}

describe('npm run check', () => {
  it('finds no type errors in the .ts files (TypeScript 7) nor in the .astro files (astro check)', async () => {
    const [ts, astro] = await withBuildLock(() =>
      Promise.all([
        check(process.execPath, [join(projectRoot, 'node_modules/typescript-native/bin/tsc'), '--noEmit', '-p', projectRoot]),
        // The test builds of this run (tests/support/global-setup.ts) have just written the types of
        // .astro/, which do not depend on the content: no second sync, unless REUSE_BUILD skipped them.
        check(join(projectRoot, 'node_modules/.bin/astro'), ['check', '--tsconfig', 'tools/tsconfig.astro.json', ...(process.env['REUSE_BUILD'] === '1' ? [] : ['--noSync'])]),
      ]),
    );
    expect(ts.code, ts.output).toBe(0);
    expect(astro.code, astro.output).toBe(0);
    expect(astro.output).toMatch(/Result \(\d+ files\)/);
  }, 180_000);
});
