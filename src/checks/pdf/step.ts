import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writerFacingError } from '../../report/errors.ts';
import { REPORT_FILES, reportsDir } from '../../report/folders.ts';
import { hasPdf, readPdfManifest } from '../../pdf/manifest.ts';
import { pdfPath } from '../../site/urls.ts';
import type { BuildStep } from '../steps.ts';
import { pdfProblems } from './check.ts';

/**
 * Fails the build when a report's PDF, as written into the site, no longer holds every sentence,
 * line of code and cell of the report's text (source.json), naming the line of source.txt.
 */
export const checkPdfs: BuildStep = {
  name: 'pdf-fidelity',
  async run({ dir, contentDir, cacheDir, logger }) {
    const manifest = readPdfManifest(cacheDir);
    const slugs = Object.keys(manifest).filter((slug) => hasPdf(manifest[slug]));
    const problems: string[] = [];
    for (const slug of slugs) {
      const folder = join(reportsDir(contentDir), slug);
      const pdf = new Uint8Array(await readFile(join(dir, pdfPath(slug))));
      const record = await readFile(join(folder, REPORT_FILES.record), 'utf8');
      problems.push(...(await pdfProblems({ pdf, record, sourceFile: join(folder, REPORT_FILES.text), pdfName: pdfPath(slug) }, cacheDir)));
    }
    if (problems.length > 0) throw writerFacingError(`Words of a report are missing from its PDF:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    logger.info(`every sentence of ${slugs.length} report(s) is in its PDF`);
  },
};
