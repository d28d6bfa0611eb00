/**
 * A report of the library as its citations, metadata and downloads read it, from what the pages
 * already have (report.json through the content collections, the parts' frontmatter): no MDX is parsed.
 */
import { partHeading } from '../../report/labels.ts';
import { findLicense } from '../../report/licenses.ts';
import { reportPdf } from '../downloads.ts';
import type { PartEntry, ReportEntry } from '../library.ts';
import { site, urls } from '../site.ts';
import type { DataSources } from '../table-data.ts';
import type { CitedReport, CiteOptions } from './facts.ts';
import { highwireTags } from './highwire.ts';
import { jsonLdScript, reportJsonLd } from './json-ld.ts';

/** An address on the site: absolute when the build has SITE_URL (`origin`), else the path, which the outputs leave out. */
export function siteAddress(path: string, origin: URL | string | undefined): string {
  return origin ? new URL(path, origin).href : path;
}

/** The report with its URLs absolute when the site has an address. */
export function citedReport(report: ReportEntry, origin: URL | string | undefined): CitedReport {
  const data = report.entry.data;
  return {
    slug: report.slug,
    title: data.title,
    author: data.author,
    dataAsOf: data.dataAsOf,
    description: data.description,
    license: data.license,
    url: siteAddress(urls.report(report.slug), origin),
    site: site.name,
    lang: data.lang,
    parts: report.parts.map((part) => ({ slug: part.slug, title: part.entry.data.title, url: siteAddress(urls.part(report.slug, part.slug), origin) })),
  };
}

/** What the citation outputs link besides the report's home: its one-page full text and its PDF, when it has one. */
export function citeOptions(report: ReportEntry, origin: URL | string | undefined): CiteOptions {
  const pdf = reportPdf(report.slug);
  return {
    fullTextUrl: siteAddress(urls.wholeReport(report.slug), origin),
    pdfUrl: pdf && siteAddress(pdf.url, origin),
  };
}

/** Where a table's data comes from, for its JSON download: the report, the part ("Section 3 — …"), the data's date, the licence. */
export function tableDataSources(context: { report: ReportEntry; part: PartEntry }, origin: URL | string | undefined): DataSources {
  const { report, part } = context;
  const data = report.entry.data;
  const license = data.license ? findLicense(data.license) : undefined;
  return {
    report: { title: data.title, url: siteAddress(urls.report(report.slug), origin) },
    part: { title: partHeading(part.entry.data), url: siteAddress(urls.part(report.slug, part.slug), origin) },
    dataAsOf: data.dataAsOf,
    license: license && { id: license.id, url: license.url },
  };
}

/** What a report's page says of the report to machines, in its head: Highwire `citation_*` tags, and schema.org JSON-LD where asked. */
export interface ReportMetadata {
  tags: [string, string][];
  /** The body of a `<script type="application/ld+json">`, escaped for it (json-ld.ts). */
  jsonLd?: string | undefined;
}

/** The report's metadata for a page's head, its URLs absolute when the site has an address. */
export function reportMetadata(report: ReportEntry, origin: URL | string | undefined, { jsonLd = false } = {}): ReportMetadata {
  const cited = citedReport(report, origin);
  const options = citeOptions(report, origin);
  return { tags: highwireTags(cited, options), jsonLd: jsonLd ? jsonLdScript(reportJsonLd(cited, options)) : undefined };
}
