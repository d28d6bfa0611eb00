import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  hasHighlightTerms,
  holdsEveryWord,
  isSearchShortcut,
  landingUrl,
  excerptParts,
  orderSubResults,
  placesShown,
  pagefindBundlePath,
  queryFromSearch,
  reportFromSearch,
  partTitleOf,
  readerUrl,
  resultsSummary,
  searchWithQuery,
  searchWithReport,
  searchWords,
  wordMatches,
} from '../../../src/search/core/search.ts';
import { siteUrls } from '../../../src/site/urls.ts';

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('opens on / outside a field', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
  });

  it('leaves / to a field the reader is typing in', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
  });

  it('opens on Ctrl+K and ⌘+K, also from a field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), true)).toBe(true);
  });

  it('ignores K alone, Alt combinations and other keys', () => {
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('s', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('pagefindBundlePath', () => {
  it('puts the bundle in pagefind/ under the base, at the root or under a subpath', () => {
    expect(pagefindBundlePath('/')).toBe('/pagefind/');
    expect(pagefindBundlePath('/reports/rust-2026/')).toBe('/reports/rust-2026/pagefind/');
    expect(pagefindBundlePath('/reports/rust-2026')).toBe('/reports/rust-2026/pagefind/');
  });
});

describe('hasHighlightTerms', () => {
  it('is true when a result link carried terms to the page', () => {
    expect(hasHighlightTerms(`?${HIGHLIGHT_PARAM}=pyo3`)).toBe(true);
    expect(hasHighlightTerms(`?x=1&${HIGHLIGHT_PARAM}=tokio&${HIGHLIGHT_PARAM}=spawn`)).toBe(true);
  });

  it('is false for a plain visit or an empty parameter', () => {
    expect(hasHighlightTerms('')).toBe(false);
    expect(hasHighlightTerms('?q=pyo3')).toBe(false);
    expect(hasHighlightTerms(`?${HIGHLIGHT_PARAM}=%20`)).toBe(false);
  });
});

describe('queryFromSearch', () => {
  it('reads and trims ?q=, decoding it', () => {
    expect(queryFromSearch('?q=%20tokio%3A%3Aspawn%20')).toBe('tokio::spawn');
    expect(queryFromSearch('?q=memory+safety')).toBe('memory safety');
  });

  it('is empty without a query', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?other=1')).toBe('');
  });
});

describe('searchWithQuery', () => {
  it('sets ?q= for a term and keeps other parameters', () => {
    expect(searchWithQuery('', 'C++')).toBe('?q=C%2B%2B');
    expect(searchWithQuery('?lang=en&q=old', 'new term')).toBe('?lang=en&q=new+term');
  });

  it('drops ?q= when the box is cleared', () => {
    expect(searchWithQuery('?q=pyo3', '  ')).toBe('');
    expect(searchWithQuery('?lang=en&q=pyo3', '')).toBe('?lang=en');
  });

  it('round-trips through queryFromSearch', () => {
    for (const term of ['batch_tokenize', 'tokio::spawn', 'C++ vs Go', '2–5x slower']) {
      expect(queryFromSearch(searchWithQuery('', term))).toBe(term);
    }
  });
});

describe('reportFromSearch', () => {
  it('reads the report a search is scoped to', () => {
    expect(reportFromSearch('?q=memory&report=rust-in-2026')).toBe('rust-in-2026');
  });

  it('gives nothing when there is no report, or an empty one', () => {
    expect(reportFromSearch('?q=memory')).toBeUndefined();
    expect(reportFromSearch('?report=%20')).toBeUndefined();
  });
});

describe('searchWithReport', () => {
  it('adds the report and keeps the query', () => {
    expect(searchWithReport('?q=memory', 'rust-in-2026')).toBe('?q=memory&report=rust-in-2026');
  });

  it('removes the report for a search of every report', () => {
    expect(searchWithReport('?q=memory&report=rust-in-2026', undefined)).toBe('?q=memory');
    expect(searchWithReport('?report=rust-in-2026', undefined)).toBe('');
  });

  it('replaces a report already there, in place', () => {
    expect(searchWithReport('?report=a&q=x', 'b')).toBe('?report=b&q=x');
  });
});

describe('resultsSummary', () => {
  it('counts the reports that hold the query', () => {
    expect(resultsSummary({ reports: 3, places: 2 }, 'memory safety')).toBe('3 reports for “memory safety”');
    expect(resultsSummary({ reports: 0, places: 0 }, 'zzz')).toBe('No results for “zzz”');
  });

  it('counts the places in the report when one report holds it', () => {
    expect(resultsSummary({ reports: 1, places: 4 }, 'memory')).toBe('4 results for “memory”');
    expect(resultsSummary({ reports: 1, places: 1 }, 'Pingora')).toBe('1 result for “Pingora”');
  });

  it('names the report a scoped search looked in', () => {
    expect(resultsSummary({ reports: 1, places: 2 }, 'memory', 'Rust in 2026')).toBe('2 results for “memory” in Rust in 2026');
  });

  it('says, when a scoped search finds nothing, how many other reports hold the words', () => {
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 1 }, 'rust', 'Databases in 2026')).toBe('No results for “rust” in Databases in 2026; 1 other report holds it');
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 2 }, 'rust', 'D')).toBe('No results for “rust” in D; 2 other reports hold it');
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 0 }, 'zzz', 'D')).toBe('No results for “zzz” in D');
  });

  it('trims the query as it is searched', () => {
    expect(resultsSummary({ reports: 2, places: 1 }, ' memory ')).toBe('2 reports for “memory”');
  });
});

describe('readerUrl and partTitleOf', () => {
  // A whole-report page as Pagefind records it: the findings, then parts whose h2 ids are their slugs.
  const page = {
    anchors: [
      { location: 3, element: 'h2', id: 'key-findings', text: 'Key findings' },
      { location: 20, element: 'h2', id: 'ml-infrastructure', text: 'Section 2 — Rust in ML' },
      { location: 40, element: 'h3', id: 'who-uses-it', text: 'Who uses it' },
      { location: 45, element: 'figure', id: 'code-1' },
      { location: 60, element: 'h2', id: 'verdict', text: 'Verdict' },
    ],
  };
  const at = (id: string, location: number) => ({ url: `/lib/rust/report/?pagefind-highlight=rust#${id}`, anchor: { location } });

  it('takes a heading to the same id on its part’s own page, keeping the highlight terms', () => {
    expect(readerUrl(page, at('who-uses-it', 40))).toBe('/lib/rust/ml-infrastructure/?pagefind-highlight=rust#who-uses-it');
  });

  it('takes a part’s title to the part’s page, and the findings to the report’s home', () => {
    expect(readerUrl(page, at('verdict', 60))).toBe('/lib/rust/verdict/?pagefind-highlight=rust');
    expect(readerUrl(page, at('key-findings', 3))).toBe('/lib/rust/?pagefind-highlight=rust#key-findings');
  });

  it('takes the report itself (no heading) to its home', () => {
    expect(readerUrl(page, { url: '/lib/rust/report/?pagefind-highlight=rust' })).toBe('/lib/rust/?pagefind-highlight=rust');
  });

  it('keeps the anchor of a heading whose id is its own part’s slug', () => {
    const same = { anchors: [...page.anchors, { location: 70, element: 'h3', id: 'verdict', text: 'Verdict' }] };
    expect(readerUrl(same, at('verdict', 70))).toBe('/lib/rust/verdict/?pagefind-highlight=rust#verdict');
  });

  it('lands Enter on the part that holds every word when no heading of it does, else on the home', () => {
    // Words by position: the findings (3–19), then "ml-infrastructure" (20–59) with its h3 at 40.
    const words = Array.from({ length: 70 }, (_, i) => `w${i}z`);
    words[25] = 'Hugging';
    words[26] = 'Face';
    words[45] = 'PyO3';
    const report = {
      url: '/lib/rust/report/?pagefind-highlight=pyo3',
      content: words.join(' '),
      anchors: page.anchors,
      sub_results: [
        { url: '/lib/rust/report/?pagefind-highlight=pyo3#ml-infrastructure', anchor: { location: 20 }, locations: [25] },
        { url: '/lib/rust/report/?pagefind-highlight=pyo3#who-uses-it', anchor: { location: 40 }, locations: [45] },
      ],
    };
    expect(landingUrl(report, 'PyO3 Hugging Face')).toBe('/lib/rust/ml-infrastructure/?pagefind-highlight=pyo3');
    expect(landingUrl(report, 'PyO3 w5z')).toBe('/lib/rust/?pagefind-highlight=pyo3');
  });

  it('names the part a heading falls in, but not a part’s own title', () => {
    expect(partTitleOf(page, at('who-uses-it', 40))).toBe('Section 2 — Rust in ML');
    expect(partTitleOf(page, at('verdict', 60))).toBeUndefined();
    expect(partTitleOf(page, { anchor: undefined })).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into text and marked terms', () => {
    expect(excerptParts('the <mark>borrow</mark> checker <mark>rejects</mark>.')).toEqual([
      { text: 'the ', marked: false },
      { text: 'borrow', marked: true },
      { text: ' checker ', marked: false },
      { text: 'rejects', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('reads escaped characters as text, so code in an excerpt never becomes markup', () => {
    expect(excerptParts('Box&lt;dyn <mark>Error</mark>&gt; &lt;img src=x onerror=alert(1)&gt;')).toEqual([
      { text: 'Box<dyn ', marked: false },
      { text: 'Error', marked: true },
      { text: '> <img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('keeps an ampersand as the page has it (Pagefind does not escape it)', () => {
    expect(excerptParts('ObjectStore&amp; store_ &mut buf')).toEqual([{ text: 'ObjectStore&amp; store_ &mut buf', marked: false }]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('the search page’s address (siteUrls().search, where the header’s search leads without JavaScript)', () => {
  it('links to the search page under the base', () => {
    expect(siteUrls('/').search()).toBe('/search/');
    expect(siteUrls('/reports/rust-2026/').search()).toBe('/reports/rust-2026/search/');
  });
});

describe('searchWords', () => {
  it('lower-cases, drops accents and splits code at its punctuation, keeping identifiers whole', () => {
    expect(searchWords('TcpListener::bind("0.0.0.0:8080")')).toEqual(['tcplistener', 'bind', '0', '0', '0', '0', '8080']);
    expect(searchWords('wrap_pyfunction!(batch_tokenize, m)')).toEqual(['wrap_pyfunction', 'batch_tokenize', 'm']);
    expect(searchWords('Box<dyn std::error::Error>')).toEqual(['box', 'dyn', 'std', 'error', 'error']);
    expect(searchWords('Café — 4–8x')).toEqual(['cafe', '4', '8x']);
  });
});

describe('wordMatches', () => {
  it('holds a term at the start of a word, as the reader types it', () => {
    expect(wordMatches('pingora', 'ping')).toBe(true);
    expect(wordMatches('pingora', 'pingora')).toBe(true);
  });

  it('holds a plural term in its singular word', () => {
    expect(wordMatches('tokenizer', 'tokenizers')).toBe(true);
    expect(wordMatches('class', 'classes')).toBe(true);
  });

  it('does not hold a stem that only a stemmer would match', () => {
    expect(wordMatches('facing', 'face')).toBe(false);
    expect(wordMatches('researcher', 'search')).toBe(false);
  });
});

describe('holdsEveryWord', () => {
  it('is true when every word of the query is in the text, in any order', () => {
    expect(holdsEveryWord('The borrow checker remains the canonical complaint.', 'checker borrow')).toBe(true);
    expect(holdsEveryWord('let listener = TcpListener::bind("0.0.0.0:8080")', 'TcpListener::bind')).toBe(true);
  });

  it('is false when a word is missing, as a typo is', () => {
    expect(holdsEveryWord('The borrow checker remains the canonical complaint.', 'borow checker')).toBe(false);
    expect(holdsEveryWord('researcher-facing interface', 'face')).toBe(false);
  });
});

describe('orderSubResults', () => {
  // A page of three headed parts (word locations as Pagefind counts them) and its text before them.
  const content = 'Intro words here. ' + 'Binding Keep Python for the researcher-facing interface. ' + 'Users Companies like Hugging Face use it. ' + 'Faces Face the hugging crowd.';
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);
  const heading = (location: number) => ({ location, element: 'h2', text: words[location] });
  // A figure's id inside a part neither starts a sub-result nor ends the part's text.
  const anchors = [heading(at('Binding')), { location: at('Python'), element: 'figure' }, heading(at('Users')), heading(at('Faces'))];
  const sub = (name: string, location?: number, hits = 1) => ({
    url: location === undefined ? '/ml/' : `/ml/#${name}`,
    ...(location === undefined ? {} : { anchor: { location } }),
    locations: Array.from({ length: hits }, () => 0),
  });
  const page = (subResults: ReturnType<typeof sub>[]) => ({ url: '/ml/', content, anchors, sub_results: subResults });
  const ids = (list: { url: string }[]) => list.map((s) => s.url.split('#')[1]);

  it('puts the part holding the exact phrase first, then parts holding every term, then the rest', () => {
    const ordered = orderSubResults(page([sub('binding', at('Binding'), 5), sub('faces', at('Faces')), sub('users', at('Users'))]), 'Hugging Face');
    expect(ids(ordered)).toEqual(['users', 'faces', 'binding']);
  });

  it('keeps more hits first, then page order, among parts that hold the query alike', () => {
    const ordered = orderSubResults(page([sub('binding', at('Binding'), 1), sub('users', at('Users'), 1), sub('faces', at('Faces'), 2)]), 'python');
    expect(ids(ordered)).toEqual(['binding', 'faces', 'users']);
  });

  it('leaves out the text before the first heading, which the result itself links to', () => {
    expect(ids(orderSubResults(page([sub('intro'), sub('users', at('Users'))]), 'words'))).toEqual(['users']);
  });

  it('shows at most three of a report among several, choosing the best rather than the first, and counts them all', () => {
    const many = [sub('binding', at('Binding'), 9), sub('b2', at('Binding'), 8), sub('b3', at('Binding'), 7), sub('users', at('Users'))];
    const { shown, total } = placesShown(page(many), 'Hugging Face', false);
    expect(shown).toHaveLength(3);
    expect(ids(shown)[0]).toBe('users');
    expect(total).toBe(4);
  });

  it('shows every place of a report that is the only result', () => {
    const many = [sub('binding', at('Binding'), 9), sub('b2', at('Binding'), 8), sub('b3', at('Binding'), 7), sub('users', at('Users'))];
    expect(placesShown(page(many), 'Hugging Face', true)).toEqual({ shown: orderSubResults(page(many), 'Hugging Face'), total: 4 });
    expect(placesShown(page(many), 'Hugging Face', true).shown).toHaveLength(4);
  });

  it('lands Enter on the best heading when its part holds every word, else on the page', () => {
    const subs = [sub('binding', at('Binding'), 5), sub('users', at('Users'))];
    expect(landingUrl(page(subs), 'Hugging Face')).toBe('/ml/#users');
    expect(landingUrl(page(subs), 'Hugging interface')).toBe('/ml/');
  });

  it('compares the text of each part, not its excerpt, for identifiers copied from code', () => {
    const code = 'Prose about servers. Echo let listener = TcpListener::bind("0.0.0.0:8080").await?;';
    const codeWords = code.split(' ');
    const result = orderSubResults(
      {
        url: '/cpp/',
        content: code,
        anchors: [
          { location: 0, element: 'h2', text: 'Prose' },
          { location: codeWords.indexOf('Echo'), element: 'h2', text: 'Echo' },
        ],
        sub_results: [
          { url: '/cpp/#prose', anchor: { location: 0 }, locations: [1, 2] },
          { url: '/cpp/#echo', anchor: { location: codeWords.indexOf('Echo') }, locations: [5] },
        ],
      },
      'TcpListener::bind',
    );
    expect(ids(result)).toEqual(['echo', 'prose']);
  });
});
