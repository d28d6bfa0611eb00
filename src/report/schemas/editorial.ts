import { z } from 'astro/zod';
import { columnSortSchema } from './table.ts';
import { sentence, slug, strictFields, text, whole } from './fields.ts';

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
    /** A caption of ours, e.g. the file the code belongs in. */
    title: text('title').optional(),
    /** Lines to mark, counted from 1 in the formatted snippet. */
    mark: z.array(whole('mark[]', 1, 'a line of the snippet')).optional(),
    /** The language, when the importer could not tell (it then fences the snippet as plain text). */
    language: z.string().regex(/^[a-z0-9+#-]+$/, 'language must be a Shiki language id such as "rust"').optional(),
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

/** Touches to one part, keyed in editorial.yaml by "section-N" or "verdict". */
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
  'a part\'s touches',
);

/** `src/content/reports/<slug>/editorial.yaml`: everything editors add to a report. Every field is optional. */
export const editorialSchema = strictFields(
  {
    /** One sentence for the library and the report's home page. */
    description: sentence('description').optional(),
    /** Paths the report had before the library (e.g. "verdict/"), mapped to their place in the report. */
    formerPaths: z
      .record(
        z.string().regex(/^[a-z0-9][a-z0-9/._-]*\/$/, 'formerPaths: an old address is a path below the base ending in "/", e.g. "verdict/"'),
        z.string().regex(/^([a-z0-9][a-z0-9/_-]*\/)?$/, 'formerPaths: a new place is a path below the report ending in "/", e.g. "verdict/", or "" for its home'),
      )
      .optional(),
    /** Touches per part. */
    parts: z.record(z.string().regex(/^(section-[1-9][0-9]*|verdict)$/, 'parts are keyed "section-N" or "verdict"'), partSchema).optional(),
  },
  'editorial.yaml',
);

/** Validated editorial touches of a report. */
export type Editorial = z.infer<typeof editorialSchema>;
/** Touches to one part. */
export type PartEditorial = z.infer<typeof partSchema>;
