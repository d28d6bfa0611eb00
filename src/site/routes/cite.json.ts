import type { APIRoute, GetStaticPaths } from 'astro';
import { citedReport } from '../citation/cited-report.ts';
import { cslJson } from '../citation/csl.ts';
import type { ReportEntry } from '../library.ts';
import { reportPaths } from '../routing.ts';
import { downloadType } from '../security.ts';
import { reportDownloadPath } from '../urls.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

/** `<slug>/cite.json`: the report as CSL-JSON, for reference managers and CSL processors. */
export const GET: APIRoute<{ report: ReportEntry }> = ({ props: { report }, site }) =>
  new Response(cslJson(citedReport(report, site)), { headers: { 'Content-Type': downloadType(reportDownloadPath(report.slug, 'csl'))! } });
