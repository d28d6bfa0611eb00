import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { REPORT_FILES, reportsDir } from '../../report/folders.ts';
import type { ReportEntry } from '../library.ts';
import { reportPaths } from '../routing.ts';
import { downloadType } from '../security.ts';
import { settings } from '../settings.ts';
import { reportDownloadPath } from '../urls.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

/** `<slug>/report.txt`: the report's text as plain text, byte for byte the source.txt its pages come from. */
export const GET: APIRoute<{ report: ReportEntry }> = async ({ props: { report } }) =>
  new Response(await readFile(join(reportsDir(settings.contentDir), report.slug, REPORT_FILES.text)), {
    headers: { 'Content-Type': downloadType(reportDownloadPath(report.slug, 'text'))! },
  });
