import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, subpathBase, subpathDist } from '../support/paths.ts';
import { envOutsideVitest, freePort, startProcess } from '../../tools/processes.ts';

describe('npm run preview', () => {
  it('serves a subpath build at the base it was built with, CSS included, without BASE_PATH', async () => {
    const port = await freePort();
    // The test builds were made by `npm run build` (tests/support/global-setup.ts), which records the base.
    const env = envOutsideVitest({ REPORT_OUT_DIR: subpathDist, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
    delete env['BASE_PATH'];
    const preview = await startProcess(process.execPath, [join(projectRoot, 'scripts/preview.ts'), '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
      cwd: projectRoot,
      env,
      ready: new RegExp(`127\\.0\\.0\\.1:${port}${subpathBase}`),
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      const page = await fetch(`${origin}${subpathBase}rust-in-2026/verdict/`);
      expect(page.status).toBe(200);
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(await page.text())?.[1];
      expect(css).toMatch(new RegExp(`^${subpathBase}_astro/`));
      expect((await fetch(origin + css)).status).toBe(200);
    } finally {
      await preview.stop();
    }
  });
});
