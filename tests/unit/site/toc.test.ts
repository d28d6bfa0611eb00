import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/site/toc.ts';
import { headingText } from '../../../src/lib/html-text.ts';
import { pageTitle } from '../../../src/site/head.ts';

describe('tableOfContents', () => {
  it('lists h2 headings in order and nests h3 under the h2 before them', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('leaves out h1 and headings deeper than h3', () => {
    expect(tableOfContents([{ depth: 1, slug: 't', text: 'T' }, { depth: 4, slug: 'd', text: 'D' }])).toEqual([]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

describe('headingText', () => {
  it('strips tags and decodes entities', () => {
    expect(headingText('<code>Vec&lt;u8&gt;</code> &amp; friends')).toBe('Vec<u8> & friends');
  });
});

describe('pageTitle', () => {
  it('appends the report title to a page title', () => {
    expect(pageTitle('Verdict', 'Rust in 2026')).toBe('Verdict · Rust in 2026');
  });

  it('uses the report title alone for the home page', () => {
    expect(pageTitle('Rust in 2026', 'Rust in 2026')).toBe('Rust in 2026');
  });
});
