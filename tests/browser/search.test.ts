import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from '../support/site.ts';
import { axeViolations } from '../../tools/axe.ts';
import { subpathBase } from '../support/paths.ts';

const site = useServedSite();

/** Opens a page, recording every request for a Pagefind file and every script error. */
async function visit(url: string, options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const pagefindRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => req.url().includes('/pagefind/') && pagefindRequests.push(req.url()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, pagefindRequests, errors };
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const isOpen = (page: Page) => dialog(page).evaluate((d: HTMLDialogElement) => d.open);
const focusedInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('dialog.search-dialog input') ?? false);
/**
 * The result links shown for exactly `term` (search-ui.ts marks which query the results on screen
 * belong to): waiting on these, a test never acts on the results of a prefix still being typed.
 */
const resultsFor = (page: Page, term: string, scope = 'dialog.search-dialog') =>
  page.locator(`${scope} pagefind-results[data-results-for=${JSON.stringify(term)}] a[href]`);
const headingLinksFor = (page: Page, term: string, scope = 'dialog.search-dialog') =>
  page.locator(`${scope} pagefind-results[data-results-for=${JSON.stringify(term)}] .pf-heading-link`);

/** Opens search from the header button and waits for its box to take focus. */
async function openSearch(page: Page): Promise<void> {
  await page.locator('.search-button').click();
  await expect.poll(() => focusedInDialog(page)).toBe(true);
}

describe('search in the header', () => {
  it('loads nothing of Pagefind before search is opened', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}cpp-replacement/`);
    expect(pagefindRequests).toEqual([]);
    await openSearch(page);
    await expect.poll(() => pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
    await context.close();
  });

  for (const key of ['/', 'Control+k', 'Meta+k']) {
    it(`opens on ${key} with the search box focused`, async () => {
      const { context, page } = await visit(`${site.root.url}verdict/`);
      await page.keyboard.press(key);
      expect(await isOpen(page)).toBe(true);
      await expect.poll(() => focusedInDialog(page)).toBe(true);
      await context.close();
    });
  }

  it('keeps what the reader types while search is still loading', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    // Hold the Component UI back until the whole query is typed, as on a slow connection.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind-component-ui.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.type('Pingora');
    release();
    await resultsFor(page, 'Pingora').first().waitFor();
    expect(await page.locator('dialog.search-dialog input').inputValue()).toBe('Pingora');
    expect(await resultsFor(page, 'Pingora').first().getAttribute('href')).toMatch(/^\/cpp-replacement\//);
    await context.close();
  });


  it('keeps an Enter pressed while search is still loading, and follows the first result', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    // Hold the site's search code back until the reader has typed and pressed Enter.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/search-ui-*', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.type('Pingora');
    await page.keyboard.press('Enter');
    release();
    await page.waitForURL(/\/cpp-replacement\/\?pagefind-highlight=pingora#three-areas-of-migration$/);
    await context.close();
  });

  it('shows results with the section title, the highlighted excerpt and the heading as the reader types', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    const first = page.locator('dialog.search-dialog .pf-result').first();
    expect(await first.locator('.pf-result-title').textContent()).toContain('Where C++ Replacement Is Actually Happening');
    expect(await first.locator('.pf-result-excerpt mark').first().textContent()).toBe('Pingora');
    expect(await first.locator('.pf-heading-link').first().textContent()).toBe('Three areas of migration');
    await context.close();
  });

  it('lands on the first result with Enter, the term highlighted', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cpp-replacement\/\?pagefind-highlight=pingora/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').first().textContent()).toBe('Pingora');
    await context.close();
  });

  it('follows the results of the whole text on Enter, not those of a prefix still on screen', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pi');
    await resultsFor(page, 'Pi').first().waitFor();
    // Enter at once, inside the box's debounce: the results on screen are still those for "Pi".
    await page.keyboard.type('ngora');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cpp-replacement\/\?pagefind-highlight=pingora#three-areas-of-migration$/);
    await context.close();
  });

  it('loads the search UI and Pagefind once, however often it is opened', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}verdict/`);
    const siteRequests: string[] = [];
    page.on('request', (req) => siteRequests.push(new URL(req.url()).pathname));
    for (const term of ['Pingora', 'PyO3', 'tokio']) {
      await openSearch(page);
      await page.locator('dialog.search-dialog input').fill('');
      await page.keyboard.type(term);
      await resultsFor(page, term).first().waitFor();
      // Not Esc, which first clears a search box that holds text.
      await page.getByRole('button', { name: 'Close search' }).click();
    }
    const fetched = (pattern: RegExp) => pagefindRequests.filter((url) => pattern.test(new URL(url).pathname)).length;
    expect(siteRequests.filter((path) => path.includes('/_astro/search-ui')), 'search-ui module').toHaveLength(1);
    expect(fetched(/\/pagefind-component-ui\.js$/), 'pagefind-component-ui.js').toBe(1);
    expect(fetched(/\/pagefind\.js$/), 'pagefind.js').toBe(1);
    expect(fetched(/\/pagefind-entry\.json$/), 'pagefind-entry.json').toBe(1);
    expect(fetched(/\/wasm\.[\w-]+\.pagefind$/), 'WebAssembly').toBe(1);
    expect(await page.locator('script[src*="/pagefind/"]').count(), '<script> elements').toBe(1);
    expect(await page.locator('link[href*="/pagefind/"]').count(), '<link> elements').toBe(1);
    await context.close();
  });

  it('lands on the heading that holds every word of the query with Enter', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Hugging Face');
    await resultsFor(page, 'Hugging Face').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ml-infrastructure\/\?pagefind-highlight=hugging&pagefind-highlight=face#who-uses-it$/);
    await context.close();
  });

  it('puts the heading that holds every word of the query first under a result', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    // Pagefind's stemmer also finds "face" in "researcher-facing", under an earlier heading.
    await page.keyboard.type('Hugging Face');
    const first = headingLinksFor(page, 'Hugging Face').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/ml-infrastructure\/\?.*#who-uses-it$/);
    await context.close();
  });

  it('suggests the closest word of the report when a query finds nothing, and searches it on a click', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingra');
    const suggestion = page.locator('dialog.search-dialog .search-suggestion');
    await suggestion.getByRole('button', { name: 'Pingora' }).click();
    expect(await page.locator('dialog.search-dialog input').inputValue()).toBe('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    expect(await resultsFor(page, 'Pingora').first().getAttribute('href')).toMatch(/^\/cpp-replacement\//);
    expect(await suggestion.textContent()).toBe('');
    await context.close();
  });

  it('takes the suggested spelling on Enter, and follows its first result on the next', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('Andriod');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog.search-dialog input').inputValue()).toBe('Android');
    await resultsFor(page, 'Android').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/trajectory\/\?pagefind-highlight=android#the-catalysts$/);
    await context.close();
  });

  it('suggests a word for a misspelt term among found ones', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`);
    await openSearch(page);
    await page.keyboard.type('borow checker');
    await page.locator('dialog.search-dialog .search-suggestion').getByRole('button', { name: 'borrow checker' }).waitFor();
    await context.close();
  });

  it('fetches the vocabulary only when a query may hold a typo', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}verdict/`);
    const vocabularyFetches = () => pagefindRequests.filter((url) => url.endsWith('/pagefind/vocabulary.json')).length;
    await openSearch(page);
    await page.keyboard.type('memory safety');
    await headingLinksFor(page, 'memory safety').first().waitFor();
    expect(vocabularyFetches()).toBe(0);
    await page.locator('dialog.search-dialog input').fill('memroy safety');
    await page.locator('dialog.search-dialog .search-suggestion').getByRole('button', { name: 'memory safety' }).waitFor();
    expect(vocabularyFetches()).toBe(1);
    await context.close();
  });

  it('lands on the heading of a sub-result with a click, the term highlighted and the heading in view', async () => {
    const { context, page } = await visit(`${site.root.url}`);
    await openSearch(page);
    await page.keyboard.type('batch_tokenize');
    await headingLinksFor(page, 'batch_tokenize').first().click();
    await page.waitForURL(/\/ml-infrastructure\/\?pagefind-highlight=batch_tokenize#the-pyo3-binding-pattern$/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    const top = await page.locator('#the-pyo3-binding-pattern').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });

  it('closes on Esc and returns focus to the search button', async () => {
    const { context, page } = await visit(`${site.root.url}trajectory/`);
    await openSearch(page);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
    await context.close();
  });

  it('closes with its close button', async () => {
    const { context, page } = await visit(`${site.root.url}trajectory/`);
    await openSearch(page);
    await page.getByRole('button', { name: 'Close search' }).click();
    expect(await isOpen(page)).toBe(false);
    await context.close();
  });

  it('keeps focus inside the open dialog', async () => {
    const { context, page } = await visit(`${site.root.url}trajectory/`);
    await openSearch(page);
    // Tab goes round the dialog's controls (and the browser's own, seen as <body>), never the page's.
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'browser';
          return el.closest('dialog.search-dialog') ? el.className || el.tagName : `outside: ${el.outerHTML.slice(0, 60)}`;
        }),
      );
    }
    expect(visited.filter((v) => v.startsWith('outside'))).toEqual([]);
    expect(visited).toContain('search-input');
    expect(visited.some((v) => v.includes('search-close'))).toBe(true);
    await context.close();
  });

  for (const [what, files] of [
    ['Pagefind’s bundle', '**/pagefind/**'],
    ['the site’s search code', '**/_astro/search-ui-*'],
  ] as const) {
    it(`says so in the dialog when ${what} cannot be loaded`, async () => {
      const { context, page } = await visit(`${site.root.url}verdict/`);
      await page.route(files, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.locator('.search-button').click();
      const status = page.locator('dialog.search-dialog .search-status');
      await status.waitFor();
      expect(await status.textContent()).toContain('Search could not be loaded');
      await context.close();
    });

    it(`tries again when search is reopened after ${what} failed to load`, async () => {
      const { context, page } = await visit(`${site.root.url}verdict/`);
      await page.route(files, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.locator('.search-button').click();
      await page.locator('dialog.search-dialog .search-status').waitFor();
      await page.keyboard.press('Escape');
      await page.unrouteAll();
      await openSearch(page);
      await page.keyboard.type('Pingora');
      await resultsFor(page, 'Pingora').first().waitFor();
      expect(await page.locator('dialog.search-dialog .search-status').isVisible()).toBe(false);
      await context.close();
    });
  }

  it('does not load highlighting on a page reached without search terms', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}ml-infrastructure/#the-pyo3-binding-pattern`);
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(pagefindRequests).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violation with the dialog open and showing results, ${colorScheme}`, async () => {
      const { context, page } = await visit(`${site.root.url}languages-compared/`, { colorScheme });
      await openSearch(page);
      await page.keyboard.type('memory safety');
      await headingLinksFor(page, 'memory safety').first().waitFor();
      // Wait for the results' fade-in to finish, so contrast is measured on the final colours.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    it(`has no axe-core violation with a suggestion showing, ${colorScheme}`, async () => {
      const { context, page } = await visit(`${site.root.url}verdict/`, { colorScheme });
      await openSearch(page);
      await page.keyboard.type('Pingra');
      await page.locator('dialog.search-dialog .search-suggestion').getByRole('button', { name: 'Pingora' }).waitFor();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the search page', () => {
  it('shows results for ?q= on arrival', async () => {
    const { context, page, errors } = await visit(`${site.root.url}search/?q=tokio%3A%3Aspawn`);
    const first = resultsFor(page, 'tokio::spawn', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/cpp-replacement\/\?pagefind-highlight=tokio/);
    expect(await page.locator('.search-page input').inputValue()).toBe('tokio::spawn');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the heading that holds every word of the query first under a result', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=Hugging+Face`);
    const first = headingLinksFor(page, 'Hugging Face', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/ml-infrastructure\/\?.*#who-uses-it$/);
    await context.close();
  });

  it('suggests a word when a query finds nothing, and keeps ?q= in step when it is taken', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=Pingra`);
    await page.locator('.search-page .search-suggestion').getByRole('button', { name: 'Pingora' }).click();
    await resultsFor(page, 'Pingora', '.search-page').first().waitFor();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Pingora');
    await context.close();
  });

  it('loads nothing of Pagefind on arrival without a query, and all of it on the first keystroke', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}search/`);
    expect(pagefindRequests).toEqual([]);
    await page.keyboard.type('PyO3');
    await resultsFor(page, 'PyO3', '.search-page').first().waitFor();
    expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
    await context.close();
  });

  it('keeps ?q= in step with the box, so the search can be linked', async () => {
    const { context, page } = await visit(`${site.root.url}search/`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.search-page input') ?? false)).toBe(true);
    await page.keyboard.type('borrow checker');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=borrow+checker');
    await page.locator('.search-page input').fill('');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    await context.close();
  });

  it('says without JavaScript that search needs it, and links to the contents', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=pyo3`, { javaScriptEnabled: false });
    expect(await page.locator('.search-needs-js').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-ui').isVisible()).toBe(false);
    await page.locator('.search-needs-js a', { hasText: 'key findings' }).click();
    await page.waitForURL(site.root.url);
    await context.close();
  });

  it('is where the header search leads without JavaScript', async () => {
    const { context, page } = await visit(`${site.root.url}verdict/`, { javaScriptEnabled: false });
    expect(await page.locator('.search-button').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(`${site.root.url}search/`);
    await context.close();
  });
});

describe(`search under ${subpathBase}`, () => {
  it('loads nothing before opening, then finds and lands on the subpath page with the term highlighted', async () => {
    const { context, page, pagefindRequests, errors } = await visit(`${site.sub.url}verdict/`);
    expect(pagefindRequests).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => focusedInDialog(page)).toBe(true);
    expect(pagefindRequests.every((url) => url.startsWith(`${site.sub.url}pagefind/`))).toBe(true);
    await page.keyboard.type('Rust Analyzer');
    await resultsFor(page, 'Rust Analyzer').first().waitFor();
    expect(await resultsFor(page, 'Rust Analyzer').first().getAttribute('href')).toMatch(new RegExp(`^${subpathBase}learning-curve/\\?pagefind-highlight=`));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${subpathBase}learning-curve/`));
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows results for ?q= on the subpath search page', async () => {
    const { context, page } = await visit(`${site.sub.url}search/?q=GC-managed`);
    const first = resultsFor(page, 'GC-managed', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${subpathBase}languages-compared/`));
    await context.close();
  });
});
