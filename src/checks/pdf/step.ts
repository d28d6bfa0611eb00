import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BuildStep } from '../../lib/build-steps.ts';
import { inChildProcesses } from '../../lib/child-processes.ts';
import { writerFacingError } from '../../report/errors.ts';
import { REPORT_FILES, reportsDir } from '../../report/folders.ts';
import { hasPdf, readPdfManifest } from '../../site/report-pdfs.ts';
import { pdfPath } from '../../site/urls.ts';
import { keptVerdict, pdfProblems, readCheckInput, verdictFile, verdictsDir, type PdfCheckFiles } from './check.ts';

// Below this many PDFs to read, starting a process costs more than it saves.
const PER_PROCESS = 40;

/**
 * Fails the build when a report's PDF, as written into the site, no longer holds every sentence,
 * line of code and cell of the report's text (source.json), naming the line of source.txt. PDFs
 * checked before (same bytes, same text) keep their verdict; new ones are read in child processes
 * when there are many.
 */
export const checkPdfs: BuildStep = {
  name: 'pdf-fidelity',
  async run({ dir, contentDir, cacheDir, logger }) {
    const manifest = readPdfManifest(cacheDir);
    const files = Object.keys(manifest)
      .filter((slug) => hasPdf(manifest[slug]))
      .map((slug): PdfCheckFiles => {
        const folder = join(reportsDir(contentDir), slug);
        return { pdfFile: join(dir, pdfPath(slug)), recordFile: join(folder, REPORT_FILES.record), sourceFile: join(folder, REPORT_FILES.text), pdfName: pdfPath(slug) };
      });
    const problems: string[] = [];
    const unread: PdfCheckFiles[] = [];
    const used = new Set<string>();
    for (const report of files) {
      const input = await readCheckInput(report);
      used.add(basename(verdictFile(input, cacheDir)));
      const kept = await keptVerdict(input, cacheDir);
      if (kept) problems.push(...kept);
      else unread.push(report);
    }
    if (unread.length >= PER_PROCESS) {
      const check = new URL('./check-process.ts', import.meta.url);
      problems.push(...(await inChildProcesses<PdfCheckFiles, string[]>(check, { cacheDir }, unread, { perProcess: PER_PROCESS })).flat());
    } else {
      for (const report of unread) problems.push(...(await pdfProblems(await readCheckInput(report), cacheDir)));
    }
    // Only this build's verdicts stay: the cache does not grow with every PDF a report ever had.
    for (const file of await readdir(verdictsDir(cacheDir)).catch(() => [])) if (!used.has(file)) await rm(join(verdictsDir(cacheDir), file), { force: true });
    if (problems.length > 0) throw writerFacingError(`Words of a report are missing from its PDF:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    logger.info(`every sentence of ${files.length} report(s) is in its PDF (${files.length - unread.length} checked before, unchanged)`);
  },
};
