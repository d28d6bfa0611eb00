import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  hasHighlightTerms,
  isSearchShortcut,
  pagefindBundlePath,
  queryFromSearch,
  searchPageUrl,
  searchWithQuery,
} from '../../src/lib/search.ts';

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

describe('searchPageUrl', () => {
  it('links to the search page under the base', () => {
    expect(searchPageUrl('/')).toBe('/search/');
    expect(searchPageUrl('/reports/rust-2026/')).toBe('/reports/rust-2026/search/');
  });
});
