import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../tools/axe.ts';
import { recordResponses } from '../../bench/lib/bytes.ts';
import { searchFailureMessage } from '../../src/search/core/messages.ts';
import { BUDGETS } from '../../bench/lib/constants.ts';
import { PAGE_SIZE } from '../../src/search/ui/session.ts';
import { dialog, focusedInDialog, headingLinksFor, isOpen, openSearch, resultsFor, scopeLine, useSearchSite } from '../support/search-browser.ts';
import { fixtureReports, markupReport } from '../support/paths.ts';

const { site, visit } = useSearchSite();

describe('the first search', () => {
  for (const build of ['root', 'sub'] as const) {
    it(`downloads less than Starlight’s first search, every request counted (workers’ too), ${build === 'root' ? 'at the root' : 'under a subpath'}`, async () => {
      const { context, page } = await visit(site[build].url);
      const network = recordResponses(page);
      await openSearch(page);
      await page.keyboard.type('memory safety');
      await resultsFor(page, 'memory safety').first().waitFor();
      await network.idle(1_000);
      const total = network.fetched.reduce((sum, file) => sum + file.bytes, 0);
      const files = network.fetched.map((file) => `${new URL(file.url).pathname} ${file.bytes}`).join('\n');
      expect(total, files).toBeLessThan(BUDGETS.firstSearchBelowKiB * 1024);
      await context.close();
    });
  }
});

describe('search in the header', () => {
  it('loads nothing of Pagefind before search is opened', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}rust-in-2026/cpp-replacement/`, {}, { idle: true });
    expect(pagefindRequests).toEqual([]);
    await openSearch(page);
    await expect.poll(() => pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('opens on /, Control+k and Meta+k with the search box focused', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    for (const key of ['/', 'Control+k', 'Meta+k']) {
      await page.keyboard.press(key);
      expect(await isOpen(page), key).toBe(true);
      await expect.poll(() => focusedInDialog(page), { message: key }).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page), { message: key }).toBe(false);
    }
    await context.close();
  });

  it('keeps what the reader types while search is still loading', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    // Hold Pagefind back until the whole query is typed, as on a slow connection.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.type('Pingora');
    release();
    await resultsFor(page, 'Pingora').first().waitFor();
    expect(await page.locator('dialog.search-dialog input').inputValue()).toBe('Pingora');
    expect(await headingLinksFor(page, 'Pingora').first().getAttribute('href')).toMatch(/^\/rust-in-2026\/cpp-replacement\//);
    await context.close();
  });


  it('keeps an Enter pressed while search is still loading, and follows the first result', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
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
    await page.waitForURL(/\/rust-in-2026\/cpp-replacement\/\?pagefind-highlight=pingora#three-areas-of-migration$/);
    await context.close();
  });

  it('keeps no Enter pressed on the close button while search is still loading: it closes the dialog', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await page.route('**/_astro/search-ui-*', () => {}); // never answered: search stays loading
    await page.keyboard.press('/');
    await page.keyboard.type('Pingora');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('form[method="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await dialog(page).evaluate((d: HTMLElement) => d.dataset['enter'])).toBeUndefined();
    await context.close();
  });

  it('shows the report, and each place in it by part and heading with a highlighted excerpt, as the reader types', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    const first = page.locator('dialog.search-dialog .search-result').first();
    // The result is the report, linked to its home; each place names its part, then its heading.
    const title = first.locator('.search-result-link');
    expect(await title.textContent()).toBe('Rust in 2026');
    expect(await title.getAttribute('href')).toMatch(/^\/rust-in-2026\/\?pagefind-highlight=pingora$/);
    const place = first.locator('.search-sub-result-link').first();
    expect(await first.locator('.search-sub-result-excerpt mark').first().textContent()).toBe('Pingora');
    // The part on its own line (with a comma for screen readers only), then the heading.
    expect(await place.locator('.search-sub-result-part').evaluate((el) => [el.firstChild?.textContent, getComputedStyle(el).display])).toEqual([
      'Section 4 — Where C++ Replacement Is Actually Happening',
      'block',
    ]);
    expect(await place.ariaSnapshot()).toMatch(/^- link "Section 4 — Where C\+\+ Replacement Is Actually Happening ?, Three areas of migration"/);
    expect(await place.getAttribute('href')).toBe('/rust-in-2026/cpp-replacement/?pagefind-highlight=pingora#three-areas-of-migration');
    await context.close();
  });

  it('lands on the first result with Enter, the term highlighted', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/cpp-replacement\/\?pagefind-highlight=pingora/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').first().textContent()).toBe('Pingora');
    await context.close();
  });

  it('follows the results of the whole text on Enter, not those of a prefix still on screen', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pi');
    await resultsFor(page, 'Pi').first().waitFor();
    // Enter at once, inside the box's debounce: the results on screen are still those for "Pi".
    await page.keyboard.type('ngora');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/cpp-replacement\/\?pagefind-highlight=pingora#three-areas-of-migration$/);
    await context.close();
  });

  it('says how many results there are for the whole query, in a live region', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('memory safety');
    await resultsFor(page, 'memory safety').first().waitFor();
    const summary = page.locator('dialog.search-dialog .search-summary');
    expect(await summary.getAttribute('role')).toBe('status');
    // One report holds it: the places in it are counted.
    const count = await page.locator('dialog.search-dialog .search-sub-result').count();
    expect(count).toBeGreaterThan(1);
    expect(await summary.textContent()).toBe(`${count} results for “memory safety” in Rust in 2026`);
    await context.close();
  });

  it('moves from the box through the result links and back with the arrow keys', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    const links = resultsFor(page, 'Pingora');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.className);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
    await context.close();
  });

  it('lists a page of reports at first, and the rest on request', async () => {
    const { context, page } = await visit(site.root.url);
    // The test library holds fewer reports than search lists a page: here Pagefind's answer holds
    // each of its results four times ("and" is in every report), so that there are pages to add.
    const copies = 4;
    await page.route(/\/pagefind\/pagefind\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import * as pagefind from './pagefind.js?whole'; export * from './pagefind.js?whole';
          export async function search(term, options) {
            const found = await pagefind.search(term, options);
            return found && { ...found, results: Array.from({ length: ${copies} }, () => found.results).flat() };
          }`,
      }),
    );
    await openSearch(page);
    await page.keyboard.type('and');
    await resultsFor(page, 'and', 'dialog.search-dialog', '').first().waitFor();
    const total = fixtureReports.length * copies;
    const items = page.locator('dialog.search-dialog .search-result');
    expect(await items.count()).toBe(PAGE_SIZE);
    expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toBe(`${total} reports for “and”`);
    const more = page.getByRole('button', { name: 'More results' });
    for (let shown = PAGE_SIZE; shown < total; shown += PAGE_SIZE) {
      await more.click();
      await expect.poll(() => items.count()).toBe(Math.min(shown + PAGE_SIZE, total));
      // Focus moves to the first new result, so a keyboard reader goes on where the list grew.
      expect(await page.evaluate((at) => document.activeElement?.closest('.search-result') === document.querySelectorAll('dialog .search-result')[at], shown)).toBe(true);
    }
    expect(await more.isVisible()).toBe(false);
    await context.close();
  });

  it('shows three places of each report among several, and links to all of a report’s places', async () => {
    const { context, page } = await visit(site.root.url);
    await openSearch(page);
    await page.keyboard.type('memory');
    await resultsFor(page, 'memory', 'dialog.search-dialog', '').first().waitFor();
    const rust = page.locator('dialog.search-dialog .search-result', { hasText: 'Rust in 2026' });
    expect(await rust.locator('.search-sub-result').count()).toBe(3);
    const all = rust.locator('.search-result-more');
    expect(await all.textContent()).toMatch(/^All \d+ places in Rust in 2026$/);
    const places = Number((await all.textContent())?.match(/\d+/)?.[0]);
    await all.click();
    await page.waitForURL(`${site.root.url}search/?q=memory&report=rust-in-2026`);
    await expect.poll(() => page.locator('.search-page [data-results-for="memory"][data-results-in="rust-in-2026"] .search-sub-result').count()).toBe(places);
    await context.close();
  });

  it('says so when a part of the index cannot be fetched, and finds it on the next try', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    // The report's text (its fragment) cannot be fetched for the first search.
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openSearch(page);
    await page.keyboard.type('Android');
    const status = page.locator('dialog.search-dialog .search-status');
    await status.waitFor();
    expect(await status.textContent()).toBe(searchFailureMessage(false));
    await page.unrouteAll();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/trajectory\/\?pagefind-highlight=android#the-catalysts$/);
    await context.close();
  });

  it('loads the search UI and Pagefind once, however often it is opened', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}rust-in-2026/verdict/`);
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
    expect(fetched(/\/pagefind\.js$/), 'pagefind.js').toBe(1);
    expect(fetched(/\/pagefind-entry\.json$/), 'pagefind-entry.json').toBe(1);
    expect(fetched(/\/wasm\.[\w-]+\.pagefind$/), 'WebAssembly').toBe(1);
    // Pagefind runs in the page: its worker would fetch a second copy of the engine.
    expect(fetched(/\/pagefind-worker\.js$/), 'pagefind-worker.js').toBe(0);
    await context.close();
  });

  it('lands on the heading that holds every word of the query with Enter', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Hugging Face');
    await resultsFor(page, 'Hugging Face').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/ml-infrastructure\/\?pagefind-highlight=hugging&pagefind-highlight=face#who-uses-it$/);
    await context.close();
  });

  it('puts the heading that holds every word of the query first under a result', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    // Pagefind's stemmer also finds "face" in "researcher-facing", under an earlier heading.
    await page.keyboard.type('Hugging Face');
    const first = headingLinksFor(page, 'Hugging Face').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rust-in-2026\/ml-infrastructure\/\?.*#who-uses-it$/);
    await context.close();
  });

  it('suggests the closest word of the report when a query finds nothing, and searches it on a click', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Pingra');
    const suggestion = page.locator('dialog.search-dialog .search-suggestion');
    await suggestion.getByRole('button', { name: 'Pingora' }).click();
    expect(await page.locator('dialog.search-dialog input').inputValue()).toBe('Pingora');
    await resultsFor(page, 'Pingora').first().waitFor();
    expect(await headingLinksFor(page, 'Pingora').first().getAttribute('href')).toMatch(/^\/rust-in-2026\/cpp-replacement\//);
    expect(await suggestion.textContent()).toBe('');
    await context.close();
  });

  it('takes the suggested spelling on Enter, and follows its first result on the next', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Andriod');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog.search-dialog input').inputValue()).toBe('Android');
    await resultsFor(page, 'Android').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/trajectory\/\?pagefind-highlight=android#the-catalysts$/);
    await context.close();
  });

  it('suggests a word for a misspelt term among found ones', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    // Pagefind finds "chekcer" by its start, "che": the report is found, with a word it lacks.
    await page.keyboard.type('borrow chekcer');
    const suggestion = page.locator('dialog.search-dialog .search-suggestion');
    await suggestion.getByRole('button', { name: 'borrow checker' }).waitFor();
    expect(await suggestion.textContent()).toBe('“chekcer” is not in the reports. Did you mean borrow checker?');
    await context.close();
  });

  it('says a typed word is not in the reports when Pagefind finds only a shorter start of it', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    // Pagefind searches "has" for "haskell", the longest start of the word its index holds.
    await page.keyboard.type('haskell');
    await resultsFor(page, 'haskell').first().waitFor();
    await expect.poll(() => page.locator('dialog.search-dialog .search-suggestion').textContent()).toBe('“haskell” is not in the reports.');
    await context.close();
  });

  it('says one thing when a typed word is not in the reports: no count of results “for” it, no shorter word marked', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    // Pagefind searches "has" for "haskell", and marks every "has" in its excerpts.
    await page.keyboard.type('haskell');
    await resultsFor(page, 'haskell').first().waitFor();
    expect(await page.locator('dialog.search-dialog .search-suggestion').textContent()).toBe('“haskell” is not in the reports.');
    expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toBe('');
    expect(await page.locator('dialog.search-dialog .search-summary').isVisible()).toBe(false);
    expect(await page.locator('dialog.search-dialog .search-results mark').count()).toBe(0);
    await context.close();
  });

  it('finds reports by their author’s name, and corrects no author’s name to another word', async () => {
    const { context, page } = await visit(site.root.url);
    await openSearch(page);
    await page.keyboard.type('iBuidl');
    await resultsFor(page, 'iBuidl', 'dialog.search-dialog', '').first().waitFor();
    const titles = page.locator('dialog.search-dialog .search-result-title');
    expect((await titles.allTextContents()).sort()).toEqual(['Databases in 2026', 'Rust in 2026']);
    expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toBe('2 reports for “iBuidl”');
    expect(await page.locator('dialog.search-dialog .search-suggestion').textContent()).toBe('');
    // The byline is the report's own text, before its parts: shown as the report's excerpt, in no part.
    expect(await page.locator('dialog.search-dialog .search-sub-result').count()).toBe(0);
    expect(await page.locator('dialog.search-dialog .search-result-excerpt mark').allTextContents()).toEqual(['iBuidl', 'iBuidl']);
    await page.locator('dialog.search-dialog input').fill(markupReport.author);
    await resultsFor(page, markupReport.author, 'dialog.search-dialog', '').first().waitFor();
    expect(await titles.allTextContents()).toEqual([markupReport.title]);
    expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toBe(`1 result for “${markupReport.author}”`);
    await context.close();
  });

  it('marks whole words that hold a typed word in excerpts, not the stems Pagefind also matched', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    // Pagefind's stemmer also finds "face" in "researcher-facing", and marks it.
    await page.keyboard.type('Hugging Face');
    await headingLinksFor(page, 'Hugging Face').first().waitFor();
    const marks = await page.locator('dialog.search-dialog .search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['Hugging', 'Face']));
    await context.close();
  });

  it('highlights whole words only on the page a result leads to', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
    await openSearch(page);
    await page.keyboard.type('Hugging Face');
    await resultsFor(page, 'Hugging Face').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rust-in-2026\/ml-infrastructure\/\?pagefind-highlight=hugging&pagefind-highlight=face#who-uses-it$/);
    const marks = page.locator('mark.pagefind-highlight');
    await expect.poll(() => marks.count()).toBeGreaterThan(1);
    // Each mark is a whole word: not "face" in the page's "surface" and "interface".
    const marked = await marks.evaluateAll((all) =>
      all.map((mark) => `${mark.previousSibling?.textContent?.slice(-1) ?? ''}[${mark.textContent}]${mark.nextSibling?.textContent?.slice(0, 1) ?? ''}`),
    );
    for (const word of marked) expect(word).toMatch(/^[^\p{L}]?\[(Hugging|Face)\][^\p{L}]?$/u);
    await context.close();
  });

  it('shows a report’s text in excerpts as the report writes it: an entity as the entity, a tag as text', async () => {
    const { context, page } = await visit(`${site.root.url}${markupReport.slug}/entities-shown-as-written/`);
    await openSearch(page);
    const excerpts = page.locator('dialog.search-dialog .search-sub-result-excerpt');
    await page.keyboard.type('typed');
    await headingLinksFor(page, 'typed').first().waitFor();
    // Section 1 writes the entity, eleven characters; a reader must see them, not a tag.
    expect(await excerpts.allTextContents()).toContainEqual(expect.stringContaining('the characters &lt;kbd&gt; are what a reader must see'));
    expect((await excerpts.allTextContents()).join(' ')).not.toContain('<kbd>');
    await page.locator('dialog.search-dialog input').fill('careful sanitiser');
    await headingLinksFor(page, 'careful sanitiser').first().waitFor();
    // Section 2 writes the tag itself: shown as text.
    expect(await excerpts.allTextContents()).toContainEqual(expect.stringContaining('holds a bare <kbd> tag is text to a careful sanitiser'));
    expect((await excerpts.allTextContents()).join(' ')).not.toContain('&lt;kbd&gt;');
    expect(await page.locator('dialog.search-dialog .search-results kbd').count()).toBe(0);
    await context.close();
  });

  it('shows the word it matched in every excerpt on a 375 px screen', async () => {
    const { context, page } = await visit(site.root.url, { viewport: { width: 375, height: 740 } });
    const input = page.locator('dialog.search-dialog input');
    await openSearch(page);
    // Words of several reports, each found in places where they stand far into the text.
    for (const term of ['memory', 'Python', 'production']) {
      await input.fill(term);
      await resultsFor(page, term).first().waitFor();
      const shown = await page.locator('dialog.search-dialog :is(.search-result-excerpt, .search-sub-result-excerpt)').evaluateAll((excerpts) =>
        excerpts.map((excerpt) => {
          const mark = excerpt.querySelector('mark');
          if (!mark) return 'no mark';
          const box = excerpt.getBoundingClientRect();
          const at = mark.getBoundingClientRect();
          return at.bottom <= box.bottom + 0.5 && at.right <= box.right + 0.5 ? 'shown' : `cut: ${excerpt.textContent}`;
        }),
      );
      expect(shown.length, term).toBeGreaterThan(2);
      expect(shown, term).toEqual(shown.map(() => 'shown'));
    }
    await context.close();
  });

  it('fetches the vocabulary only when a query may hold a typo', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}rust-in-2026/verdict/`);
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
    await page.waitForURL(/\/rust-in-2026\/ml-infrastructure\/\?pagefind-highlight=batch_tokenize#the-pyo3-binding-pattern$/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    const top = await page.locator('#the-pyo3-binding-pattern').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });

  it('closes on Esc and returns focus to the search button', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/trajectory/`);
    await openSearch(page);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
    await context.close();
  });

  it('closes with its close button', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/trajectory/`);
    await openSearch(page);
    await page.getByRole('button', { name: 'Close search' }).click();
    expect(await isOpen(page)).toBe(false);
    await context.close();
  });

  it('keeps focus inside the open dialog', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/trajectory/`);
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
    it(`says so in the dialog when ${what} cannot be loaded, and tries again when search is reopened`, async () => {
      const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`);
      await page.route(files, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.locator('.search-button').click();
      const status = page.locator('dialog.search-dialog .search-status');
      await status.waitFor();
      expect(await status.textContent()).toBe(searchFailureMessage(false));
      await page.keyboard.press('Escape');
      await page.unrouteAll();
      await openSearch(page);
      await page.keyboard.type('Pingora');
      await resultsFor(page, 'Pingora').first().waitFor();
      expect(await status.isVisible()).toBe(false);
      await context.close();
    });
  }

  it('does not load highlighting on a page reached without search terms', async () => {
    const { context, page, pagefindRequests } = await visit(`${site.root.url}rust-in-2026/ml-infrastructure/#the-pyo3-binding-pattern`);
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(pagefindRequests).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violation with results showing, on a desktop and at 375 px (without sideways scrolling), nor with a suggestion, ${colorScheme}`, async () => {
      const { context, page } = await visit(`${site.root.url}rust-in-2026/ml-infrastructure/`, { colorScheme });
      // Contrast is measured on the final colours, once the results' fade-in has finished.
      const settled = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
      const input = page.locator('dialog.search-dialog input');
      await openSearch(page);
      await page.keyboard.type('memory safety');
      await headingLinksFor(page, 'memory safety').first().waitFor();
      await settled();
      expect(await axeViolations(page), 'desktop').toEqual([]);

      await page.setViewportSize({ width: 375, height: 740 });
      await input.fill('Box<dyn std::error::Error>');
      await headingLinksFor(page, 'Box<dyn std::error::Error>').first().waitFor();
      await scopeLine(page).getByRole('button', { name: 'Search all reports' }).waitFor();
      expect(await page.locator('dialog.search-dialog').evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
      await settled();
      expect(await axeViolations(page), '375 px').toEqual([]);

      await input.fill('Pingra');
      await page.locator('dialog.search-dialog .search-suggestion').getByRole('button', { name: 'Pingora' }).waitFor();
      await settled();
      expect(await axeViolations(page), 'suggestion').toEqual([]);
      await context.close();
    });
  }
});
