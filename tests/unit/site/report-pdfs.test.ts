import { describe, expect, it } from 'vitest';
import { hasPdf, pdfLabel } from '../../../src/site/report-pdfs.ts';

describe('pdfLabel', () => {
  it('says the pages and the size in kilobytes, as a file manager would', () => {
    expect(pdfLabel({ pages: 8, bytes: 120_400 })).toBe('PDF, 8 pages, 120 KB');
    expect(pdfLabel({ pages: 1, bytes: 300 })).toBe('PDF, 1 page, 1 KB');
    expect(pdfLabel({ pages: 40, bytes: 2_345_678 })).toBe('PDF, 40 pages, 2.3 MB');
  });
});

describe('hasPdf', () => {
  it('tells a PDF from a report that has none', () => {
    expect(hasPdf({ key: 'k', pages: 1, bytes: 1, standard: 'ua-1' })).toBe(true);
    expect(hasPdf({ none: 'no font of the PDF can draw “ภ”' })).toBe(false);
    expect(hasPdf(undefined)).toBe(false);
  });
});
