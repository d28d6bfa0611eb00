import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';

/** One search hit as Pagefind's own browser API returns it, reduced to what tests compare. */
export interface Hit {
  url: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  /** The page's headings with an id, at the word of `content` where each starts. */
  anchors: { id: string; location: number; element: string; text?: string | undefined; title?: string | undefined }[];
  /** Pagefind's sub-results, in its order, with where each starts and where its hits are. */
  subResults: { url: string; title: string; excerpt: string; anchor?: { location: number }; locations: number[] }[];
}

/** A built site's Pagefind index, searched with the bundle's `pagefind.js` in a real Chromium. */
export interface BuiltIndex {
  /** Pagefind's hits for a query (null: every page the filters keep), in its order, filtered as given. */
  search(query: string | null, filters?: Record<string, string>): Promise<Hit[]>;
  /** Every value of each filter, with its page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** Serves a built site and opens its Pagefind bundle, as a reader's browser would. */
export async function openBuiltIndex(root: string, base = '/'): Promise<BuiltIndex> {
  const [browser, server]: [Browser, RunningServer] = await Promise.all([launchBrowser(), serveStatic({ root, base })]);
  const page: Page = await browser.newPage();
  await page.goto(server.url);
  // A string, so the test runner does not rewrite the browser's own import().
  await page.evaluate(`import('${server.url}pagefind/pagefind.js').then((pagefind) => { window.pf = pagefind; })`);
  return {
    search: (query, filters = {}) =>
      page.evaluate(async ({ q, filters }) => {
        type Sub = { url: string; title: string; excerpt: string; anchor?: { location: number }; locations: number[] };
        type Raw = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; excerpt: string; anchors: { id: string; location: number; element: string; text?: string; title?: string }[]; sub_results: Sub[] };
        type Search = (q: string | null, options: { filters: Record<string, string> }) => Promise<{ results: { data(): Promise<Raw> }[] }>;
        const pf = (window as unknown as { pf: { search: Search } }).pf;
        const found = await pf.search(q, { filters });
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => ({
          url: d.url,
          title: d.meta['title'] ?? '',
          meta: d.meta,
          filters: d.filters,
          excerpt: d.excerpt,
          content: d.content,
          anchors: d.anchors.map((a) => ({ id: a.id, location: a.location, element: a.element, text: a.text, title: a.title })),
          subResults: d.sub_results.map((s) => ({
            url: s.url,
            title: s.title,
            excerpt: s.excerpt,
            ...(s.anchor ? { anchor: { location: s.anchor.location } } : {}),
            locations: s.locations,
          })),
        }));
      }, { q: query, filters }),
    filters: () => page.evaluate(() => (window as unknown as { pf: { filters(): Promise<Record<string, Record<string, number>>> } }).pf.filters()),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
