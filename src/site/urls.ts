import { REPORT_DOWNLOADS, TABLE_DATA_DIR, WHOLE_REPORT, pdfFileName } from '../report/slugs.ts';

export { REPORT_DOWNLOADS, TABLE_DATA_DIR };

/**
 * Every internal URL of the site, in one place (as Starlight's utils/base.ts): pages link through
 * these, so a change of layout or of BASE_PATH touches one file. `base` always ends in "/".
 */
export interface SiteUrls {
  /** The library: page 1 at the base, later pages at page/N/. */
  library(page?: number): string;
  /** A report's home: title, byline, findings, its parts. */
  report(report: string): string;
  /** One part of a report. */
  part(report: string, part: string): string;
  /** The whole report on one page. */
  wholeReport(report: string): string;
  /** The report typeset as a PDF (src/pdf), beside its pages. */
  pdf(report: string): string;
  /** The search page, with a query and a report to scope it to. */
  search(options?: { query?: string | undefined; report?: string | undefined }): string;
  /** A download beside a report's pages: its citation as BibTeX or CSL-JSON, or its text. */
  reportDownload(report: string, file: ReportDownload): string;
  /** A table's data as CSV or JSON; `table` is its id, "<report>/<part>-<n>". */
  tableData(table: string, format: TableFormat): string;
  /** A file the site ships at its root (favicon.svg, rss.xml, pagefind/). */
  file(path: string): string;
}

/** What a download beside a report's pages holds. */
export type ReportDownload = keyof typeof REPORT_DOWNLOADS;

/** The formats a table's data is published in. */
export const TABLE_FORMATS = ['csv', 'json'] as const;
/** A format of a table's data. */
export type TableFormat = (typeof TABLE_FORMATS)[number];


/** A report's download below the base: "rust-in-2026/cite.bib". */
export function reportDownloadPath(report: string, file: ReportDownload): string {
  return `${report}/${REPORT_DOWNLOADS[file]}`;
}

/** A table's data file below the base, named after its id: "rust-in-2026/languages-compared-1" → "rust-in-2026/data/languages-compared-1.csv". */
export function tableDataPath(table: string, format: TableFormat): string {
  const [report = '', name = ''] = table.split('/');
  return `${report}/${TABLE_DATA_DIR}/${name}.${format}`;
}

/** A report's PDF below the base, and below the output folder: "rust-in-2026/rust-in-2026.pdf" (named after the report, so a saved copy says what it is). */
export function pdfPath(report: string): string {
  return `${report}/${pdfFileName(report)}`;
}

/** Joins a base (e.g. "/reports/") and a path below it, with exactly one slash between. */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The URL helpers for a site served under `base`. */
export function siteUrls(base: string): SiteUrls {
  const at = (path: string) => withBase(base, path);
  return {
    library: (page = 1) => (page <= 1 ? at('') : at(`page/${page}/`)),
    report: (report) => at(`${report}/`),
    part: (report, part) => at(`${report}/${part}/`),
    wholeReport: (report) => at(`${report}/${WHOLE_REPORT}/`),
    pdf: (report) => at(pdfPath(report)),
    search: ({ query, report } = {}) => {
      const params = new URLSearchParams();
      if (query) params.set(SEARCH_PARAMS.query, query);
      if (report) params.set(SEARCH_PARAMS.report, report);
      const qs = params.toString();
      return at(`${SITE_PAGES.search}${qs ? `?${qs}` : ''}`);
    },
    reportDownload: (report, file) => at(reportDownloadPath(report, file)),
    tableData: (table, format) => at(tableDataPath(table, format)),
    file: (path) => at(path),
  };
}

/** The search page's parameters: the query (`search/?q=…`) and the report it is scoped to (`&report=<slug>`). */
export const SEARCH_PARAMS = { query: 'q', report: 'report' } as const;

/** The site's own pages beside the reports, as paths below the base (the reports' pages are routing.ts's). */
export const SITE_PAGES = { search: 'search/', notFound: '404/' } as const;
