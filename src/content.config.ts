import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/schemas/section.ts';
import { contentDir } from './lib/content-dir.ts';

/** One MDX entry per part of the report: key findings, Sections 1–5, Verdict. */
const sections = defineCollection({
  loader: glob({ base: `${contentDir}/sections`, pattern: '**/*.mdx' }),
  schema: sectionSchema,
});

export const collections = { sections };
