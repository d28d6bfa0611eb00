/**
 * A child process of the build that typesets reports (build.ts shares the reports to typeset among
 * such processes: src/lib/child-processes.ts). Typst's memory grows by about 0.65 MiB with every
 * report typeset and is released only when its process ends, and each report blocks for tens of
 * milliseconds: in processes of their own, neither touches the build's memory or its event loop.
 * Each report's PDF and its facts are written into the cache, then reported.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serveChildRequest } from '../lib/child-processes.ts';
import { reportDocument } from '../site/document.ts';
import { cachedPdf, type NoPdf, type PdfFile } from '../site/report-pdfs.ts';
import { documentSite, type TypesetRequest, type TypesetResult } from './build.ts';
import { createPdfRenderer } from './render.ts';

/** Writes a file whole: a reader (or a killed build) never sees half of it. */
async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** The characters Typst could not draw with any font we ship, from its PDF/UA refusal ("the text `"안"` could not be displayed"). */
function undrawable(warnings: readonly string[]): string[] {
  return [...new Set(warnings.flatMap((w) => [...w.matchAll(/the text `\\?"(.+?)\\?"` could not be displayed/g)].map((m) => m[1] ?? '')))].filter((t) => t !== '');
}

serveChildRequest<TypesetRequest, TypesetResult>(async (request, report) => {
  const renderer = createPdfRenderer();
  const site = documentSite(request.site);
  for (const job of request.jobs) {
    const result = await renderer.render(reportDocument(request.contentDir, job.slug, site), { date: new Date(job.date) });
    const missing = result.standard === 'tagged' ? undrawable(result.warnings) : [];
    let entry: PdfFile | NoPdf;
    if (missing.length > 0) {
      // A PDF that cannot show every character would lose words: the report has none (pages and feeds offer none).
      entry = { none: `no font of the PDF can draw ${missing.slice(0, 8).map((t) => `“${t}”`).join(', ')}${missing.length > 8 ? ' …' : ''}` };
    } else {
      await writeWhole(cachedPdf(request.cacheDir, job.key), result.pdf);
      entry = { key: job.key, pages: result.pages, bytes: result.pdf.byteLength, standard: result.standard };
    }
    await writeWhole(`${cachedPdf(request.cacheDir, job.key)}.json`, JSON.stringify(entry));
    report({ slug: job.slug, entry, warnings: missing.length > 0 ? [] : result.warnings });
  }
});
