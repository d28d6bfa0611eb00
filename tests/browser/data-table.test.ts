import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, type Violation } from '../../tools/axe.ts';
import { useServedSite } from '../support/site.ts';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const SECTION = 'rust-in-2026/languages-compared/';

const site = useServedSite();

/** Opens a page in a fresh context; the caller closes the context. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await page.goto(site.root.url + path);
  return page;
}

const languages = (page: Page) => page.locator('figure.data-table tbody th').allTextContents();
const sortStates = (page: Page) =>
  page.locator('figure.data-table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')));
const header = (page: Page, name: string) => page.locator('figure.data-table thead').getByRole('button', { name, exact: true });

describe('sorting the comparison table', () => {
  it('gives every sortable column heading a button, and the free-text column none', async () => {
    const page = await open(SECTION);
    const buttons = await page.locator('figure.data-table thead th').evaluateAll((ths) => ths.map((th) => th.querySelector('button')?.textContent ?? null));
    expect(buttons).toEqual(['Language', 'Memory Safety', 'Performance', 'Ecosystem Maturity', null]);
    await page.context().close();
  });

  it('sorts rows by performance rank on a click, fastest first, and marks the column ascending', async () => {
    const page = await open(SECTION);
    expect(await languages(page)).toEqual(['Rust', 'Go', 'C++', 'Python']);
    await header(page, 'Performance').click();
    expect(await languages(page)).toEqual(['C++', 'Rust', 'Go', 'Python']);
    expect(await sortStates(page)).toEqual([null, null, 'ascending', null, null]);
    await page.context().close();
  });

  it('reverses the order on a second click and marks the column descending', async () => {
    const page = await open(SECTION);
    await header(page, 'Performance').click();
    await header(page, 'Performance').click();
    expect(await languages(page)).toEqual(['Python', 'Go', 'Rust', 'C++']);
    expect(await sortStates(page)).toEqual([null, null, 'descending', null, null]);
    await page.context().close();
  });

  it('sorts by memory-safety category and keeps tied languages in the report’s order both ways', async () => {
    const page = await open(SECTION);
    await header(page, 'Memory Safety').click();
    expect(await languages(page)).toEqual(['Rust', 'Go', 'Python', 'C++']);
    await header(page, 'Memory Safety').click();
    expect(await languages(page)).toEqual(['C++', 'Go', 'Python', 'Rust']);
    await page.context().close();
  });

  it('moves the sorted mark to the last column sorted', async () => {
    const page = await open(SECTION);
    await header(page, 'Performance').click();
    await header(page, 'Ecosystem Maturity').click();
    expect(await languages(page)).toEqual(['C++', 'Python', 'Go', 'Rust']);
    expect(await sortStates(page)).toEqual([null, null, null, 'ascending', null]);
    await page.context().close();
  });

  it('sorts from the keyboard: Tab from the table region reaches the first heading, Enter sorts by it', async () => {
    const page = await open(SECTION);
    await page.locator('figure.data-table [role="region"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Language');
    await page.keyboard.press('Enter');
    expect(await languages(page)).toEqual(['C++', 'Go', 'Python', 'Rust']);
    await page.keyboard.press('Space');
    expect(await languages(page)).toEqual(['Rust', 'Python', 'Go', 'C++']);
    expect(await sortStates(page)).toEqual(['descending', null, null, null, null]);
    await page.context().close();
  });

  it('sorts the table on the whole-report page too', async () => {
    const page = await open('rust-in-2026/report/');
    await header(page, 'Performance').click();
    expect(await languages(page)).toEqual(['C++', 'Rust', 'Go', 'Python']);
    await page.context().close();
  });

  it('shows the whole table, with no button, without JavaScript', async () => {
    const page = await open(SECTION, { javaScriptEnabled: false });
    expect(await languages(page)).toEqual(['Rust', 'Go', 'C++', 'Python']);
    expect(await page.locator('figure.data-table td').count()).toBe(16);
    expect(await page.locator('figure.data-table button').count()).toBe(0);
    await page.context().close();
  });
});

describe('the comparison table on a 375 px phone', () => {
  it('scrolls inside its own region instead of widening the page', async () => {
    const page = await open(SECTION, { viewport: PHONE });
    const widths = await page.evaluate(() => {
      const region = document.querySelector('figure.data-table [role="region"]')!;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, region: region.scrollWidth - region.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(0);
    expect(widths.region).toBeGreaterThan(0);
    await page.context().close();
  });

  it('says that it scrolls sideways, and keeps the caption within the screen', async () => {
    const page = await open(SECTION, { viewport: PHONE });
    expect(await page.locator('figure.data-table .scroll-hint').isVisible()).toBe(true);
    const caption = await page.locator('figure.data-table caption').boundingBox();
    expect((caption?.x ?? 0) + (caption?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('scrolls with the arrow keys once the region has focus', async () => {
    const page = await open(SECTION, { viewport: PHONE });
    const region = page.locator('figure.data-table [role="region"]');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('hides the scroll hint where the whole table fits', async () => {
    const page = await open(SECTION);
    expect(await page.locator('figure.data-table .scroll-hint').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('wide tables on the whole-report page', () => {
  it('at 1280 px, takes the room beside the text instead of scrolling inside the column, centred on it', async () => {
    const page = await open('rust-in-2026/report/');
    const layout = await page.evaluate(() => {
      const figure = document.querySelector('figure.data-table')!;
      const region = figure.querySelector('[role="region"]')!;
      const table = figure.querySelector('table')!.getBoundingClientRect();
      const text = figure.closest('article')!.getBoundingClientRect();
      return {
        scrolls: region.scrollWidth - region.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: { left: table.left, right: table.right, width: table.width },
        text: { left: text.left, right: text.right, width: text.width },
      };
    });
    expect(layout.scrolls).toBeLessThanOrEqual(0);
    expect(layout.page).toBeLessThanOrEqual(0);
    expect(layout.table.width).toBeGreaterThan(layout.text.width + 100);
    expect(Math.abs(layout.table.left + layout.table.right - (layout.text.left + layout.text.right))).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('keeps a part’s page as it was: the table in the text column, between the contents and “on this page”', async () => {
    const page = await open(SECTION);
    const [table, text] = await page.evaluate(() => [document.querySelector('figure.data-table')!, document.querySelector('article')!].map((e) => e.getBoundingClientRect().width));
    expect(table).toBe(text);
    await page.context().close();
  });
});

describe('numeric columns', () => {
  it('align right, heading and cells, in tabular figures; text columns stay left', async () => {
    const page = await open('sample-databases-2026/storage-engines-built-on-object-storage/');
    const columns = await page.evaluate(() =>
      [...document.querySelectorAll('figure.data-table thead th')].map((th, i) => {
        // The heading's sort button (with JavaScript) holds its label: it aligns as the column does.
        const cells = [th, ...[th.querySelector('button')].filter((b) => b !== null), ...document.querySelectorAll(`figure.data-table tbody tr > :nth-child(${i + 1})`)];
        return [th.textContent, [...new Set(cells.map((c) => `${getComputedStyle(c).textAlign} ${getComputedStyle(c).fontVariantNumeric}`))]];
      }),
    );
    expect(columns).toEqual([
      ['Engine', ['left normal']],
      ['Durable Layer', ['left normal']],
      ['Write Latency', ['left normal']],
      ['Nodes Tested', ['right tabular-nums']],
      ['Best For', ['left normal']],
    ]);
    await page.context().close();
  });
});

describe('the comparison table on paper', () => {
  it('prints every column and its heading on an A5 sheet, without scrolling or sort arrows', async () => {
    // A5 at 96 dpi less 1 cm margins: narrower than the table's minimum width on screen (40rem).
    const sheet = { width: 480, height: 720 };
    const page = await open(SECTION, { viewport: sheet });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const region = document.querySelector('figure.data-table [role="region"]')!;
      const headings = [...document.querySelectorAll<HTMLElement>('figure.data-table thead th')].map((th) => th.innerText.trim());
      const icon = document.querySelector('figure.data-table .sort-icon');
      return {
        clipped: region.scrollWidth - region.clientWidth,
        right: document.querySelector('figure.data-table table')!.getBoundingClientRect().right,
        headings,
        icon: icon && getComputedStyle(icon).display,
      };
    });
    expect(printed.clipped).toBeLessThanOrEqual(0);
    expect(printed.right).toBeLessThanOrEqual(sheet.width);
    expect(printed.headings).toEqual(['Language', 'Memory Safety', 'Performance', 'Ecosystem Maturity', 'Best Replacement Target']);
    expect(printed.icon).toBe('none');
    await page.context().close();
  });
});

describe('the comparison table’s accessibility (axe-core)', () => {
  const views = [PHONE, DESKTOP].flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme })));
  const found: Record<string, Violation[]> = {};
  const name = (view: (typeof views)[number]) => `${view.colorScheme} at ${view.viewport.width} px`;

  // One visit, sorted once, looked at in each view (viewport and colour scheme switched in place).
  beforeAll(async () => {
    const page = await open(SECTION);
    await header(page, 'Performance').click();
    for (const view of views) {
      await page.setViewportSize(view.viewport);
      await page.emulateMedia({ colorScheme: view.colorScheme });
      found[name(view)] = await axeViolations(page);
    }
    await page.context().close();
  });

  for (const view of views) {
    it(`finds no violation on the Section 3 page, sorted, in ${name(view)}`, () => {
      expect(found[name(view)]).toEqual([]);
    });
  }
});
