import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderSubResults } from '../../src/lib/search.ts';
import { openBuiltIndex, type BuiltIndex } from '../support/pagefind.ts';
import { readPage, readerText } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';

// What a reader types, the section that must come first, and the heading that must be its first
// sub-result (as the reader sees it: orderSubResults, which the dialog and the search page apply),
// or none where the page has no headings. Names, phrases, identifiers copied from the report's two
// Rust snippets and terms of its comparison table; the content is not tuned to them.
const rankings: [query: string, page: string, heading: string | undefined][] = [
  // Names
  ['Pingora', '/cpp-replacement/', 'three-areas-of-migration'],
  ['Cloudflare', '/cpp-replacement/', 'three-areas-of-migration'],
  ['Fortran', '/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['Unreal', '/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['Hugging Face', '/ml-infrastructure/', 'who-uses-it'],
  ['Hugging Face tokenizers', '/ml-infrastructure/', 'who-uses-it'],
  ['DataBricks', '/ml-infrastructure/', 'who-uses-it'],
  ['Delta Lake', '/ml-infrastructure/', 'who-uses-it'],
  ['GIL', '/ml-infrastructure/', 'where-python-is-costly'],
  ['Android', '/trajectory/', 'the-catalysts'],
  ['Windows kernel driver', '/trajectory/', 'the-catalysts'],
  ['Rust Analyzer', '/learning-curve/', 'better-tooling'],
  ['Cursor', '/learning-curve/', 'better-tooling'],
  ['WebAssembly', '/learning-curve/', 'ecosystem-gaps'],
  ['Stack Overflow survey', '/', 'key-findings'],
  // Phrases
  ['executive guidance', '/trajectory/', 'the-catalysts'],
  ['hype to production', '/trajectory/', 'from-hype-to-production'],
  ['memory corruption bugs', '/cpp-replacement/', 'three-areas-of-migration'],
  ['sunk investment', '/cpp-replacement/', 'what-rust-is-not-replacing'],
  ['zero heap allocations', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['hiring signal', '/cpp-replacement/', 'the-hiring-signal'],
  ['crossed the chasm', '/cpp-replacement/', 'the-hiring-signal'],
  ['researcher-facing interface', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['Rust execution engine', '/ml-infrastructure/', 'who-uses-it'],
  ['borrow checker', '/learning-curve/', 'better-tooling'],
  ['time-to-productivity', '/learning-curve/', 'better-tooling'],
  ['ownership violations', '/learning-curve/', 'better-tooling'],
  ['CLI tools', '/learning-curve/', 'ecosystem-gaps'],
  ['4–8x throughput', '/', 'key-findings'],
  ['correct default choice', '/verdict/', undefined],
  ['wait and see', '/verdict/', undefined],
  // Identifiers, as copied from the code
  ['par_iter', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['batch_tokenize', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['wrap_pyfunction', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['wrap_pyfunction!', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['#[pyfunction]', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['BpeTokenizer', '/ml-infrastructure/', 'the-pyo3-binding-pattern'],
  ['tokio::spawn', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['TcpListener', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['TcpListener::bind', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['Box<dyn std::error::Error>', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['0u8', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  ['write_all', '/cpp-replacement/', 'an-async-echo-server-with-tokio'],
  // The comparison table
  ['GC-managed', '/languages-compared/', undefined],
  ['Best Replacement Target', '/languages-compared/', undefined],
  ['Java backend', '/languages-compared/', undefined],
  ['C-equivalent', '/languages-compared/', undefined],
  ['Extremely mature', '/languages-compared/', undefined],
  ['Guaranteed at compile time', '/languages-compared/', undefined],
  ['Manual, error-prone', '/languages-compared/', undefined],
  ['Dominant in ML/data', '/languages-compared/', undefined],
  ['2–5x slower', '/languages-compared/', undefined],
];

const sectionPages = ['/', '/trajectory/', '/ml-infrastructure/', '/languages-compared/', '/cpp-replacement/', '/learning-curve/', '/verdict/'];

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

  it.each(rankings)('ranks the right section first for “%s”, and the right heading first under it', async (query, page, heading) => {
    const hits = await index.search(query);
    expect(hits.map((h) => h.url)[0], hits.map((h) => h.url).join(', ')).toBe(page);
    const first = hits[0]!;
    const shown = orderSubResults({ ...first, sub_results: first.subResults }, query).map((sub) => sub.url);
    expect(shown[0], shown.join(', ')).toBe(heading === undefined ? undefined : `${page}#${heading}`);
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

  it('indexes each section page once, and not the whole report, the search page or 404', async () => {
    const entry = JSON.parse(readFileSync(join(rootDist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([sectionPages.length]);
    const urls = (await index.search('Rust')).map((h) => h.url);
    expect([...urls].sort()).toEqual([...sectionPages].sort());
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
    expect(table?.url).toBe('/languages-compared/');
  });

  it('keeps the table caption and column headers as separate words', async () => {
    const page = readPage(rootDist, 'languages-compared/');
    const labels = [...page.querySelectorAll('table caption, table thead th')].map((el) => readerText(el.textContent ?? ''));
    const hit = (await index.search('Extremely mature')).find((h) => h.url === '/languages-compared/');
    const words = readerText(hit?.content ?? '');
    for (const label of labels) {
      expect(words, label).toMatch(new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|\\s|$)`));
    }
  });

  it('titles each hit with its part’s heading and files it under its section', async () => {
    for (const url of sectionPages) {
      // The home page's h1 is the report's name, which would tell a searcher nothing: its hits are
      // titled with the part it holds.
      const heading = url === '/' ? 'Key findings' : readerText(readPage(rootDist, url.slice(1)).querySelector('h1')?.textContent ?? '');
      const hit = (await index.search('Rust')).find((h) => h.url === url);
      expect(readerText(hit?.title ?? ''), url).toBe(heading);
      expect(hit?.meta['section'], url).toBeTruthy();
    }
    const filters = await index.filters();
    expect(Object.keys(filters['section'] ?? {})).toHaveLength(sectionPages.length);
  });
});
