/**
 * The facts every citation output reads, read once and the same way (the text, CSL-JSON, BibTeX,
 * the Scholar tags, JSON-LD), so that none of them disagrees with another about a name or a date.
 * A report to cite is a ReportDocument (src/site/document.ts) or the part of one the pages have
 * without parsing MDX: its facts and its parts' titles and URLs.
 */
import type { DocumentPart, ReportDocument } from '../document.ts';

/** What a citation needs of a report: ReportDocument's facts, and its parts' titles and pages. */
export type CitedReport = Omit<ReportDocument, 'parts' | 'findings'> & { parts: readonly Pick<DocumentPart, 'slug' | 'title' | 'url'>[] };

/** What the outputs need beyond the report's own facts. */
export interface CiteOptions {
  /**
   * Absolute URL of the report's PDF, when it has one (src/site/downloads.ts). Scholar and Zotero then
   * take the PDF as the full text (citation_pdf_url), JSON-LD as its encoding.
   */
  pdfUrl?: string | undefined;
  /** The whole report on one page (citation_fulltext_html_url); defaults to the report's URL. */
  fullTextUrl?: string | undefined;
}

/**
 * The report's author as every output reads it. The sign-off is free text, and this library's are
 * teams ("iBuidl Research Team"): it is an organisation's name, kept whole (CSL literal, BibTeX
 * double braces, schema.org Organization). Guessing a person's given and family names from free text
 * fails both ways (a team mangled as "Team, i. R.", "Martin Luther King Jr." as family "Jr."), and a
 * person cited as an organisation only loses the inversion ("Jane Doe" instead of "Doe, J.").
 */
export function authorOf(report: CitedReport): string | undefined {
  const name = clean(report.author ?? '');
  return visible(name) ? name : undefined;
}

/** "2026-03" → [2026, 3]; "2026" → [2026]; anything else (a month 13, "March 2026") → undefined. */
export function dateParts(iso: string | undefined): [number] | [number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return [year];
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? [year, month] : undefined;
}

/**
 * The URL when it is absolute http(s), normalised by the WHATWG parser; undefined for a site path
 * (a build without SITE_URL): a citation with a path in it points nowhere once copied off the site.
 */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}

/**
 * Runs of white space and line breaks as one space, trimmed: metadata fields are one line. No-break
 * and ideographic spaces inside are kept: they are the writer's choice, not layout.
 */
export function clean(text: string): string {
  return text.replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/gu, ' ').replace(/^[\s\p{Zs}]+|[\s\p{Zs}]+$/gu, '');
}

/** "Data as of March 2026", the report's only date in its own words, or undefined. */
export function dataAsOfNote(report: CitedReport): string | undefined {
  const text = clean(report.dataAsOf?.text ?? '');
  return visible(text) ? `Data as of ${text}` : undefined;
}

/** Whether the text shows anything: not only spaces, zero-width and other format characters. */
export function visible(text: string): boolean {
  return /[^\s\p{Zs}\p{Cf}]/u.test(text);
}

/** What the report is, for CSL `genre`, BibTeX `type` and the text's "[Research report]". */
export const GENRE = 'Research report';
