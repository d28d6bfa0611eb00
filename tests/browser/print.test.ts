import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/site.ts';

const site = useServedSite();

describe('printing', () => {
  it('leaves the site chrome off paper and keeps the article', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.root.url}rust-in-2026/cpp-replacement/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'nav.site-nav', 'nav.toc', 'nav.prev-next', '.anchor-link', '.editorial-tag']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.close();
  });

  it('prints dark-theme pages black on white', async () => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.root.url}rust-in-2026/report/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return [body.backgroundColor, body.color];
    });
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await page.close();
  });

  it('starts each part of the whole report on a new sheet and makes a multi-page PDF', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.root.url}rust-in-2026/report/`);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll('.whole-report article + article')].map((a) => getComputedStyle(a).breakBefore),
    );
    expect(breaks.length).toBe(6);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});
