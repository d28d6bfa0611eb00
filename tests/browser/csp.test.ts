import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from '../support/site.ts';
import { recordCspViolations } from '../support/csp.ts';
import { subpathBase } from '../support/paths.ts';

// The site as a self-hoster serves it: dist/ with the rules of dist/_headers (written by the build),
// so both the header policy and each page's <meta> policy are enforced. Every page's first load is
// checked in tests/browser/every-page.test.ts; here, what scripts do after it.
const site = useServedSite({ headers: true, gzip: true });

/** A page that records every CSP violation: the DOM event, and Chromium's console report (also from workers). */
async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; violations: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const violations: string[] = [];
  await recordCspViolations(context, (text) => violations.push(text));
  const page = await context.newPage();
  await page.goto(site.root.url + path);
  return { page, violations };
}

describe('the site under its Content-Security-Policy', () => {
  it('serves the policy as a header as well as in each page', async () => {
    const response = await fetch(`${site.root.url}rust-in-2026/ml-infrastructure/`);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the headers of a subpath build under the subpath, as a host that reads dist/_headers does', async () => {
    {
      const page = await fetch(`${site.sub.url}rust-in-2026/verdict/`);
      expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'; /);
      const script = /<script[^>]+src="([^"]+)"/.exec(await page.text())?.[1];
      expect(script).toMatch(new RegExp(`^${subpathBase}_astro/`));
      const asset = await fetch(site.sub.origin + script);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('colours code tokens from classes, with no style attribute for the policy to block', async () => {
    const { page, violations } = await open('rust-in-2026/ml-infrastructure/', { colorScheme: 'dark' });
    // Each token's class sets its custom property from the site's stylesheet; the code CSS reads it.
    expect(await page.locator('[style]').count()).toBe(0);
    const colours = await page
      .locator('pre .line > span')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).getPropertyValue('--shiki-dark')));
    expect(colours).not.toContain('');
    expect(new Set(colours).size).toBeGreaterThan(2);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('switches the theme, and the hashed inline script applies the saved theme on the next page', async () => {
    const { page, violations } = await open('', { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.goto(`${site.root.url}rust-in-2026/verdict/`);
    // Only the inline theme script sets the attribute on load; the switch's module script only reads it.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('sorts the comparison table', async () => {
    const { page, violations } = await open('rust-in-2026/languages-compared/');
    await page.locator('figure.data-table thead').getByRole('button', { name: 'Performance', exact: true }).click();
    expect(await page.locator('figure.data-table tbody th').allTextContents()).toEqual(['C++', 'Rust', 'Go', 'Python']);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('copies a code block', async () => {
    const { page, violations } = await open('rust-in-2026/ml-infrastructure/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.root.origin });
    const figure = page.locator('figure.code-block').first();
    await figure.locator('button.copy-button').click({ timeout: 5_000 });
    await expect.poll(() => figure.locator('[role="status"]').textContent()).toMatch(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('batch_tokenize');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('searches: the WebAssembly engine loads in the page, results are links', async () => {
    const { page, violations } = await open('');
    await page.locator('button.search-button').click({ timeout: 5_000 });
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.type('PyO3');
    await expect.poll(() => dialog.locator('a[href]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('shows results on the linkable search page, search/?q=', async () => {
    const { page, violations } = await open('search/?q=PyO3');
    await expect.poll(() => page.locator('main a[href*="ml-infrastructure/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
