import { z } from 'astro/zod';
import { columnSortSchema } from './table.ts';
import { licenseId, relativePath, sentence, slug, strictFields, text, whole } from './fields.ts';

/** A sub-heading of ours, placed before the paragraph, snippet or table whose text starts with `before`. */
const headingSchema = strictFields(
  {
    /** The first words of the block the heading goes before, as the report words them. */
    before: text('before', 'the first words of a paragraph, snippet or table'),
    /** The heading's text (shown marked as the editors'). */
    text: text('text'),
  },
  'a heading',
);

/** Touches to one code snippet, found by its first line. */
const codeSchema = strictFields(
  {
    /** The snippet's first line, as the report has it (e.g. its opening comment). */
    first: text('first', 'the first line of the snippet'),
    /** A caption of ours, e.g. the file the code belongs in; shown exactly as written. */
    title: text('title').optional(),
    /** Lines to mark, counted from 1 in the formatted snippet. */
    mark: z.array(whole('mark[]', 1, 'a line of the snippet')).optional(),
    /** The language, when the importer could not tell (it then fences the snippet as plain text). */
    language: text('language', 'a language such as "kotlin"').optional(),
  },
  'a code touch',
);

/** Touches to one table of the part, in the part's order of tables. */
const tableSchema = strictFields(
  {
    /** The caption of ours (the report's tables have none). */
    caption: text('caption').optional(),
    /** How columns sort, by the report's column heading. */
    columns: z.record(z.string(), columnSortSchema).optional(),
    /** Rows to emphasise, by their first cell. */
    highlight: z.array(text('highlight[]')).optional(),
  },
  'a table touch',
);

/** Touches to one part, keyed in editorial.yaml by the part's title as the report words it. */
const partSchema = strictFields(
  {
    /** The part's URL segment (otherwise made from its title). */
    slug: slug('slug').optional(),
    /** A short title for navigation. */
    navTitle: text('navTitle').optional(),
    /** One sentence that says what the part covers. */
    description: sentence('description').optional(),
    /** Sub-headings of ours. */
    headings: z.array(headingSchema).optional(),
    /** Code titles, marked lines and languages. */
    code: z.array(codeSchema).optional(),
    /** Table captions, sort orders and highlighted rows, one entry per table in order. */
    tables: z.array(tableSchema).optional(),
  },
  "a part's touches",
);

/** Which part discusses a finding, so that the finding links to it. */
const findingSchema = strictFields(
  {
    /** The finding's first words, as the report words them. */
    first: text('first', 'the first words of a finding'),
    /** The title of the part that discusses it. */
    part: text('part', 'the title of a part, e.g. "Verdict"'),
  },
  'a finding touch',
);

/** `src/content/reports/<slug>/editorial.yaml`: everything editors add to a report. Every field is optional. */
export const editorialSchema = strictFields(
  {
    /** One sentence for the library and the report's home page. */
    description: sentence('description').optional(),
    /** The licence readers may reuse the report under: an SPDX id such as "CC-BY-4.0" (none by default). */
    license: licenseId('license').optional(),
    /** Paths the report had before the library (e.g. "verdict/"), mapped to their place in the report. */
    formerPaths: z.record(relativePath('formerPaths: an old address', false), relativePath('formerPaths: a new place', true)).optional(),
    /** Which part discusses which finding. */
    findings: z.array(findingSchema).optional(),
    /** Touches per part, keyed by the part's title ("Verdict" for the verdict). */
    parts: z.record(text('parts: a part', 'the title of a part, e.g. "Verdict"'), partSchema).optional(),
  },
  'editorial.yaml',
);

/** Validated editorial touches of a report. */
export type Editorial = z.infer<typeof editorialSchema>;
/** Touches to one part. */
export type PartEditorial = z.infer<typeof partSchema>;
