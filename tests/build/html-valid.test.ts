import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { rootDist, subpathDist } from '../support/paths.ts';

// The W3C Nu HTML Checker (vnu-jar ships it in the npm package; it runs on Java, which .ci/run
// installs when the machine lacks it). Every page of both test builds, redirect pages included.
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

describe('the built HTML', () => {
  it('is valid HTML on every page, by the W3C Nu checker, at the root path and under a subpath', async () => {
    const result = await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'text', rootDist, subpathDist], { maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => `${stdout}${stderr}`,
      (error: { stdout?: string; stderr?: string; message: string }) => `${error.stdout ?? ''}${error.stderr ?? error.message}`,
    );
    expect(result.trim()).toBe('Document checking completed. No errors found.');
  }, 120_000);
});
