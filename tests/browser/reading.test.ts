import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from '../support/site.ts';

// Every page's errors, overflow, outside requests and accessibility: tests/browser/every-page.test.ts.
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

const site = useServedSite();

/** Opens a page in a fresh context; the caller closes the context. */
async function visit(url: string, options: BrowserContextOptions) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, status: response?.status() };
}

describe('an unknown address under the subpath', () => {
  it('serves the 404 page, with links that work', async () => {
    const { context, page, status } = await visit(`${site.sub.url}no/such/page/`, { viewport: DESKTOP });
    expect(status).toBe(404);
    await page.getByRole('main').getByRole('link', { name: 'the library' }).click();
    await page.waitForURL(site.sub.url);
    expect(await page.locator('h1').textContent()).toBe('Research reports');
    await context.close();
  });
});

describe('an address from before the library', () => {
  it('takes the reader to the same part, now in the Rust report, under the subpath too', async () => {
    const { context, page } = await visit(`${site.sub.url}verdict/`, { viewport: DESKTOP });
    await page.waitForURL(`${site.sub.url}rust-in-2026/verdict/`);
    expect(await page.locator('h1').textContent()).toBe('Verdict');
    await context.close();
  });
});

describe('the theme switch', () => {
  const WHITE = 'rgb(255, 255, 255)';
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const choice = (page: Page, name: 'Light' | 'Dark' | 'System') =>
    page.getByRole('group', { name: 'Theme' }).getByRole('button', { name, exact: true });
  const pressed = (page: Page) =>
    page.getByRole('group', { name: 'Theme' }).getByRole('button').evaluateAll((buttons) =>
      buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.getAttribute('aria-label')),
    );

  it('follows the system theme before the reader picks one, with System pressed', async () => {
    const light = await visit(site.root.url, { colorScheme: 'light' });
    const dark = await visit(site.root.url, { colorScheme: 'dark' });
    expect(await background(light.page)).toBe(WHITE);
    expect(await background(dark.page)).not.toBe(WHITE);
    await expect.poll(() => pressed(dark.page)).toEqual(['System']);
    await Promise.all([light.context.close(), dark.context.close()]);
  });

  it('shows which choice is pressed', async () => {
    const { context, page } = await visit(site.root.url, { colorScheme: 'light' });
    await expect.poll(() => pressed(page)).toEqual(['System']);
    const look = (name: 'Light' | 'System') => choice(page, name).evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).boxShadow}`);
    expect(await look('System')).not.toBe(await look('Light'));
    await context.close();
  });

  it('switches to dark, marks Dark pressed, and keeps the pick on the next page', async () => {
    const { context, page } = await visit(site.root.url, { colorScheme: 'light' });
    await choice(page, 'Dark').click();
    expect(await pressed(page)).toEqual(['Dark']);
    expect(await background(page)).not.toBe(WHITE);
    await page.goto(`${site.root.url}rust-in-2026/verdict/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(page)).not.toBe(WHITE);
    await expect.poll(() => pressed(page)).toEqual(['Dark']);
    await context.close();
  });

  it('goes back to following the system after a pick, on this page and the next', async () => {
    const { context, page } = await visit(site.root.url, { colorScheme: 'dark' });
    await choice(page, 'Light').click();
    expect(await background(page)).toBe(WHITE);
    await choice(page, 'System').click();
    expect(await pressed(page)).toEqual(['System']);
    expect(await background(page)).not.toBe(WHITE);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.goto(`${site.root.url}rust-in-2026/verdict/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    await expect.poll(() => pressed(page)).toEqual(['System']);
    await context.close();
  });

  it('is used from the keyboard: Tab moves between the choices, Space and Enter pick', async () => {
    const { context, page } = await visit(site.root.url, { colorScheme: 'light' });
    await choice(page, 'Light').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dark');
    await page.keyboard.press('Space');
    expect(await pressed(page)).toEqual(['Dark']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await pressed(page)).toEqual(['System']);
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
  it('shows the contents navigation on a desktop and hides the theme switch, which could not switch', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/trajectory/`, { viewport: DESKTOP, javaScriptEnabled: false });
    expect(await page.locator('nav.site-nav a[href$="/verdict/"]').isVisible()).toBe(true);
    expect(await page.locator('.theme-switch').isVisible()).toBe(false);
    await context.close();
  });

  it('opens the contents on a phone and follows a link', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/`, { viewport: PHONE, javaScriptEnabled: false });
    const link = page.locator('nav.site-nav a[href$="/verdict/"]');
    expect(await link.isVisible()).toBe(false);
    await page.locator('nav.site-nav summary').click();
    await link.click();
    await page.waitForURL(`${site.root.url}rust-in-2026/verdict/`);
    expect(await page.locator('h1').textContent()).toBe('Verdict');
    await context.close();
  });
});

describe('heading links', () => {
  it('land with the heading and its editors’ tag in view', async () => {
    const { context, page } = await visit(`${site.root.url}rust-in-2026/ml-infrastructure/#the-pyo3-binding-pattern`, { viewport: PHONE });
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
    const { context, page } = await visit(`${site.root.url}rust-in-2026/cpp-replacement/`, { viewport: DESKTOP });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });
});
