import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES, type Violation } from '../../tools/axe.ts';
import { htmlFiles, readPage, sitePath } from '../../tools/dist.ts';
import { recordCspViolations } from '../support/csp.ts';
import { useServedSite } from '../support/site.ts';
import { rootDist, subpathBase } from '../support/paths.ts';

// Every page is loaded once (and once more under the subpath) and looked at in each view; the tests
// below assert on what that one pass saw. The site is served as a self-hoster serves it: with the
// rules of dist/_headers, so both the header policy and each page's <meta> policy are enforced.
const site = useServedSite({ headers: true, gzip: true });
// Old addresses are static refresh pages that send the browser on (tests/build/pages.test.ts checks
// them); every page they lead to is visited here in its own right.
const pages = htmlFiles(rootDist)
  .filter((f) => !readPage(rootDist, f).querySelector('meta[http-equiv="refresh"]'))
  .map((f) => (f === '404.html' ? '404.html' : sitePath(f)));

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const PHONE_VIEW = `${PHONE.width} px light`;
// Every rule of axe-core runs in two views that between them have both widths and both schemes;
// the other two differ from one of those only in colour, so only the colour rules run there again.
const VIEWS = [
  { viewport: PHONE, colorScheme: 'light', rules: undefined },
  { viewport: PHONE, colorScheme: 'dark', rules: COLOUR_RULES },
  { viewport: DESKTOP, colorScheme: 'light', rules: COLOUR_RULES },
  { viewport: DESKTOP, colorScheme: 'dark', rules: undefined },
].map((view) => ({ ...view, name: `${view.viewport.width} px ${view.colorScheme}` }) as const);

/** What one visit of a page showed. */
interface Seen {
  status: number | undefined;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that left the site's origin. */
  outside: string[];
  /** Content-Security-Policy violations, from the DOM event and from Chromium's console. */
  csp: string[];
  /** By view: how far the page is wider than the screen (≤ 0 fits). */
  overflow: Record<string, number>;
  /** By view: axe-core's violations. */
  axe: Record<string, Violation[]>;
  /** Whether the stylesheet applied (the header's border is drawn); checked under the subpath. */
  styled?: boolean;
}

const seen: Record<string, Seen> = {};
const seenUnderSubpath: Record<string, Seen> = {};

/** Which record a page's events go to, and the origin its requests should stay on. */
interface Visiting {
  seen?: Seen | undefined;
  origin: string;
}

/** A context whose one page records what goes wrong into the record being visited. */
async function recorder(visiting: Visiting): Promise<{ context: BrowserContext; page: Page }> {
  const target = (): Seen | undefined => visiting.seen;
  const context = await site.browser.newContext({ viewport: PHONE });
  await recordCspViolations(context, (text) => target()?.csp.push(text));
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && target()?.errors.push(message.text()));
  page.on('pageerror', (error) => target()?.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${visiting.origin}/`) && !url.startsWith('data:')) target()?.outside.push(url);
  });
  return { context, page };
}

const emptySeen = (): Seen => ({ status: undefined, errors: [], outside: [], csp: [], overflow: {}, axe: {} });
const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const styled = (page: Page): Promise<boolean> =>
  page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle === 'solid');

beforeAll(async () => {
  const visiting: Visiting = { origin: site.root.origin };
  const { context, page } = await recorder(visiting);
  for (const path of pages) {
    const current = (visiting.seen = seen[path] = emptySeen());
    current.status = (await page.goto(site.root.url + path))?.status();
    for (const view of VIEWS) {
      await page.setViewportSize(view.viewport);
      await page.emulateMedia({ colorScheme: view.colorScheme as 'light' | 'dark' });
      current.overflow[view.name] = await overflow(page);
      current.axe[view.name] = await axeViolations(page, undefined, view.rules);
    }
  }
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'light' });
  visiting.origin = site.sub.origin;
  for (const path of pages) {
    const current = (visiting.seen = seenUnderSubpath[path] = emptySeen());
    current.status = (await page.goto(site.sub.url + path))?.status();
    current.styled = await styled(page);
    current.overflow[PHONE_VIEW] = await overflow(page);
  }
  visiting.seen = undefined;
  await context.close();
}, 180_000);

/** How far a page is wider than the screen in a view, or why that is unknown; undefined when it fits. */
function tooWide(seen: Seen, view: string): number | string | undefined {
  const overflow = seen.overflow[view];
  if (overflow === undefined) return 'not measured';
  return overflow > 0 ? overflow : undefined;
}

/** The pages for which `pick` found something, with what it found. */
function wherever<T>(record: Record<string, Seen>, pick: (seen: Seen) => T | undefined): Record<string, T> {
  const found: Record<string, T> = {};
  for (const [path, facts] of Object.entries(record)) {
    const value = pick(facts);
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) found[path || '/'] = value;
  }
  return found;
}

describe('every page, as a self-hoster serves it', () => {
  it('is served with status 200', () => {
    expect(Object.keys(seen)).toEqual(pages);
    expect(wherever(seen, (s) => (s.status === 200 ? undefined : s.status))).toEqual({});
  });

  it('logs no error and throws no exception', () => {
    expect(wherever(seen, (s) => s.errors)).toEqual({});
  });

  it('requests nothing from another host', () => {
    expect(wherever(seen, (s) => s.outside)).toEqual({});
  });

  it('breaks no rule of the Content-Security-Policy', () => {
    expect(wherever(seen, (s) => s.csp)).toEqual({});
  });

  for (const view of VIEWS) {
    it(`fits the screen at ${view.name}, with no sideways scrolling`, () => {
      expect(wherever(seen, (s) => tooWide(s, view.name))).toEqual({});
    });

    it(`has no axe-core violation at ${view.name}${view.rules ? ' (colour rules)' : ''}`, () => {
      expect(wherever(seen, (s) => s.axe[view.name] ?? [{ id: 'not checked', impact: null, targets: [] }])).toEqual({});
    });
  }
});

describe(`every page under ${subpathBase}`, () => {
  it('is served with status 200 and has its stylesheet', () => {
    expect(Object.keys(seenUnderSubpath)).toEqual(pages);
    expect(wherever(seenUnderSubpath, (s) => (s.status === 200 ? undefined : s.status))).toEqual({});
    expect(wherever(seenUnderSubpath, (s) => (s.styled ? undefined : 'unstyled'))).toEqual({});
  });

  it('logs no error, breaks no policy rule and requests nothing from another host', () => {
    expect(wherever(seenUnderSubpath, (s) => [...s.errors, ...s.csp, ...s.outside])).toEqual({});
  });

  it('fits a 375 px phone', () => {
    expect(wherever(seenUnderSubpath, (s) => tooWide(s, PHONE_VIEW))).toEqual({});
  });
});
