import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landingUrl, orderSubResults } from '../../src/search/core/ranking.ts';
import { readerUrl } from '../../src/search/core/reader-urls.ts';
import { openBuiltIndex, type BuiltIndex } from '../support/pagefind.ts';
import { readPage, readerText } from '../../tools/dist.ts';
import { fixtureReports, markupReport, minimalReport, rootDist, rustReport, sampleReport } from '../support/paths.ts';

// What a reader types, the section (a part's page, or the report's home for its findings) that must
// come first, and the heading on it (as the reader sees it: the report's hit first, then its
// sub-results as orderSubResults orders them and readerUrl links them, which the dialog and the
// search page apply), or none where the part has no headings. Names, phrases, identifiers copied from the report's two
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

const reports = fixtureReports.map((report) => report.slug);
/** The one page of each report that search indexes: the whole report. */
const wholeReport = (slug: string) => `/${slug}/report/`;
const rustParts = ['trajectory', 'ml-infrastructure', 'languages-compared', 'cpp-replacement', 'learning-curve', 'verdict'];

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

  /** Pagefind's hits (reports) for a query, and where the first one's sub-results take a reader, best first. */
  const firstHit = async (query: string, filters?: Record<string, string>) => {
    const hits = await index.search(query, filters);
    const first = hits[0];
    const data = first && { ...first, sub_results: first.subResults };
    const shown = data ? orderSubResults(data, query).map((sub) => readerUrl(data, sub)) : [];
    return { urls: hits.map((h) => h.url), place: shown[0], shown };
  };
  const expected = (page: string, heading: string | undefined) => (heading === undefined ? page : `${page}#${heading}`);

  it.each(rankings)('ranks the right report first for “%s” in the library, and the right section and heading first in it', async (query, page, heading, inReportOnly) => {
    const { urls, place, shown } = await firstHit(query);
    if (inReportOnly) {
      // Found, though not first: its report's own search puts it first (the next test).
      expect(urls, inReportOnly).toContain(wholeReport(rustReport));
      return;
    }
    expect(urls[0], urls.join(', ')).toBe(wholeReport(rustReport));
    expect(place, shown.join(', ')).toBe(expected(page, heading));
  });

  it.each(rankings)('puts the right section and heading first for “%s” in a search scoped to its report', async (query, page, heading) => {
    const { urls, place, shown } = await firstHit(query, { report: rustReport });
    expect(urls).toEqual([wholeReport(rustReport)]);
    expect(place, shown.join(', ')).toBe(expected(page, heading));
  });

  // Queries whose words are under different headings of one part: no heading holds them all, the part does.
  it.each([
    ['Pingora Tokio', '/rust-in-2026/cpp-replacement/'],
    ['Tokio hiring', '/rust-in-2026/cpp-replacement/'],
    ['PyO3 Hugging Face', '/rust-in-2026/ml-infrastructure/'],
  ])('lands Enter for “%s” on the part that holds every word', async (query, part) => {
    const [first] = await index.search(query);
    expect(first && landingUrl({ ...first, sub_results: first.subResults }, query)).toBe(part);
  });

  it('holds every query but one to its rank in the whole library', () => {
    expect(rankings.filter(([, , , inReportOnly]) => inReportOnly).length).toBeLessThanOrEqual(1);
  });

  it('links every sub-result to its part’s own page, at a heading id that exists there', async () => {
    let checked = 0;
    for (const query of ['Rust', 'Python', 'C++', 'memory', 'Postgres']) {
      for (const hit of await index.search(query)) {
        for (const sub of hit.subResults) {
          const url = readerUrl(hit, sub);
          const [path = '', id] = url.replace(/^\//, '').split('#');
          expect(path, url).not.toMatch(/report\/$/);
          const page = readPage(rootDist, path);
          expect(page.querySelector('article[data-report]'), url).not.toBeNull();
          if (id) expect(page.getElementById(id), url).not.toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('indexes each report once, as its whole-report page, and not its home, its parts, the search page or 404', async () => {
    const entry = JSON.parse(readFileSync(join(rootDist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([reports.length]);
    expect((await index.search('Rust')).map((h) => h.url)).toEqual([wholeReport(rustReport)]);
  });

  it('files every report under its slug, the filter that scopes a search', async () => {
    expect((await index.filters())['report']).toEqual(Object.fromEntries(reports.map((slug) => [slug, 1])));
    for (const report of reports) {
      expect((await index.search(null, { report })).map((h) => h.url), report).toEqual([wholeReport(report)]);
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

  it('finds a report by its author, as the report’s own text rather than a place in one of its parts', async () => {
    for (const [author, found] of [
      ['iBuidl', [rustReport, sampleReport.slug]],
      ['Acme Markup Collective', [markupReport.slug]],
    ] as const) {
      const hits = await index.search(author);
      expect(hits.map((h) => h.url).sort(), author).toEqual(found.map(wholeReport).sort());
      for (const hit of hits) {
        const page = { ...hit, sub_results: hit.subResults };
        expect(orderSubResults(page, author), hit.url).toEqual([]);
        expect(landingUrl(page, author), hit.url).toBe(hit.url.replace(/report\/$/, ''));
      }
    }
  });

  it('indexes the code blocks and the comparison table', async () => {
    const [code] = await index.search('BpeTokenizer');
    expect(code?.excerpt).toContain('<mark>BpeTokenizer');
    expect((await firstHit('Extremely mature')).place).toBe(`/${rustReport}/languages-compared/`);
  });

  it('keeps the table caption and column headers as separate words', async () => {
    const page = readPage(rootDist, `${rustReport}/languages-compared/`);
    const labels = [...page.querySelectorAll('table caption, table thead th')].map((el) => readerText(el.textContent ?? ''));
    const hit = (await index.search('Extremely mature')).find((h) => h.url === wholeReport(rustReport));
    const words = readerText(hit?.content ?? '');
    for (const label of labels) {
      expect(words, label).toMatch(new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|\\s|$)`));
    }
  });

  it('titles each hit with its report’s title, and heads each part with its slug as id, so results name and link their part', async () => {
    for (const [report, title] of [
      [rustReport, 'Rust in 2026'],
      [sampleReport.slug, sampleReport.title],
      [minimalReport.slug, minimalReport.title],
    ] as const) {
      const [hit] = await index.search(null, { report });
      expect(readerText(hit?.title ?? ''), report).toBe(title);
      const parts = hit?.anchors.filter((a) => a.element === 'h2').map((a) => a.id) ?? [];
      expect(parts[0], report).toBe('key-findings');
      for (const part of parts.slice(1)) expect(readPage(rootDist, `${report}/${part}/`).querySelector('article[data-report]'), `${report}/${part}/`).not.toBeNull();
    }
    const [rust] = await index.search(null, { report: rustReport });
    expect(rust?.anchors.filter((a) => a.element === 'h2').map((a) => a.id)).toEqual(['key-findings', ...rustParts]);
  });
});
