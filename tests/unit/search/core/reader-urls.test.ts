import { describe, expect, it } from 'vitest';
import { partTitleOf, readerUrl } from '../../../../src/search/core/reader-urls.ts';

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

  it('names the part a heading falls in, but not a part’s own title', () => {
    expect(partTitleOf(page, at('who-uses-it', 40))).toBe('Section 2 — Rust in ML');
    expect(partTitleOf(page, at('verdict', 60))).toBeUndefined();
    expect(partTitleOf(page, { anchor: undefined })).toBeUndefined();
  });
});
