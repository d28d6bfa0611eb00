/**
 * The PDF stage of the build (content → PDF), run before the pages render so that they can say how
 * long each PDF is: every report of the content folder typeset from the same model as its pages
 * (reportDocument: report.json, each part's MDX tree, the table files), into the build's cache
 * folder, keyed by a digest of the report's content and of the code, template and fonts that
 * typeset it, so an unchanged report is not typeset again. Reports to typeset are shared among
 * child processes (typeset-process.ts). The manifest it writes is what the pages, the feeds and the
 * build steps read (src/site/report-pdfs.ts).
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inChildProcesses } from '../lib/child-processes.ts';
import { codeDigest, digest } from '../lib/digest.ts';
import { filesUnder } from '../lib/files.ts';
import { sourceLocation } from '../report/errors.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from '../report/folders.ts';
import type { DocumentSite } from '../site/document.ts';
import { siteUrls } from '../site/urls.ts';
import { cachedPdf, hasPdf, pdfCacheDir, writePdfManifest, type NoPdf, type PdfFile, type PdfManifest } from '../site/report-pdfs.ts';
import { PDF_FONTS } from './render.ts';

/** Where the PDFs point readers: the site's name, its base, and its origin when it has one (SITE_URL). */
export interface PdfSite {
  name: string;
  base: string;
  origin: string | undefined;
}

/** The site as a ReportDocument names it: absolute URLs when the site has an address, else paths. */
export function documentSite(site: PdfSite): DocumentSite {
  const urls = siteUrls(site.base);
  const absolute = (path: string) => (site.origin ? new URL(path, site.origin).href : path);
  return { name: site.name, reportUrl: (slug) => absolute(urls.report(slug)), partUrl: (report, part) => absolute(urls.part(report, part)) };
}

/** One report to typeset: its cache key, and the date its PDF carries. */
export interface TypesetJob {
  slug: string;
  key: string;
  /** ISO date. */
  date: string;
}

/** What a typesetting process is sent (typeset-process.ts). */
export interface TypesetRequest {
  contentDir: string;
  cacheDir: string;
  site: PdfSite;
  jobs: TypesetJob[];
}

/** What it reports for each job. */
export interface TypesetResult {
  slug: string;
  entry: PdfFile | NoPdf;
  warnings: string[];
}

const PROCESS = new URL('./typeset-process.ts', import.meta.url);

let pipeline: string | undefined;

/** A digest of everything but the report that shapes a PDF: the code, the template, the packages and fonts. */
function pipelineDigest(): string {
  pipeline ??= codeDigest(PROCESS, { files: [new URL('./report.typ', import.meta.url)], packages: PDF_FONTS.map((font) => font.pkg) });
  return pipeline;
}

/**
 * The date a report's PDF carries: SOURCE_DATE_EPOCH when set (reproducible builds), else the time
 * it is typeset, which the cache then keeps for as long as the report is unchanged.
 */
function pdfDate(env: Record<string, string | undefined>): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** The key of a report's PDF: its content folder's files, the site it points to, the pipeline. */
async function reportKey(contentDir: string, slug: string, site: PdfSite): Promise<string> {
  const dir = join(reportsDir(contentDir), slug);
  const files = filesUnder(dir);
  const contents = await Promise.all(files.map((file) => readFile(join(dir, file))));
  return digest(pipelineDigest(), JSON.stringify(site), process.env['SOURCE_DATE_EPOCH'] ?? '', ...files.flatMap((file, i) => [file, contents[i]!])).slice(0, 40);
}

/** The cached facts of a key's PDF, when it was typeset before (and its file is still there). */
async function cachedEntry(cacheDir: string, key: string): Promise<PdfFile | NoPdf | undefined> {
  try {
    const entry = JSON.parse(await readFile(`${cachedPdf(cacheDir, key)}.json`, 'utf8')) as PdfFile | NoPdf;
    if (hasPdf(entry) && (await stat(cachedPdf(cacheDir, key))).size !== entry.bytes) return undefined;
    return entry;
  } catch {
    return undefined;
  }
}

/** The first line of a report's text that holds one of `texts` (to name where an undrawable character is). */
async function lineHolding(sourceFile: string, texts: readonly string[]): Promise<number | undefined> {
  const lines = (await readFile(sourceFile, 'utf8').catch(() => '')).split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => texts.some((text) => line.includes(text)));
  return index < 0 ? undefined : index + 1;
}

/** What the stage is given. */
export interface PdfStageOptions {
  contentDir: string;
  cacheDir: string;
  site: PdfSite;
  info(message: string): void;
  warn(message: string): void;
  /** Processes to share the typesetting among; by default one per 40 reports, at most one per core. */
  processes?: number | undefined;
}

/**
 * Makes every report's PDF (or finds it in the cache), writes the manifest, and drops cached PDFs
 * that no report uses any more. Fails when Typst cannot typeset a report; a report with characters
 * no font of the PDF can draw gets no PDF, with a warning naming the line.
 */
export async function makeReportPdfs(options: PdfStageOptions): Promise<PdfManifest> {
  const start = performance.now();
  const slugs = reportSlugs(options.contentDir);
  const keys = new Map(await Promise.all(slugs.map(async (slug) => [slug, await reportKey(options.contentDir, slug, options.site)] as const)));
  const entries = new Map<string, PdfFile | NoPdf>();
  const jobs: TypesetJob[] = [];
  const date = pdfDate(process.env).toISOString();
  for (const slug of slugs) {
    const key = keys.get(slug)!;
    const cached = await cachedEntry(options.cacheDir, key);
    if (cached) entries.set(slug, cached);
    else jobs.push({ slug, key, date });
  }
  if (jobs.length > 0) {
    const request = { contentDir: options.contentDir, cacheDir: options.cacheDir, site: options.site };
    const results = await inChildProcesses<TypesetJob, TypesetResult>(PROCESS, request, jobs, { perProcess: 40, processes: options.processes }).catch((error: unknown) => {
      throw new Error(`typesetting the reports' PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    for (const result of results) {
      entries.set(result.slug, result.entry);
      for (const warning of result.warnings) options.warn(`${result.slug}: ${warning}`);
    }
  }
  for (const [slug, entry] of entries) {
    if (hasPdf(entry)) continue;
    const sourceFile = join(reportsDir(options.contentDir), slug, REPORT_FILES.text);
    const line = await lineHolding(sourceFile, [...entry.none.matchAll(/“(.+?)”/g)].map((m) => m[1] ?? ''));
    options.warn(`${sourceLocation(sourceFile, line)}the report gets no PDF: ${entry.none}`);
  }
  const manifest: PdfManifest = Object.fromEntries(slugs.map((slug) => [slug, entries.get(slug)!]));
  writePdfManifest(options.cacheDir, manifest);
  // Only the PDFs of this build stay in the cache: it never grows with old versions.
  const kept = new Set([...keys.values()].flatMap((key) => [`${key}.pdf`, `${key}.pdf.json`]));
  for (const file of await readdir(pdfCacheDir(options.cacheDir)).catch(() => [])) {
    if (/\.pdf(\.json)?$/.test(file) && !kept.has(file)) await rm(join(pdfCacheDir(options.cacheDir), file), { force: true });
  }
  options.info(pdfStageMessage({ reports: slugs.length, typeset: jobs.length, seconds: (performance.now() - start) / 1000 }));
  return manifest;
}

/** What the stage says it did, as the build prints it (the bench reads the seconds back: bench/lib/pdf-stage.ts). */
export function pdfStageMessage(done: { reports: number; typeset: number; seconds: number }): string {
  return `${done.reports} report PDF(s): ${done.typeset} typeset, ${done.reports - done.typeset} unchanged from the cache, in ${done.seconds.toFixed(1)} s`;
}
