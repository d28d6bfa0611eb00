import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from '../support/site.ts';
import { htmlFiles, sitePath } from '../../tools/dist.ts';
import { rootDist, subpathBase } from '../support/paths.ts';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const pages = htmlFiles(rootDist).map((f) => (f === '404.html' ? '404.html' : sitePath(f)));

const site = useServedSite();

/** Opens a page and records console errors, page errors and requests that leave the site.root. */
async function visit(url: string, options: BrowserContextOptions) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) problems.push(`request to another host: ${req.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems, status: response?.status() };
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('every page in a real browser', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`loads every page at ${viewport.width} px in ${colorScheme} with no error, no overflow and no outside request`, async () => {
        for (const path of pages) {
          const { context, page, problems, status } = await visit(site.root.url + path, { viewport, colorScheme });
          expect(status, path).toBe(200);
          expect(problems, path).toEqual([]);
          expect(await overflow(page), `${path} is wider than the screen`).toBeLessThanOrEqual(0);
          await context.close();
        }
      });
    }
  }

  it(`loads every page under ${subpathBase} with working styles and no error`, async () => {
    for (const path of pages) {
      const { context, page, problems } = await visit(site.sub.url + path, { viewport: PHONE });
      expect(problems, path).toEqual([]);
      const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle);
      expect(styled, `${path} has its stylesheet`).toBe('solid');
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('serves the 404 page for an unknown address under the subpath, with links that work', async () => {
    const { context, page, status } = await visit(`${site.sub.url}no/such/page/`, { viewport: DESKTOP });
    expect(status).toBe(404);
    await page.getByRole('link', { name: 'the key findings' }).click();
    await page.waitForURL(site.sub.url);
    expect(await page.locator('h1').textContent()).toBe('Rust in 2026');
    await context.close();
  });
});

describe('the theme switch', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system theme before the reader picks one', async () => {
    const light = await visit(site.root.url, { colorScheme: 'light' });
    const dark = await visit(site.root.url, { colorScheme: 'dark' });
    expect(await background(light.page)).toBe('rgb(255, 255, 255)');
    expect(await background(dark.page)).not.toBe('rgb(255, 255, 255)');
    await Promise.all([light.context.close(), dark.context.close()]);
  });

  it('switches the theme, says so on the button, and keeps the pick on the next page', async () => {
    const { context, page } = await visit(site.root.url, { colorScheme: 'light' });
    const toggle = page.locator('.theme-toggle');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page)).not.toBe('rgb(255, 255, 255)');
    await page.goto(`${site.root.url}verdict/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(page)).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('applies a saved theme before the first paint', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    // Read the theme as soon as the body exists, before any deferred script runs.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset['theme'];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.root.url);
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string | undefined }).firstTheme)).toBe('dark');
    await context.close();
  });
});

describe('reading without JavaScript', () => {
  it('shows the contents navigation on a desktop and hides the theme button', async () => {
    const { context, page } = await visit(`${site.root.url}trajectory/`, { viewport: DESKTOP, javaScriptEnabled: false });
    expect(await page.locator('nav.site-nav a[href$="/verdict/"]').isVisible()).toBe(true);
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });

  it('opens the contents on a phone and follows a link', async () => {
    const { context, page } = await visit(site.root.url, { viewport: PHONE, javaScriptEnabled: false });
    const link = page.locator('nav.site-nav a[href$="/verdict/"]');
    expect(await link.isVisible()).toBe(false);
    await page.locator('nav.site-nav summary').click();
    await link.click();
    await page.waitForURL(`${site.root.url}verdict/`);
    expect(await page.locator('h1').textContent()).toBe('Verdict');
    await context.close();
  });
});

describe('heading links', () => {
  it('land with the heading and its editors’ tag in view', async () => {
    const { context, page } = await visit(`${site.root.url}ml-infrastructure/#the-pyo3-binding-pattern`, { viewport: PHONE });
    const tagTop = await page.evaluate(
      () => document.querySelector('#the-pyo3-binding-pattern')?.parentElement?.querySelector('.editorial-tag')?.getBoundingClientRect().top,
    );
    const headingTop = await page.evaluate(() => document.querySelector('#the-pyo3-binding-pattern')?.getBoundingClientRect().top);
    expect(tagTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(120);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and moves to the main content with it', async () => {
    const { context, page } = await visit(`${site.root.url}cpp-replacement/`, { viewport: DESKTOP });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });
});
