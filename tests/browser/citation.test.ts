import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rootDist, rustReport } from '../support/paths.ts';
import { useServedSite } from '../support/site.ts';

const site = useServedSite();

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(site.root.url + path);
  return page;
}

describe('citing a report and linking into it, in a real browser', () => {
  it('copies the BibTeX and the CSL-JSON exactly as the files hold them', async () => {
    const page = await open(`${rustReport}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.root.origin });
    for (const [name, file] of [['BibTeX', 'cite.bib'], ['CSL-JSON', 'cite.json']] as const) {
      const figure = page.locator('section.cite figure.code-block', { hasText: name });
      await figure.getByRole('button', { name: `Copy code of ${name}` }).click();
      await expect.poll(() => figure.getByRole('status').textContent()).toBe('Copied');
      expect(`${await page.evaluate(() => navigator.clipboard.readText())}\n`).toBe(readFileSync(join(rootDist, rustReport, file), 'utf8'));
    }
    await page.context().close();
  });

  it('shows a link mark beside each heading, finding and part title, named for screen readers, without JavaScript', async () => {
    for (const [path, name] of [
      [`${rustReport}/`, 'Link to key finding 1'],
      [`${rustReport}/report/`, 'Link to Section 1 — Rust\'s Trajectory: Beyond the Hype Cycle'],
      [`${rustReport}/report/`, 'Link to “From hype to production”'],
    ] as const) {
      const page = await open(path, false);
      const link = page.getByRole('link', { name, exact: true });
      expect(await link.evaluate((a) => getComputedStyle(a, '::before').content)).toMatch(/^"#"/);
      const box = await link.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(8);
      await link.click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${(await link.getAttribute('href'))?.slice(1)}`);
      await page.context().close();
    }
  });

  it('downloads a table’s CSV from a plain link, without JavaScript', async () => {
    const page = await open(`${rustReport}/languages-compared/`, false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('languages-compared-1.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(join(rootDist, rustReport, 'data', 'languages-compared-1.csv'), 'utf8'));
    await page.context().close();
  });
});
