import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '../citation/bibtex.ts';
import { citedReport } from '../citation/cited-report.ts';
import type { ReportEntry } from '../library.ts';
import { reportPaths } from '../routing.ts';
import { downloadType } from '../security.ts';
import { reportDownloadPath } from '../urls.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

/** `<slug>/cite.bib`: the report as a BibTeX @techreport entry. */
export const GET: APIRoute<{ report: ReportEntry }> = ({ props: { report }, site }) =>
  new Response(bibtex(citedReport(report, site)), { headers: { 'Content-Type': downloadType(reportDownloadPath(report.slug, 'bibtex'))! } });
