import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../../src/lib/html-text.ts';
import { highwireTags } from '../../../../src/site/citation/highwire.ts';
import { zoteroDate, zoteroRead } from '../../../support/zotero-reader.ts';
import { rust, rustWithoutAddress } from './rust.ts';

const fullTextUrl = 'https://reports.example.org/rust-in-2026/report/';
const pdfUrl = 'https://reports.example.org/rust-in-2026/rust-in-2026.pdf';

/** A head with the site's own tags and these, as the page writes them. */
function page(tags: readonly [string, string][]): Document {
  const meta = tags.map(([name, content]) => `<meta name="${escapeMarkup(name)}" content="${escapeMarkup(content)}">`).join('');
  return parseHTML(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rust in 2026</title><meta name="author" content="iBuidl Research Team"><meta property="og:type" content="article"><meta property="og:title" content="Rust in 2026">${meta}</head><body><h1>Rust in 2026</h1></body></html>`,
  ).document as unknown as Document;
}

describe('highwireTags', () => {
  it('gives Scholar and Zotero the Rust report as a technical report of the site, its full text on one page', () => {
    expect(highwireTags(rust, { fullTextUrl })).toEqual([
      ['citation_title', 'Rust in 2026'],
      ['citation_author', 'iBuidl Research Team'],
      ['citation_publication_date', '2026/03'],
      ['citation_technical_report_institution', 'Research reports'],
      ['citation_language', 'en'],
      ['citation_abstract_html_url', 'https://reports.example.org/rust-in-2026/'],
      ['citation_fulltext_html_url', fullTextUrl],
    ]);
  });

  it('names the PDF once there is one, and leaves out every URL that is only a path', () => {
    expect(highwireTags(rust, { pdfUrl }).at(-1)).toEqual(['citation_pdf_url', pdfUrl]);
    expect(highwireTags(rustWithoutAddress, { fullTextUrl: '/rust-in-2026/report/' }).map(([name]) => name)).not.toContain('citation_abstract_html_url');
    expect(highwireTags(rustWithoutAddress, { fullTextUrl: '/rust-in-2026/report/' }).map(([name]) => name)).not.toContain('citation_fulltext_html_url');
  });

  it('leaves out an author and a date the report does not have', () => {
    const names = highwireTags({ ...rust, author: undefined, dataAsOf: undefined }).map(([name]) => name);
    expect(names).not.toContain('citation_author');
    expect(names).not.toContain('citation_publication_date');
  });
});

describe('what Zotero saves from the page (its Embedded Metadata reading, tests/support/zotero-reader.ts)', () => {
  it('is a report of the site, dated March 2026, at the report’s home, with the PDF attached once there is one', () => {
    const item = zoteroRead(page(highwireTags(rust, { fullTextUrl, pdfUrl })));
    expect(item.itemType).toBe('report');
    expect(item.fields).toMatchObject({ title: 'Rust in 2026', date: '2026/03', institution: 'Research reports', language: 'en', url: rust.url });
    expect(zoteroDate(item.fields['date'] ?? '')).toEqual({ year: 2026, month: 3 });
    expect(item.attachments).toEqual([{ title: 'Full Text PDF', url: pdfUrl, mimeType: 'application/pdf' }]);
  });

  it('splits a team’s name at its last space, as Zotero does for every name (Highwire cannot mark an organisation)', () => {
    expect(zoteroRead(page(highwireTags(rust))).creators).toEqual([{ firstName: 'iBuidl Research', lastName: 'Team', creatorType: 'author' }]);
  });

  it('reads a title of markup and quotes back as written', () => {
    const title = 'Tea & Coffee > Water: <Titles>, "quoted" {Braces} & _Marks_';
    expect(zoteroRead(page(highwireTags({ ...rust, title }))).fields['title']).toBe(title);
  });
});
