import { z } from 'astro/zod';
import { sentence, slug, strictFields, text, whole } from './fields.ts';

/** The frontmatter fields of a part's MDX file, written by the importer (`npm run import`). */
const partFields = {
  /** The report this part belongs to: its folder under src/content/reports/. */
  report: slug('report'),
  /** The part's stable key in the report and in editorial.yaml: "section-2" or "verdict". */
  key: z.string().regex(/^(section-[1-9][0-9]*|verdict)$/, 'key must be "section-N" or "verdict"'),
  /** The report's own number for the part ("Section 2"); absent for the verdict. */
  number: whole('number', 1, 'the report\'s "Section N"').optional(),
  /** The part's title as the report words it, without its "Section N —" label. */
  title: text('title', 'text, e.g. "Verdict"'),
  /** The part's URL segment under its report (editorial.yaml may choose it). */
  slug: slug('slug'),
  /** Position in the report's reading order, from 1. Unique within a report. */
  order: whole('order', 1, 'the position in the report'),
  /** Line of the part's heading in the report's source.txt, for messages that point at the text. */
  line: whole('line', 1, 'a line of source.txt'),
  /** A short title of ours for the contents list and previous/next links. */
  navTitle: text('navTitle').optional(),
  /** One sentence of ours that says what the part covers. */
  description: sentence('description').optional(),
};

/** Frontmatter of one part of a report (`src/content/reports/<report>/parts/*.mdx`). */
export const partSchema = strictFields(partFields, 'a part\'s frontmatter');

/** Validated frontmatter of a report part. */
export type PartData = z.infer<typeof partSchema>;
