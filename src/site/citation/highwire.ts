/**
 * Highwire Press `citation_*` meta tags: what Google Scholar indexes (its inclusion guidelines list
 * them) and what Zotero's "Embedded Metadata" translator reads when a reader saves the page.
 */
import { absoluteUrl, authorOf, clean, dateParts, type CiteOptions, type CitedReport } from './facts.ts';

/** `[name, content]` pairs for `<meta name content>`, in this order; tags with nothing to say are left out. */
export function highwireTags(report: CitedReport, options: CiteOptions = {}): [string, string][] {
  const tags: [string, string][] = [];
  const add = (name: string, content: string | undefined) => {
    const value = clean(content ?? '');
    if (value) tags.push([name, value]);
  };
  add('citation_title', report.title);
  // Scholar needs one author tag. Highwire has no way to mark an organisation: Zotero splits
  // "iBuidl Research Team" at its last space (first name "iBuidl Research", last name "Team"); the
  // BibTeX and CSL-JSON downloads carry the name whole.
  add('citation_author', authorOf(report));
  add('citation_publication_date', scholarDate(report.dataAsOf?.iso));
  // This tag makes Zotero save a `report` (Embedded Metadata.js) and Scholar file a technical report;
  // its value is the issuing body, the site. (citation_publisher would fill the same Zotero field.)
  add('citation_technical_report_institution', report.site);
  add('citation_language', report.lang);
  // The report's home (title, byline, findings) is its abstract page: Zotero takes this URL as the item's.
  add('citation_abstract_html_url', absoluteUrl(report.url));
  add('citation_fulltext_html_url', absoluteUrl(options.fullTextUrl ?? report.url));
  // Zotero then attaches the PDF instead of a snapshot of the page.
  add('citation_pdf_url', absoluteUrl(options.pdfUrl));
  return tags;
}

/** "2026-03" → "2026/03": Scholar's slash form (its example is "2010/5/12"), which Zotero reads as year and month. */
function scholarDate(iso: string | undefined): string | undefined {
  return dateParts(iso)
    ?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('/');
}
