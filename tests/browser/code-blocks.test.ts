import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServedSite } from '../support/site.ts';
import { axeViolations } from '../../tools/axe.ts';
import { testReport } from '../support/library.ts';
import { rustTokens } from '../support/rust-tokens.ts';

const site = useServedSite();

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(site.root.url + path);
  return page;
}

/** The computed colour of the `fn` keyword and the block's background. */
function colours(page: Page): Promise<{ keyword: string; background: string }> {
  return page.evaluate(() => {
    const keyword = [...document.querySelectorAll('figure.code-block .line > span')].find((s) => s.textContent === 'fn');
    return {
      keyword: keyword ? getComputedStyle(keyword).color : '',
      background: getComputedStyle(document.querySelector('figure.code-block pre')!).backgroundColor,
    };
  });
}

describe('code blocks in a real browser', () => {
  it('colours tokens from the light theme in light and the dark theme in dark', async () => {
    const light = await open('rust-in-2026/ml-infrastructure/', { colorScheme: 'light' });
    const dark = await open('rust-in-2026/ml-infrastructure/', { colorScheme: 'dark' });
    expect(await colours(light)).toEqual({ keyword: 'rgb(160, 17, 31)', background: 'rgb(255, 255, 255)' });
    expect(await colours(dark)).toEqual({ keyword: 'rgb(255, 123, 114)', background: 'rgb(13, 17, 23)' });
    await Promise.all([light.context().close(), dark.context().close()]);
  });

  it('follows the theme switch', async () => {
    const page = await open('rust-in-2026/ml-infrastructure/', { colorScheme: 'light' });
    const before = await colours(page);
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    const after = await colours(page);
    expect(after.keyword).not.toBe(before.keyword);
    expect(after).toEqual({ keyword: 'rgb(255, 123, 114)', background: 'rgb(13, 17, 23)' });
    await page.context().close();
  });

  it('sits the copy button inside the caption, clear of its border line, with or without a file name', async () => {
    for (const path of ['rust-in-2026/ml-infrastructure/', 'sample-databases-2026/postgres-as-a-platform/']) {
      const page = await open(path);
      await page.locator('figure.code-block .copy-button').first().waitFor();
      const boxes = await page.locator('figure.code-block').evaluateAll((figures) =>
        figures.map((figure) => {
          const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
          const button = figure.querySelector('.copy-button')!.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(figure.querySelector('figcaption')!).borderBottomWidth);
          return { above: button.top - caption.top, below: caption.bottom - border - button.bottom };
        }),
      );
      expect(boxes.length, path).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.above, path).toBeGreaterThanOrEqual(2);
        expect(box.below, path).toBeGreaterThanOrEqual(2);
      }
      await page.context().close();
    }
  });

  it('copies exactly the snippet and announces it to screen readers', async () => {
    const page = await open('rust-in-2026/ml-infrastructure/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.root.origin });
    const figure = page.locator('figure.code-block').first();
    const button = figure.getByRole('button', { name: 'Copy code of src/lib.rs' });
    await button.click();
    await expect.poll(() => figure.getByRole('status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await figure.locator('pre code').textContent());
    expect(copied.startsWith('// PyO3: exposing a Rust tokenizer to Python\nuse pyo3::prelude::*;')).toBe(true);
    expect(copied).not.toMatch(/Copy|Rust\s*$|src\/lib\.rs/);
    const [first] = testReport('rust-in-2026').parts.flatMap((part) => part.source.blocks.flatMap((block) => (block.kind === 'code' ? [block.source.join('\n')] : [])));
    expect(rustTokens(copied)).toEqual(rustTokens(first ?? ''));
    await page.context().close();
  });

  it('selects the code and names the copy key when the clipboard is refused', async () => {
    const page = await open('rust-in-2026/ml-infrastructure/');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    const figure = page.locator('figure.code-block').first();
    await figure.getByRole('button', { name: 'Copy code of src/lib.rs' }).click();
    // The test browser runs on Linux: the key is Ctrl+C (⌘C on Apple's systems, unit-tested).
    await expect.poll(() => figure.getByRole('status').textContent()).toBe('Press Ctrl+C to copy');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await figure.locator('pre code').textContent());
    await page.context().close();
  });

  it('shows the code without JavaScript, and no copy button that cannot work', async () => {
    const page = await open('rust-in-2026/cpp-replacement/', { javaScriptEnabled: false });
    expect(await page.locator('figure.code-block pre').isVisible()).toBe(true);
    expect(await page.locator('figure.code-block button').count()).toBe(0);
    await page.context().close();
  });

  it('scrolls a long line inside the block on a 375 px phone, by keyboard too, without widening the page', async () => {
    const page = await open('rust-in-2026/ml-infrastructure/', { viewport: { width: 375, height: 812 } });
    const pre = page.locator('figure.code-block pre').first();
    const sizes = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await pre.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('has no axe-core violation (contrast included) on the code blocks in light or dark', async () => {
    const found: Record<string, unknown> = {};
    for (const path of ['rust-in-2026/ml-infrastructure/', 'rust-in-2026/cpp-replacement/']) {
      const page = await open(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await axeViolations(page, 'figure.code-block');
        if (violations.length > 0) found[`${path} ${colorScheme}`] = violations;
      }
      await page.context().close();
    }
    expect(found).toEqual({});
  });

  it('prints the code light on white, in full, without the copy button', async () => {
    const page = await open('rust-in-2026/ml-infrastructure/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours(page)).toEqual({ keyword: 'rgb(160, 17, 31)', background: 'rgb(255, 255, 255)' });
    const pre = page.locator('figure.code-block pre').first();
    expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(await pre.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('.copy-button').count()).toBeGreaterThan(0);
    expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
    await page.context().close();
  });
});
