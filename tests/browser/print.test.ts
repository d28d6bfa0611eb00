import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/site.ts';
import { printedSheets, type PrintedSheet } from '../support/printed.ts';
import { subpathBase } from '../support/paths.ts';

const site = useServedSite();

// global.css: @page { margin: 18mm 16mm }, in PDF points.
const MARGIN = (18 / 25.4) * 72;
const ADDRESS = `https://reports.example.org${subpathBase}`;

/** The PDF Chromium prints of a page of the subpath build (made with SITE_URL), read back with pdf.js; and what the page shows. */
async function print(path: string): Promise<{ sheets: PrintedSheet[]; editorsHeadings: number; parts: number; links: string[] }> {
  const page = await site.browser.newPage();
  await page.goto(site.sub.url + path);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ({
    editorsHeadings: document.querySelectorAll('main .heading-wrapper').length,
    parts: document.querySelectorAll('main h2.part-title').length,
    links: [...document.querySelectorAll<HTMLAnchorElement>('main a[data-url-text]')].map((a) => a.getAttribute('href') ?? ''),
  }));
  const sheets = await printedSheets(await page.pdf({ format: 'A4' }), MARGIN);
  await page.close();
  return { sheets, ...shown };
}

describe('printing', () => {
  it('leaves the site chrome off paper and keeps the article', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.root.url}rust-in-2026/cpp-replacement/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'nav.site-nav', 'nav.toc', 'nav.prev-next', '.anchor-link']) {
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
});

describe('the whole report on paper (the PDF Chromium prints)', () => {
  let rust: Awaited<ReturnType<typeof print>>;
  let corpus: Awaited<ReturnType<typeof print>>;
  beforeAll(async () => {
    [rust, corpus] = [await print('rust-in-2026/report/'), await print('hostile-corpus/report/')];
  });

  it('puts the report’s address, its title, its date and the page number in the margins of every sheet', () => {
    expect(rust.sheets.length).toBeGreaterThan(2);
    rust.sheets.forEach((sheet, i) => {
      expect(sheet.margins).toContain(`${ADDRESS}rust-in-2026/report/`);
      expect(sheet.margins).toContain('The whole report · Rust in 2026');
      expect(sheet.margins).toContain('Data as of March 2026.');
      expect(sheet.margins).toContain(`${i + 1} / ${rust.sheets.length}`);
    });
  });

  it('keeps the mark on every editors’ heading, as the footer on paper explains it', () => {
    const body = rust.sheets.map((sheet) => sheet.body).join('\n');
    expect(rust.editorsHeadings).toBeGreaterThan(3);
    expect(body.match(/EDITORS’ HEADING/g)).toHaveLength(rust.editorsHeadings);
    expect(body.replace(/\s+/g, ' ')).toContain('marked “editors’ heading” are added by this site’s editors');
  });

  it('prints a URL the report writes out once, not again in brackets after it', () => {
    // pdf.js may break a long URL across lines: compare without white space.
    const body = corpus.sheets.map((sheet) => sheet.body).join('').replace(/\s+/g, '');
    expect(corpus.links.length).toBeGreaterThan(1);
    for (const url of corpus.links) expect(body.split(url).length - 1, url).toBe(1);
  });

  it('runs one part on after another, so that no sheet but the last is left mostly blank', () => {
    // No more sheets than parts: a part no longer starts a sheet of its own after the title page.
    expect(rust.sheets.length).toBeLessThanOrEqual(rust.parts);
    for (const [i, sheet] of rust.sheets.slice(0, -1).entries()) expect(sheet.filled, `sheet ${i + 1}`).toBeGreaterThan(0.6);
  });
});
