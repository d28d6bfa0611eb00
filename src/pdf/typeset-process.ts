/**
 * A child process of the build that typesets reports (build.ts forks it). Typst's memory grows by
 * about 0.65 MiB with every report typeset and is released only when the process ends, and each
 * report blocks for tens of milliseconds: in a process of its own, neither touches the build's
 * memory or its event loop, and two of them use both cores of a two-core machine.
 *
 * It is sent one TypesetRequest, typesets each job into the cache (the PDF, its facts, and the
 * verdict of its check, so the build step finds it ready), reports each one, and exits.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pdfProblems } from '../checks/pdf/check.ts';
import { REPORT_FILES, reportsDir } from '../report/folders.ts';
import { reportDocument } from '../site/document.ts';
import { pdfPath } from '../site/urls.ts';
import { cachedPdf, type NoPdf, type PdfFile } from './manifest.ts';
import { createPdfRenderer } from './render.ts';
import { documentSite, type TypesetRequest, type TypesetResult } from './build.ts';

/** Writes a file whole: a reader (or a killed build) never leaves half of it. */
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

async function typeset(request: TypesetRequest): Promise<void> {
  const renderer = createPdfRenderer();
  const site = documentSite(request.site);
  for (const job of request.jobs) {
    const doc = reportDocument(request.contentDir, job.slug, site);
    const result = await renderer.render(doc, { date: new Date(job.date) });
    const missing = result.standard === 'tagged' ? undrawable(result.warnings) : [];
    let entry: PdfFile | NoPdf;
    if (missing.length > 0) {
      // A PDF that cannot show every character would lose words: the report has none (pages and feeds offer none).
      entry = { none: `no font of the PDF can draw ${missing.slice(0, 8).map((t) => `“${t}”`).join(', ')}${missing.length > 8 ? ' …' : ''}` };
    } else {
      await writeWhole(cachedPdf(request.cacheDir, job.key), result.pdf);
      entry = { key: job.key, pages: result.pages, bytes: result.pdf.byteLength, standard: result.standard };
      // The build's check of this PDF (src/checks/pdf/step.ts) will find its verdict kept.
      const dir = join(reportsDir(request.contentDir), job.slug);
      await pdfProblems(
        { pdf: result.pdf, record: await readFile(join(dir, REPORT_FILES.record), 'utf8'), sourceFile: join(dir, REPORT_FILES.text), pdfName: pdfPath(job.slug) },
        request.cacheDir,
      );
    }
    await writeWhole(`${cachedPdf(request.cacheDir, job.key)}.json`, JSON.stringify(entry));
    const message: TypesetResult = { slug: job.slug, entry, warnings: missing.length > 0 ? [] : result.warnings };
    process.send?.(message);
  }
}

process.once('message', (request: TypesetRequest) => {
  typeset(request).then(
    () => process.disconnect?.(),
    (error: unknown) => {
      process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exitCode = 1;
      process.disconnect?.();
    },
  );
});
