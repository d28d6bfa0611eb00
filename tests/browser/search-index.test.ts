import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltIndex, type BuiltIndex } from '../support/pagefind.ts';
import { readPage, readerText } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';

// What a reader types, and the section that must come first. Taken from the report's prose, its
// two Rust snippets and its comparison table; the content is not tuned to them.
const rankings: [query: string, page: string][] = [
  ['Stack Overflow survey', '/'],
  ['executive guidance', '/trajectory/'],
  ['Windows kernel driver', '/trajectory/'],
  ['GIL', '/ml-infrastructure/'],
  ['batch_tokenize', '/ml-infrastructure/'],
  ['par_iter', '/ml-infrastructure/'],
  ['wrap_pyfunction', '/ml-infrastructure/'],
  ['Hugging Face tokenizers', '/ml-infrastructure/'],
  ['GC-managed', '/languages-compared/'],
  ['Best Replacement Target', '/languages-compared/'],
  ['Java backend', '/languages-compared/'],
  ['C-equivalent', '/languages-compared/'],
  ['Pingora', '/cpp-replacement/'],
  ['tokio::spawn', '/cpp-replacement/'],
  ['TcpListener', '/cpp-replacement/'],
  ['Fortran', '/cpp-replacement/'],
  ['memory corruption bugs', '/cpp-replacement/'],
  ['borrow checker', '/learning-curve/'],
  ['Rust Analyzer', '/learning-curve/'],
  ['time-to-productivity', '/learning-curve/'],
  ['correct default choice', '/verdict/'],
];

// Sections whose hits should also point at the heading they sit under.
const headings: [query: string, url: string][] = [
  ['Pingora', '/cpp-replacement/#three-areas-of-migration'],
  ['tokio::spawn', '/cpp-replacement/#an-async-echo-server-with-tokio'],
  ['batch_tokenize', '/ml-infrastructure/#the-pyo3-binding-pattern'],
  ['executive guidance', '/trajectory/#the-catalysts'],
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
  it.each(rankings)('ranks the right section first for “%s”', async (query, page) => {
    const hits = await index.search(query);
    expect(hits.map((h) => h.url)[0], hits.map((h) => h.url).join(', ')).toBe(page);
  });

  it.each(headings)('points “%s” at the heading it sits under', async (query, url) => {
    const [first] = await index.search(query);
    expect(first?.subResults[0]?.url).toBe(url);
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
