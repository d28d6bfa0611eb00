import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writerFacingError } from '../report/errors.ts';
import { reportSlugs } from '../report/folders.ts';
import type { BuildStep } from '../lib/build-steps.ts';
import { pdfPath } from '../site/urls.ts';
import { cachedPdf, hasPdf, readPdfManifest } from '../site/report-pdfs.ts';

/** Puts each report's PDF, made before the pages (build.ts), beside its pages: <slug>/<slug>.pdf. */
export const writePdfs: BuildStep = {
  name: 'pdf',
  async run({ dir, contentDir, cacheDir, logger }) {
    const manifest = readPdfManifest(cacheDir);
    const missing = reportSlugs(contentDir).filter((slug) => manifest[slug] === undefined);
    if (missing.length > 0) throw writerFacingError(`No PDF was made for ${missing.join(', ')}: the PDF stage did not run before the pages`);
    let written = 0;
    for (const [slug, entry] of Object.entries(manifest)) {
      if (!hasPdf(entry)) continue;
      const target = join(dir, pdfPath(slug));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(cachedPdf(cacheDir, entry.key), target);
      written += 1;
    }
    logger.info(`wrote ${written} report PDF(s)`);
  },
};
