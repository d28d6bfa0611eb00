import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { importReport } from '../src/import/import-report.ts';
import { reportsDir } from '../src/report/folders.ts';

/** A report to put in a library: its text, and optionally a slug, a title and the editors' touches. */
export interface LibraryReport {
  file: string;
  slug?: string | undefined;
  title?: string | undefined;
  /** An editorial.yaml to put in the report's folder before it is imported. */
  editorial?: string | undefined;
}

/**
 * A fresh content folder holding exactly these reports, each imported by the real importer as a
 * publisher would (the tests' library, the bench's): nothing of the site's own src/content.
 */
export async function makeLibrary(contentDir: string, reports: readonly LibraryReport[]): Promise<void> {
  await rm(contentDir, { recursive: true, force: true });
  for (const report of reports) {
    if (report.editorial && report.slug) {
      await mkdir(join(reportsDir(contentDir), report.slug), { recursive: true });
      await copyFile(report.editorial, join(reportsDir(contentDir), report.slug, 'editorial.yaml'));
    }
    await importReport({ file: report.file, slug: report.slug, title: report.title, contentDir });
  }
}
