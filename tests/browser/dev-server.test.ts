import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { withBuildLock } from '../../tools/build.ts';
import { libraryContent, outputRoot, projectRoot } from '../support/paths.ts';
import { testLibrary } from '../support/library.ts';
import { envOutsideVitest, freePort, startProcess } from '../../tools/processes.ts';

describe('npm run dev', () => {
  it('shows pages styled as the built site, with no Content-Security-Policy error', async () => {
    // The dev server writes the project's .astro/ folder as a build does: take turns with builds.
    // --ignore-lock: in the foreground, beside (and never replacing) an editor's own dev server.
    await withBuildLock(async () => {
      const port = await freePort();
      const dev = await startProcess(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
        cwd: projectRoot,
        // The test library, never the site's own src/content: publishing a report changes no test.
        env: envOutsideVitest({ REPORT_CONTENT_DIR: libraryContent, ASTRO_CACHE_DIR: join(outputRoot, 'dev-cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }),
        ready: new RegExp(`127\\.0\\.0\\.1:${port}/`),
      });
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const cspErrors: string[] = [];
        page.on('console', (message) => {
          if (/content security policy/i.test(message.text())) cspErrors.push(message.text());
        });
        const [part] = testLibrary().flatMap((report) => report.parts);
        await page.goto(`http://127.0.0.1:${port}/${part?.path ?? ''}`);
        expect(await page.locator('h1').textContent()).toBe(part?.heading);
        // global.css sets the body's system font stack; unstyled, Chromium falls back to Times.
        await page.waitForFunction(() => getComputedStyle(document.body).fontFamily.startsWith('system-ui'), undefined, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        expect(cspErrors).toEqual([]);
      } finally {
        await browser.close();
        await dev.stop();
      }
    });
  }, 120_000);
});
