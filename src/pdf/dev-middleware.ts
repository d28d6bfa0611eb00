import type { Connect } from 'vite';
import { readFile } from 'node:fs/promises';
import { pdfPath } from '../site/urls.ts';
import { cachedPdf, hasPdf, readPdfManifest } from '../site/report-pdfs.ts';

/**
 * The PDFs in development: `npm run dev` typesets nothing (a report's PDF takes a second to make,
 * and an editor saves often), so it serves the last build's, from the cache folder that build left
 * them in, and the pages link them as that build did (with its page count and size). Before any
 * build, the pages offer no PDF.
 */
export function pdfDevMiddleware(cacheDir: string, base: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(base) || !path.endsWith('.pdf')) return next();
    const manifest = readPdfManifest(cacheDir);
    const slug = Object.keys(manifest).find((report) => base + pdfPath(report) === path);
    const entry = slug === undefined ? undefined : manifest[slug];
    if (!hasPdf(entry)) return next();
    readFile(cachedPdf(cacheDir, entry.key)).then(
      (body) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(body),
      () => next(),
    );
  };
}
