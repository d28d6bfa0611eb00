import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { partSchema } from './report/schemas/part.ts';
import { reportSchema } from './report/schemas/report.ts';
import { tableSchema } from './report/schemas/table.ts';
import { settings } from './site/settings.ts';

// Each report is a folder, src/content/reports/<slug>/, written by `npm run import` from the
// report's text (kept beside it as source.txt) and the editors' editorial.yaml.
const reportsDir = `${settings.contentDir}/reports`;

/** The folder a file sits in under reports/: the report's slug. */
const reportSlug = (entry: string) => entry.split('/')[0] ?? entry;
/** "rust-in-2026/parts/verdict.mdx" → "rust-in-2026/verdict". */
const nestedId = (entry: string) => `${reportSlug(entry)}/${(entry.split('/').pop() ?? entry).replace(/\.[^.]+$/, '')}`;

/** One entry per report: the facts read from its text (title, author, date, findings). */
const reports = defineCollection({
  loader: glob({ base: reportsDir, pattern: '*/report.json', generateId: ({ entry }) => reportSlug(entry) }),
  schema: reportSchema,
});

/** One MDX entry per part of a report: Sections 1–N and the verdict. */
const parts = defineCollection({
  // retainBody: false keeps the MDX source out of the data store: at a thousand reports it is
  // memory the build never reads (pages render the compiled module).
  loader: glob({ base: reportsDir, pattern: '*/parts/*.mdx', generateId: ({ entry }) => nestedId(entry), retainBody: false }),
  schema: partSchema,
});

/** One JSON entry per pipe table of a report, shown by <DataTable />. */
const tables = defineCollection({
  loader: glob({ base: reportsDir, pattern: '*/tables/*.json', generateId: ({ entry }) => nestedId(entry) }),
  schema: tableSchema,
});

export const collections = { reports, parts, tables };
