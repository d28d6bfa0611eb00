import { describe, expect, it } from 'vitest';
import { partAt, partTitles, placeRange } from '../../../../src/search/core/page.ts';

// A whole-report page as Pagefind records it: 100 words, the findings, two parts, a heading and a figure.
const page = {
  content: Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
  anchors: [
    { location: 60, element: 'h2', id: 'verdict', text: 'Verdict' },
    { location: 3, element: 'h2', id: 'key-findings', text: 'Key findings' },
    { location: 20, element: 'h2', id: 'ml-infrastructure', text: 'Section 2' },
    { location: 40, element: 'h3', id: 'who-uses-it', text: 'Who uses it' },
    { location: 45, element: 'figure', id: 'code-1' },
  ],
};

describe('placeRange', () => {
  it('spans a place from its heading to the next heading, passing over other anchors', () => {
    expect(placeRange(page, { anchor: { location: 40 } })).toEqual({ start: 40, end: 60 });
    expect(placeRange(page, { anchor: { location: 60 } })).toEqual({ start: 60, end: 100 });
  });

  it('spans the whole page for the result itself', () => {
    expect(placeRange(page, {})).toEqual({ start: 0, end: 100 });
  });
});

describe('partTitles and partAt', () => {
  it('lists the parts’ titles in page order, and finds the part a word falls under', () => {
    expect(partTitles(page.anchors).map((part) => part.id)).toEqual(['key-findings', 'ml-infrastructure', 'verdict']);
    expect(partAt(page.anchors, 45)?.id).toBe('ml-infrastructure');
    expect(partAt(page.anchors, 2)).toBeUndefined();
  });
});
