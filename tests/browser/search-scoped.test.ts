import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleReport, subpathBase } from '../support/paths.ts';
import { focusedInDialog, headingLinksFor, openSearch, resultsFor, resultsList, scopeLine, useSearchSite } from '../support/search-browser.ts';

const { site, visit } = useSearchSite();

describe('search scoped to a report', () => {
  const rust = { slug: 'rust-in-2026', title: 'Rust in 2026' };
  const sample = { slug: sampleReport.slug, title: sampleReport.title };
  /** The report every result link shown for `term` leads into (the first URL segment after the base). */
  const reportsOf = async (page: Page, term: string, where: string, report: string, base = site.root.url) => {
    await resultsFor(page, term, where, report).first().waitFor();
    const hrefs = await page.locator(`${where} ${resultsList(term, report)} .search-result-link`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    return [...new Set(hrefs.map((href) => href.slice(base.length).split('/')[0]))].sort();
  };

  for (const [report, path] of [
    [rust, 'rust-in-2026/verdict/'],
    [sample, `${sampleReport.slug}/analysis-without-a-warehouse/`],
  ] as const) {
    it(`searches ${report.title} first from its pages, and says so`, async () => {
      const { context, page } = await visit(`${site.root.url}${path}`);
      await openSearch(page);
      await page.keyboard.type('memory');
      expect(await reportsOf(page, 'memory', 'dialog.search-dialog', report.slug)).toEqual([report.slug]);
      expect(await scopeLine(page).textContent()).toBe(`In ${report.title} · Search all reports`);
      expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toMatch(new RegExp(`^\\d+ results? for “memory” in ${report.title}$`));
      expect(await page.locator('dialog.search-dialog .search-result-title').allTextContents()).toEqual(
        expect.arrayContaining([report.title]),
      );
      await context.close();
    });

    it(`searches every report in one click from ${report.title}, and back`, async () => {
      const { context, page } = await visit(`${site.root.url}${path}`);
      await openSearch(page);
      await page.keyboard.type('memory');
      await resultsFor(page, 'memory', 'dialog.search-dialog', report.slug).first().waitFor();
      await scopeLine(page).getByRole('button', { name: 'Search all reports' }).click();
      expect(await reportsOf(page, 'memory', 'dialog.search-dialog', '')).toEqual([rust.slug, sample.slug].sort());
      expect(await scopeLine(page).textContent()).toBe(`In all reports · Search only ${report.title}`);
      expect(await page.locator('dialog.search-dialog .search-result-title').allTextContents()).toEqual(
        expect.arrayContaining([rust.title, sample.title]),
      );
      await scopeLine(page).getByRole('button', { name: `Search only ${report.title}` }).click();
      expect(await reportsOf(page, 'memory', 'dialog.search-dialog', report.slug)).toEqual([report.slug]);
      await context.close();
    });
  }

  it('says, when its report holds no result, that another report does', async () => {
    const { context, page } = await visit(`${site.root.url}${sample.slug}/analysis-without-a-warehouse/`);
    await openSearch(page);
    await page.keyboard.type('Pingora');
    await page.locator(`dialog.search-dialog ${resultsList('Pingora', sample.slug)}`).waitFor({ state: 'attached' });
    expect(await page.locator('dialog.search-dialog .search-summary').textContent()).toBe(`No results for “Pingora” in ${sample.title}; 1 other report holds it`);
    await context.close();
  });

  it('searches its report first from the whole-report page', async () => {
    const { context, page } = await visit(`${site.root.url}${sample.slug}/report/`);
    await openSearch(page);
    await page.keyboard.type('memory');
    expect(await reportsOf(page, 'memory', 'dialog.search-dialog', sample.slug)).toEqual([sample.slug]);
    await expect.poll(() => scopeLine(page).textContent()).toBe(`In ${sample.title} · Search all reports`);
    await context.close();
  });

  it('searches every report from the library page, with no scope to remove', async () => {
    const { context, page } = await visit(site.root.url);
    await openSearch(page);
    await page.keyboard.type('memory');
    expect(await reportsOf(page, 'memory', 'dialog.search-dialog', '')).toEqual([rust.slug, sample.slug].sort());
    expect(await scopeLine(page).isVisible()).toBe(false);
    await context.close();
  });

  for (const report of [rust, sample]) {
    it(`searches only ${report.title} on the search page with &report=, and shows the scope`, async () => {
      const { context, page, errors } = await visit(`${site.root.url}search/?q=memory&report=${report.slug}`);
      expect(await reportsOf(page, 'memory', '.search-page', report.slug)).toEqual([report.slug]);
      await expect.poll(() => scopeLine(page, '.search-page').textContent()).toBe(`In ${report.title} · Search all reports`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps report= in the URL in step with the scope', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=memory&report=${sample.slug}`);
    await resultsFor(page, 'memory', '.search-page', sample.slug).first().waitFor();
    await scopeLine(page, '.search-page').getByRole('button', { name: 'Search all reports' }).click();
    expect(await reportsOf(page, 'memory', '.search-page', '')).toEqual([rust.slug, sample.slug].sort());
    expect(await page.evaluate(() => location.search)).toBe('?q=memory');
    await scopeLine(page, '.search-page').getByRole('button', { name: `Search only ${sample.title}` }).click();
    await resultsFor(page, 'memory', '.search-page', sample.slug).first().waitFor();
    expect(await page.evaluate(() => location.search)).toBe(`?q=memory&report=${sample.slug}`);
    // A reload (or a shared link) comes back to the same search, in the same report.
    await page.reload();
    expect(await reportsOf(page, 'memory', '.search-page', sample.slug)).toEqual([sample.slug]);
    expect(await page.locator('.search-page input').inputValue()).toBe('memory');
    await context.close();
  });

  it('keeps report= in the URL while the reader types', async () => {
    const { context, page } = await visit(`${site.root.url}search/?report=${rust.slug}`);
    await page.keyboard.type('Pingora');
    await resultsFor(page, 'Pingora', '.search-page', rust.slug).first().waitFor();
    expect(await page.evaluate(() => location.search)).toBe(`?report=${rust.slug}&q=Pingora`);
    await context.close();
  });

  it('searches every report when &report= names none', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=memory&report=no-such-report`);
    expect(await reportsOf(page, 'memory', '.search-page', '')).toEqual([rust.slug, sample.slug].sort());
    expect(await page.evaluate(() => location.search)).toBe('?q=memory');
    await context.close();
  });

  it('scopes the search page under a subpath too', async () => {
    const { context, page } = await visit(`${site.sub.url}search/?q=memory&report=${sample.slug}`);
    expect(await reportsOf(page, 'memory', '.search-page', sample.slug, site.sub.url)).toEqual([sample.slug]);
    await context.close();
  });
});

describe('the search page', () => {
  it('shows results for ?q= on arrival', async () => {
    const { context, page, errors } = await visit(`${site.root.url}search/?q=tokio%3A%3Aspawn`);
    const first = headingLinksFor(page, 'tokio::spawn', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rust-in-2026\/cpp-replacement\/\?pagefind-highlight=tokio/);
    expect(await page.locator('.search-page input').inputValue()).toBe('tokio::spawn');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the heading that holds every word of the query first under a result', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=Hugging+Face`);
    const first = headingLinksFor(page, 'Hugging Face', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rust-in-2026\/ml-infrastructure\/\?.*#who-uses-it$/);
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
    const { context, page, pagefindRequests } = await visit(`${site.root.url}search/`, {}, { idle: true });
    expect(pagefindRequests).toEqual([]);
    await page.keyboard.type('PyO3');
    await resultsFor(page, 'PyO3', '.search-page').first().waitFor();
    expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
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

  it('says without JavaScript that search needs it, and links to the library', async () => {
    const { context, page } = await visit(`${site.root.url}search/?q=pyo3`, { javaScriptEnabled: false });
    expect(await page.locator('.search-needs-js').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-ui').isVisible()).toBe(false);
    await page.locator('.search-needs-js a', { hasText: 'the library' }).click();
    await page.waitForURL(site.root.url);
    await context.close();
  });

  it('is where the header search leads without JavaScript', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/verdict/`, { javaScriptEnabled: false });
    expect(await page.locator('.search-button').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${site.root.url}search/`);
    await context.close();
  });
});

describe(`search under ${subpathBase}`, () => {
  it('loads nothing before opening, then finds and lands on the subpath page with the term highlighted', async () => {
    const { context, page, pagefindRequests, errors } = await visit(`${site.sub.url}rust-in-2026/verdict/`, {}, { idle: true });
    expect(pagefindRequests).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => focusedInDialog(page)).toBe(true);
    expect(pagefindRequests.every((url) => url.startsWith(`${site.sub.url}pagefind/`))).toBe(true);
    await page.keyboard.type('Rust Analyzer');
    await resultsFor(page, 'Rust Analyzer').first().waitFor();
    expect(await headingLinksFor(page, 'Rust Analyzer').first().getAttribute('href')).toMatch(new RegExp(`^${subpathBase}rust-in-2026/learning-curve/\\?pagefind-highlight=`));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${subpathBase}rust-in-2026/learning-curve/`));
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows results for ?q= on the subpath search page', async () => {
    const { context, page } = await visit(`${site.sub.url}search/?q=GC-managed`);
    const first = headingLinksFor(page, 'GC-managed', '.search-page').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${subpathBase}rust-in-2026/languages-compared/`));
    await context.close();
  });
});
