import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importReport, type ImportedPart, type ImportedReport } from '../../src/import/read/read-report.ts';
import { libraryContent } from './paths.ts';

/** A part of a test-library report: its key, its URL below the base, and what its text holds. */
export interface TestPart {
  key: string;
  slug: string;
  /** Site path below the base, e.g. "rust-in-2026/verdict/". */
  path: string;
  /** The report's heading for it, as the page's h1 reads: "Section 2 — Title" or "Verdict". */
  heading: string;
  source: ImportedPart;
}

/** A report of the test library, read from its source.txt by the importer, as the build reads it. */
export interface TestReport {
  slug: string;
  title: string;
  model: ImportedReport;
  /** The report's pages below the base: home first, then each part, in reading order. */
  parts: TestPart[];
}

/** Every report the test builds were made from (tests/support/global-setup.ts). */
export function testLibrary(): TestReport[] {
  const reportsDir = join(libraryContent, 'reports');
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => {
      const dir = join(reportsDir, entry.name);
      const facts = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { title: string };
      const model = importReport(readFileSync(join(dir, 'source.txt')), join(dir, 'source.txt'), { title: facts.title });
      const frontmatters = readdirSync(join(dir, 'parts')).map(
        (file) => parse(readFileSync(join(dir, 'parts', file), 'utf8').split('---')[1] ?? '') as { key: string; slug: string; order: number },
      );
      const parts = model.parts.map((part) => {
        const key = part.kind === 'verdict' ? 'verdict' : `section-${part.number}`;
        const slug = frontmatters.find((f) => f.key === key)?.slug ?? key;
        const heading = part.kind === 'verdict' ? part.title : `Section ${part.number} — ${part.title}`;
        return { key, slug, path: `${entry.name}/${slug}/`, heading, source: part };
      });
      return { slug: entry.name, title: facts.title, model, parts };
    });
}

/** One report of the test library by its slug. */
export function testReport(slug: string): TestReport {
  const report = testLibrary().find((r) => r.slug === slug);
  if (!report) throw new Error(`the test library has no report "${slug}"`);
  return report;
}
