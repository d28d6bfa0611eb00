/**
 * What the pages and feeds say of a report's PDF: its address, pages and size, from the manifest
 * the PDF stage wrote before the pages rendered (src/pdf/build.ts), in the build's cache folder.
 */
import { hasPdf, pdfLabel, readPdfManifest, type PdfManifest } from './report-pdfs.ts';
import { writerFacingError } from '../report/errors.ts';
import type { FeedFile } from './feeds.ts';
import { settings } from './settings.ts';
import { urls } from './site.ts';

/** A report's PDF as a link to it says it. */
export interface ReportPdf {
  /** Its address below the site's origin (urls.pdf). */
  url: string;
  pages: number;
  bytes: number;
  /** "PDF, 8 pages, 120 KB". */
  label: string;
}

// Read once per build; under `astro dev`, on every page, since a build may have run meanwhile.
let manifest: PdfManifest | undefined;

/**
 * A report's PDF, or undefined when it has none: a report whose characters no font of the PDF can
 * draw (the build warned), or under `astro dev` before any build. A built page of a report the PDF
 * stage never saw fails the build: the stage and the pages must agree.
 */
export function reportPdf(slug: string): ReportPdf | undefined {
  const pdfs = import.meta.env.DEV ? readPdfManifest(settings.cacheDir) : (manifest ??= readPdfManifest(settings.cacheDir));
  const entry = pdfs[slug];
  if (entry === undefined && !import.meta.env.DEV) throw writerFacingError(`The report ${slug} has no entry in the PDF manifest: its PDF was not made before the pages`);
  return hasPdf(entry) ? { url: urls.pdf(slug), pages: entry.pages, bytes: entry.bytes, label: pdfLabel(entry) } : undefined;
}

/** The `<link rel="alternate" type="application/pdf">` of a report's pages: its PDF's address and a title naming it. */
export function pdfAlternate(slug: string, reportTitle: string): { url: string; title: string } | undefined {
  const pdf = reportPdf(slug);
  return pdf && { url: pdf.url, title: `${reportTitle} (PDF)` };
}

/** A report's PDF as a feed item encloses it: its absolute URL (`absolute` makes one of a path) and its length. */
export function feedPdf(slug: string, absolute: (path: string) => string): FeedFile | undefined {
  const pdf = reportPdf(slug);
  return pdf && { url: absolute(pdf.url), bytes: pdf.bytes };
}
