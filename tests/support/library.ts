import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { partHeading, partKey } from '../../src/report/labels.ts';
import { reportSlugs, reportsDir } from '../../src/report/folders.ts';
import type { Part, Report } from '../../src/report/model.ts';
import { sourceSchema } from '../../src/report/schemas/source.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { libraryContent } from './paths.ts';

/** A part of a test-library report: its key, its URL below the base, and what its text holds. */
export interface TestPart {
  key: string;
  slug: string;
  /** Site path below the base, e.g. "rust-in-2026/verdict/". */
  path: string;
  /** The report's heading for it, as the page's h1 reads: "Section 2 — Title" or "Verdict". */
  heading: string;
  source: Part;
}

/** A report of the test library, as the importer recorded it (source.json), as the build reads it. */
export interface TestReport {
  slug: string;
  title: string;
  model: Report;
  /** The report's parts, in reading order. */
  parts: TestPart[];
}

/** Every report the test builds were made from (tests/support/global-setup.ts). */
export function testLibrary(): TestReport[] {
  return reportSlugs(libraryContent).map((slug) => {
    const dir = join(reportsDir(libraryContent), slug);
    const model = sourceSchema.parse(JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8'))).report;
    const frontmatters = filesUnder(join(dir, 'parts'), '.mdx').map(
      (file) => parse(readFileSync(join(dir, 'parts', file), 'utf8').split('---')[1] ?? '') as { key: string; slug: string },
    );
    const parts = model.parts.map((part) => {
      const key = partKey(part);
      const partSlug = frontmatters.find((f) => f.key === key)?.slug ?? key;
      return { key, slug: partSlug, path: `${slug}/${partSlug}/`, heading: partHeading(part), source: part };
    });
    return { slug, title: model.title, model, parts };
  });
}

/** One report of the test library by its slug. */
export function testReport(slug: string): TestReport {
  const report = testLibrary().find((r) => r.slug === slug);
  if (!report) throw new Error(`the test library has no report "${slug}"`);
  return report;
}
