import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/schemas/section.ts';
import { comparisonSchema } from './lib/schemas/comparison.ts';
import { contentDir } from './lib/content-dir.ts';

/** One MDX entry per part of the report: key findings, Sections 1–5, Verdict. */
const sections = defineCollection({
  loader: glob({ base: `${contentDir}/sections`, pattern: '**/*.mdx' }),
  schema: sectionSchema,
});

/**
 * One JSON file per comparison table (Section 3's languages table). glob(), not file(): an entry is
 * a whole table, so its schema sees every row (duplicates) along with the caption and headings.
 */
const comparisons = defineCollection({
  loader: glob({ base: `${contentDir}/comparisons`, pattern: '**/*.json' }),
  schema: comparisonSchema,
});

export const collections = { sections, comparisons };
