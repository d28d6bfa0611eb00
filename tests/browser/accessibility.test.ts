import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/site.ts';
import { axeViolations } from '../../tools/axe.ts';
import { htmlFiles, sitePath } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';

const pages = htmlFiles(rootDist).map((f) => (f === '404.html' ? '404.html' : sitePath(f)));
const site = useServedSite();

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
      it(`finds no violation on any page in ${colorScheme} at ${viewport.width} px`, async () => {
        const context = await site.browser.newContext({ colorScheme, viewport });
        const page = await context.newPage();
        const found: Record<string, unknown> = {};
        for (const path of pages) {
          await page.goto(site.root.url + path);
          const violations = await axeViolations(page);
          if (violations.length > 0) found[path] = violations;
        }
        await context.close();
        expect(found).toEqual({});
      });
    }
  }
});
