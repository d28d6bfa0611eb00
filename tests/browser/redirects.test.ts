import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useServedSite } from '../support/site.ts';
import { recordCspViolations } from '../support/csp.ts';
import { rustReport, subpathBase } from '../support/paths.ts';

// Old addresses (the Rust report's formerPaths, before the library) as a reader follows a shared
// link, on the site a self-hoster serves under a subpath with the headers of dist/_headers.
const site = useServedSite({ headers: true });

async function follow(path: string, options: BrowserContextOptions = {}): Promise<{ url: string; violations: string[] }> {
  const context = await site.browser.newContext(options);
  const violations: string[] = [];
  if (options.javaScriptEnabled !== false) await recordCspViolations(context, (text) => violations.push(text));
  const page = await context.newPage();
  await page.goto(site.sub.url + path);
  // Wait for the page the redirect leads to: the report's own part page, with its article.
  await page.locator(`article[data-report="${rustReport}"]`).first().waitFor();
  const url = page.url();
  await context.close();
  return { url, violations };
}

describe('a redirect page of an old address', () => {
  it('takes the reader to the new address with the #fragment of the old one, under the policy', async () => {
    const { url, violations } = await follow('ml-infrastructure/#the-pyo3-binding-pattern');
    expect(new URL(url).pathname + new URL(url).hash).toBe(`${subpathBase}${rustReport}/ml-infrastructure/#the-pyo3-binding-pattern`);
    expect(violations).toEqual([]);
  });

  it('still takes the reader there without JavaScript, by its refresh', async () => {
    const { url } = await follow('verdict/', { javaScriptEnabled: false });
    expect(new URL(url).pathname).toBe(`${subpathBase}${rustReport}/verdict/`);
  });
});
