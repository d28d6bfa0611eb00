/**
 * Where a report lives in the content folder: `<content>/reports/<slug>/`, holding what the importer
 * writes (source.txt, source.json, report.json, parts/*.mdx, tables/*.json) and the editors'
 * editorial.yaml. The one list of the library's report folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of every report in a content folder. */
export function reportsDir(contentDir: string): string {
  return join(contentDir, 'reports');
}

/**
 * The slugs of the reports in a content folder, sorted: every folder under reports/ but the
 * importer's own half-written ones (dot-named while it writes). None when there is no such folder.
 */
export function reportSlugs(contentDir: string): string[] {
  try {
    return readdirSync(reportsDir(contentDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The files of one report's folder, by name. */
export const REPORT_FILES = {
  text: 'source.txt',
  record: 'source.json',
  facts: 'report.json',
  editorial: 'editorial.yaml',
  parts: 'parts',
  tables: 'tables',
} as const;
