import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderSubResults } from '../../src/lib/search.ts';
import { openBuiltIndex, type BuiltIndex } from '../support/pagefind.ts';
import { readPage, readerText } from '../../tools/dist.ts';
import { minimalReport, rootDist, rustReport, sampleReport } from '../support/paths.ts';

// What a reader types, the section that must come first, and the heading that must be its first
// sub-result (as the reader sees it: orderSubResults, which the dialog and the search page apply),
// or none where the page has no headings. Names, phrases, identifiers copied from the report's two
// Rust snippets and terms of its comparison table; the content is not tuned to them. Each must
// rank so in the whole library (the search page, the library's header search) and in its report
// (the header search on the report's pages), but where `inReportOnly` says why not.
const rankings: [query: string, page: string, heading: string | undefined, inReportOnly?: string][] = [
  // Names
  ['Pingora', '/rust-in-2026/cpp-replacement/', 'three-areas-of-migration'],
  ['Cloudflare', '/rust-in-2026/cpp-replacement/', 'three-areas-of-migration'],
  ['Fortran', '/rust-in-2026/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['Unreal', '/rust-in-2026/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['Hugging Face', '/rust-in-2026/ml-infrastructure/', 'who-uses-it'],
  ['Hugging Face tokenizers', '/rust-in-2026/ml-infrastructure/', 'who-uses-it'],
  ['DataBricks', '/rust-in-2026/ml-infrastructure/', 'who-uses-it'],
  ['Delta Lake', '/rust-in-2026/ml-infrastructure/', 'who-uses-it'],
  ['GIL', '/rust-in-2026/ml-infrastructure/', 'where-python-is-costly'],
  ['Android', '/rust-in-2026/trajectory/', 'the-catalysts'],
  ['Windows kernel driver', '/rust-in-2026/trajectory/', 'the-catalysts'],
  ['Rust Analyzer', '/rust-in-2026/learning-curve/', 'better-tooling'],
  ['Cursor', '/rust-in-2026/learning-curve/', 'better-tooling'],
  ['WebAssembly', '/rust-in-2026/learning-curve/', 'ecosystem-gaps'],
  ['Stack Overflow survey', '/rust-in-2026/', 'key-findings'],
  // Phrases
  ['executive guidance', '/rust-in-2026/trajectory/', 'the-catalysts'],
  ['hype to production', '/rust-in-2026/trajectory/', 'from-hype-to-production'],
  ['memory corruption bugs', '/rust-in-2026/cpp-replacement/', 'three-areas-of-migration'],
  ['sunk investment', '/rust-in-2026/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['zero heap allocations', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['hiring signal', '/rust-in-2026/cpp-replacement/', 'the-hiring-signal'],
  ['crossed the chasm', '/rust-in-2026/cpp-replacement/', 'the-hiring-signal'],
  ['researcher-facing interface', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['Rust execution engine', '/rust-in-2026/ml-infrastructure/', 'who-uses-it'],
  ['borrow checker', '/rust-in-2026/learning-curve/', 'better-tooling'],
  ['time-to-productivity', '/rust-in-2026/learning-curve/', 'better-tooling'],
  ['ownership violations', '/rust-in-2026/learning-curve/', 'better-tooling'],
  ['CLI tools', '/rust-in-2026/learning-curve/', 'ecosystem-gaps'],
  ['4–8x throughput', '/rust-in-2026/', 'key-findings'],
  ['correct default choice', '/rust-in-2026/verdict/', undefined],
  ['wait and see', '/rust-in-2026/verdict/', undefined],
  // Identifiers, as copied from the code
  ['par_iter', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['batch_tokenize', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['wrap_pyfunction', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['wrap_pyfunction!', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['#[pyfunction]', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['BpeTokenizer', '/rust-in-2026/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['tokio::spawn', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['TcpListener', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['TcpListener::bind', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['Box<dyn std::error::Error>', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  [
    '0u8',
    '/rust-in-2026/cpp-replacement/',
    'an-async-echo-server-with-tokio',
    // Pagefind finds no word "0u8" (nor "u8") and searches "0": the sample's short C++ block ends in "= 0;".
    'Pagefind searches it as “0”',
  ],
  ['write_all', '/rust-in-2026/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  // The comparison table
  ['GC-managed', '/rust-in-2026/languages-compared/', undefined],
  ['Best Replacement Target', '/rust-in-2026/languages-compared/', undefined],
  ['Java backend', '/rust-in-2026/languages-compared/', undefined],
  ['C-equivalent', '/rust-in-2026/languages-compared/', undefined],
  ['Extremely mature', '/rust-in-2026/languages-compared/', undefined],
  ['Guaranteed at compile time', '/rust-in-2026/languages-compared/', undefined],
  ['Manual, error-prone', '/rust-in-2026/languages-compared/', undefined],
  ['Dominant in ML/data', '/rust-in-2026/languages-compared/', undefined],
  ['2–5x slower', '/rust-in-2026/languages-compared/', undefined],
];

const rustPages = ['', 'trajectory/', 'ml-infrastructure/', 'languages-compared/', 'cpp-replacement/', 'learning-curve/', 'verdict/'].map((part) => `/${rustReport}/${part}`);
const samplePages = ['', 'postgres-as-a-platform/', 'analysis-without-a-warehouse/', 'storage-engines-built-on-object-storage/'].map((part) => `/${sampleReport.slug}/${part}`);
const minimalPages = ['', 'the-smallest-report/'].map((part) => `/${minimalReport.slug}/${part}`);
/** Every page with a part of a report: each report's home (its key findings) and its parts. */
const sectionPages = [...rustPages, ...samplePages, ...minimalPages];

let index: BuiltIndex;
beforeAll(async () => {
  index = await openBuiltIndex(rootDist);
}, 60_000);
afterAll(async () => {
  await index?.close();
});

describe('the search index', () => {
  it('holds at least 40 queries', () => {
    expect(new Set(rankings.map(([query]) => query)).size).toBeGreaterThanOrEqual(40);
  });

  /** Pagefind's first hit for a query and the heading a reader sees first under it (orderSubResults). */
  const firstHit = async (query: string, filters?: Record<string, string>) => {
    const hits = await index.search(query, filters);
    const first = hits[0];
    const shown = first ? orderSubResults({ ...first, sub_results: first.subResults }, query).map((sub) => sub.url) : [];
    return { urls: hits.map((h) => h.url), heading: shown[0], shown };
  };

  it.each(rankings)('ranks the right section first for “%s” in the library, and the right heading first under it', async (query, page, heading, inReportOnly) => {
    const { urls, heading: first, shown } = await firstHit(query);
    if (inReportOnly) {
      // Found, though not first: its report's own search puts it first (the next test).
      expect(urls, inReportOnly).toContain(page);
      return;
    }
    expect(urls[0], urls.join(', ')).toBe(page);
    expect(first, shown.join(', ')).toBe(heading === undefined ? undefined : `${page}#${heading}`);
  });

  it.each(rankings)('ranks the right section first for “%s” in its report, and the right heading first under it', async (query, page, heading) => {
    const { urls, heading: first, shown } = await firstHit(query, { report: rustReport });
    expect(urls[0], urls.join(', ')).toBe(page);
    expect(first, shown.join(', ')).toBe(heading === undefined ? undefined : `${page}#${heading}`);
  });

  it('holds every query but one to its rank in the whole library', () => {
    expect(rankings.filter(([, , , inReportOnly]) => inReportOnly).length).toBeLessThanOrEqual(1);
  });

  it('links every sub-result to a heading id that exists on its page', async () => {
    for (const query of ['Rust', 'Python', 'C++', 'memory']) {
      for (const hit of await index.search(query)) {
        for (const sub of hit.subResults) {
          const [path, id] = sub.url.replace(/^\//, '').split('#');
          if (!id) continue;
          expect(readPage(rootDist, path ?? '').getElementById(id), sub.url).not.toBeNull();
        }
      }
    }
  });

  it('indexes each part’s page and each report’s home once, and not the whole report, the search page or 404', async () => {
    const entry = JSON.parse(readFileSync(join(rootDist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([sectionPages.length]);
    const urls = (await index.search('Rust')).map((h) => h.url);
    expect([...urls].sort()).toEqual([...rustPages].sort());
  });

  it('files every page under its report, the filter that scopes a search', async () => {
    expect((await index.filters())['report']).toEqual({ [rustReport]: rustPages.length, [sampleReport.slug]: samplePages.length, [minimalReport.slug]: minimalPages.length });
    for (const [report, pages] of [[rustReport, rustPages], [sampleReport.slug, samplePages], [minimalReport.slug, minimalPages]] as const) {
      const urls = (await index.search(null, { report })).map((h) => h.url);
      expect([...urls].sort(), report).toEqual([...pages].sort());
    }
  });

  it('keeps a scoped search inside its report', async () => {
    // "memory" is in both reports.
    const everywhere = (await index.search('memory')).map((h) => h.url.split('/')[1]);
    expect(new Set(everywhere)).toEqual(new Set([rustReport, sampleReport.slug]));
    for (const report of [rustReport, sampleReport.slug]) {
      const scoped = (await index.search('memory', { report })).map((h) => h.url.split('/')[1]);
      expect(new Set(scoped), report).toEqual(new Set([report]));
    }
  });

  it('ships only the Pagefind files search loads: no prebuilt UI, no worker', () => {
    const files = readdirSync(join(rootDist, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']));
    expect(files.filter((file) => /ui\.(js|css)$|worker/.test(file))).toEqual([]);
  });

  it('leaves navigation, heading tags, anchor text and hints out', async () => {
    // Words that appear only in page chrome: previous/next links, the editors' heading tag, the
    // headings' "Link to …" text for screen readers, the table's scroll hint.
    for (const query of ['Previous', 'editors', 'Link', 'sideways']) {
      expect(await index.search(query), query).toEqual([]);
    }
  });

  it('indexes the code blocks and the comparison table', async () => {
    const [code] = await index.search('BpeTokenizer');
    expect(code?.excerpt).toContain('<mark>BpeTokenizer');
    const [table] = await index.search('Extremely mature');
    expect(table?.url).toBe(`/${rustReport}/languages-compared/`);
  });

  it('keeps the table caption and column headers as separate words', async () => {
    const page = readPage(rootDist, `${rustReport}/languages-compared/`);
    const labels = [...page.querySelectorAll('table caption, table thead th')].map((el) => readerText(el.textContent ?? ''));
    const hit = (await index.search('Extremely mature')).find((h) => h.url === `/${rustReport}/languages-compared/`);
    const words = readerText(hit?.content ?? '');
    for (const label of labels) {
      expect(words, label).toMatch(new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|\\s|$)`));
    }
  });

  it('titles each hit with its page’s heading, and names its section and its report', async () => {
    for (const [report, title, pages] of [
      [rustReport, 'Rust in 2026', rustPages],
      [sampleReport.slug, sampleReport.title, samplePages],
      [minimalReport.slug, minimalReport.title, minimalPages],
    ] as const) {
      const hits = await index.search(null, { report });
      for (const url of pages) {
        // A report's home is titled with the report's name (its h1); its section says "Key findings".
        const heading = readerText(readPage(rootDist, url.slice(1)).querySelector('h1')?.textContent ?? '');
        const hit = hits.find((h) => h.url === url);
        expect(readerText(hit?.title ?? ''), url).toBe(heading);
        expect(hit?.meta['section'], url).toBeTruthy();
        expect(hit?.meta['report'], url).toBe(title);
      }
    }
  });
});
