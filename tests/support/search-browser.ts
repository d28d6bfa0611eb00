import { expect } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from './site.ts';

/**
 * The served site for a search test file (gzipped as hosts serve it, so that a first search's
 * bytes are those a reader downloads), and a visit that records every request for a Pagefind file
 * and every script error. `idle` waits for the network to rest, for the tests that assert nothing
 * loads until search is opened (an idle-time load would show only then); the others need only the
 * page loaded, scripts run.
 */
export function useSearchSite() {
  const site = useServedSite({ gzip: true });
  async function visit(url: string, options: BrowserContextOptions = {}, { idle = false } = {}) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    const pagefindRequests: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => req.url().includes('/pagefind/') && pagefindRequests.push(req.url()));
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(url, { waitUntil: idle ? 'networkidle' : 'load' });
    return { context, page, pagefindRequests, errors };
  }
  return { site, visit };
}

/** The header's search dialog. */
export const dialog = (page: Page) => page.locator('dialog.search-dialog');
/** Whether the search dialog is open. */
export const isOpen = (page: Page) => dialog(page).evaluate((d: HTMLDialogElement) => d.open);
/** Whether the dialog's search box has the focus. */
export const focusedInDialog = (page: Page) => page.evaluate(() => document.activeElement?.matches('dialog.search-dialog input') ?? false);
/**
 * The result links shown for exactly `term` (search-ui.ts marks which query the results on screen
 * belong to, and in which report: `data-results-in`, empty for all): waiting on these, a test never
 * acts on the results of a prefix still being typed, or of the scope before a toggle.
 */
export const resultsFor = (page: Page, term: string, scope = 'dialog.search-dialog', report?: string) =>
  page.locator(`${scope} ${resultsList(term, report)} a[href]`);
/** The selector of the results list for exactly `term` (and `report`, when given). */
export const resultsList = (term: string, report?: string) =>
  `[data-results-for=${JSON.stringify(term)}]${report === undefined ? '' : `[data-results-in=${JSON.stringify(report)}]`}`;
/** The heading links under the results for exactly `term`. */
export const headingLinksFor = (page: Page, term: string, scope = 'dialog.search-dialog') =>
  page.locator(`${scope} [data-results-for=${JSON.stringify(term)}] .search-sub-result-link`);

/** Opens search from the header button and waits for its box to take focus. */
export async function openSearch(page: Page): Promise<void> {
  await page.locator('.search-button').click();
  await expect.poll(() => focusedInDialog(page)).toBe(true);
}

/** The "In <report> · Search all reports" line. */
export const scopeLine = (page: Page, where = 'dialog.search-dialog') => page.locator(`${where} .search-scope`);
