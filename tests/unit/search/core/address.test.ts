import { describe, expect, it } from 'vitest';
import { hasHighlightTerms, queryFromSearch, reportFromSearch, searchWithQuery, searchWithReport } from '../../../../src/search/core/address.ts';
import { HIGHLIGHT_PARAM } from '../../../../src/search/core/bundle.ts';
import { siteUrls } from '../../../../src/site/urls.ts';

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

describe('the search page’s address (siteUrls().search, where the header’s search leads without JavaScript)', () => {
  it('links to the search page under the base', () => {
    expect(siteUrls('/').search()).toBe('/search/');
    expect(siteUrls('/reports/rust-2026/').search()).toBe('/reports/rust-2026/search/');
  });
});
