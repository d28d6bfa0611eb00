/**
 * What the PDF stage (src/pdf) leaves for the rest of the build: every report's PDF in the build's
 * cache folder (settings.cacheDir, so tests and the bench keep theirs apart), named by a digest of
 * what it is made from, and a manifest of them, `slug → { key, pages, bytes }`, which the pages read
 * to say "PDF, 8 pages, 120 KB", the feeds to give its length, and the build steps to copy and check
 * it. Here, with the pages, because every stage after the content may read it; only src/pdf writes it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One report's PDF in the cache. */
export interface PdfFile {
  /** Digest of everything the PDF is made from (its content, the template and code, the fonts): its file name in the cache. */
  key: string;
  pages: number;
  bytes: number;
  /** The standard the file meets ("ua-1", or "tagged" when a report could not meet it). */
  standard: string;
}

/** A report that has no PDF, and why: the build said so, and its pages offer none. */
export interface NoPdf {
  none: string;
}

/** Every report's PDF (or why it has none), by slug. */
export type PdfManifest = Record<string, PdfFile | NoPdf>;

/** The PDF stage's folder in a build's cache folder. */
export function pdfCacheDir(cacheDir: string): string {
  return join(cacheDir, 'report-pdf');
}

/** A cached PDF's file, by its key. */
export function cachedPdf(cacheDir: string, key: string): string {
  return join(pdfCacheDir(cacheDir), `${key}.pdf`);
}

function manifestFile(cacheDir: string): string {
  return join(pdfCacheDir(cacheDir), 'manifest.json');
}

/** The manifest the last PDF stage wrote into this cache folder; empty when it wrote none. */
export function readPdfManifest(cacheDir: string): PdfManifest {
  try {
    return JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as PdfManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes the manifest whole (a reader never sees half of it). */
export function writePdfManifest(cacheDir: string, manifest: PdfManifest): void {
  mkdirSync(pdfCacheDir(cacheDir), { recursive: true });
  const temporary = `${manifestFile(cacheDir)}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(manifest)}\n`);
  renameSync(temporary, manifestFile(cacheDir));
}

/** The report has a PDF. */
export function hasPdf(entry: PdfFile | NoPdf | undefined): entry is PdfFile {
  return entry !== undefined && 'key' in entry;
}

/** "PDF, 8 pages, 120 KB": what a link to the PDF says of it (kilobytes of 1,000 bytes, as file managers show them). */
export function pdfLabel({ pages, bytes }: Pick<PdfFile, 'pages' | 'bytes'>): string {
  const size = bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `PDF, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${size}`;
}
