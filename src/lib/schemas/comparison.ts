import { z } from 'astro/zod';

/*
 * A comparison table is one JSON file under src/content/comparisons/ (one collection entry per
 * table, not one per row): the file carries the table's caption, its column headings and its rows,
 * so the schema can check rows against each other (a language twice) and the next report can add
 * another table of the same shape as one more file, shown by the same <ComparisonTable />.
 *
 * Each criterion has two fields: the report's exact wording, which is what readers see, and a typed
 * value behind the words (a category or a rank), which is what sorting uses.
 */

/** How a language keeps memory safe, safest first; sorting the column follows this order. */
export const memorySafetyCategories = ['compile-time-guaranteed', 'garbage-collected', 'manual'] as const;

/** The criteria every row words, in the order the table shows them after the language. */
export const criteria = ['memorySafety', 'performance', 'ecosystemMaturity', 'replacementTarget'] as const;

/** One criterion of a comparison: a column of the table. */
export type Criterion = (typeof criteria)[number];

/** `field "x" is missing` for undefined, else `field "x" must be <expected>, not <value>`. */
function expecting(field: string, expected: string): { error: (issue: { input: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined
        ? `field "${field}" is missing: add it as ${expected}`
        : `field "${field}" must be ${expected}, not ${JSON.stringify(issue.input)}`,
  };
}

/** Text that must say something: the report's wording of a cell, a heading, the caption. */
function wording(field: string) {
  return z
    .string(expecting(field, 'text (the report’s wording)'))
    .trim()
    .min(1, `field "${field}" must not be empty`);
}

/** A position in an order, 1 first; ties allowed (two languages can be equally mature). */
function rank(field: string, meaning: string) {
  const expected = `a whole number, 1 or more (${meaning})`;
  return z.number(expecting(field, expected)).int(`field "${field}" must be ${expected}`).min(1, `field "${field}" must be ${expected}`);
}

/** Rejects fields the shape does not know, so a misspelt one fails instead of vanishing. */
function strict(what: string) {
  return {
    error: (issue: { code?: string; keys?: string[]; input: unknown }) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys?.map((key) => `field "${key}"`).join(', ')} is not part of ${what}: check the spelling`
        : `${what} must be an object of fields, not ${JSON.stringify(issue.input)}`,
  };
}

/** One row: a language and, for each criterion, the report's wording and the typed value behind it. */
export const comparisonRowSchema = z.strictObject(
  {
    /** The language, as the report names it; the row's header cell. Unique within the table. */
    language: wording('language'),
    /** Emphasise this row (the report's subject, Rust). */
    highlight: z.boolean(expecting('highlight', 'true or false')).default(false),
    /** The report's words on memory safety, e.g. "Guaranteed at compile time". */
    memorySafety: wording('memorySafety'),
    /** The category behind `memorySafety`, for sorting by safety. */
    memorySafetyCategory: z.enum(memorySafetyCategories, {
      error: (issue) =>
        issue.input === undefined
          ? `field "memorySafetyCategory" is missing: add one of ${memorySafetyCategories.map((c) => `"${c}"`).join(', ')}`
          : `field "memorySafetyCategory" is ${JSON.stringify(issue.input)}, which is not a category: use one of ${memorySafetyCategories.map((c) => `"${c}"`).join(', ')}`,
    }),
    /** The report's words on performance, e.g. "C-equivalent". */
    performance: wording('performance'),
    /** The order behind `performance`: 1 is the fastest. */
    performanceRank: rank('performanceRank', '1 = fastest'),
    /** The report's words on the ecosystem, e.g. "Very mature". */
    ecosystemMaturity: wording('ecosystemMaturity'),
    /** The order behind `ecosystemMaturity`: 1 is the most mature. */
    ecosystemMaturityRank: rank('ecosystemMaturityRank', '1 = most mature'),
    /** The report's words on what the language replaces best; free text, so the column does not sort. */
    replacementTarget: wording('replacementTarget'),
  },
  strict('a comparison row'),
);

/** The report's column headings: one for the language column and one per criterion. */
const comparisonColumnsSchema = z.strictObject(
  {
    /** Heading of the row-header column, e.g. "Language". */
    language: wording('columns.language'),
    /** Heading of the memory-safety column, e.g. "Memory Safety". */
    memorySafety: wording('columns.memorySafety'),
    /** Heading of the performance column. */
    performance: wording('columns.performance'),
    /** Heading of the ecosystem column, e.g. "Ecosystem Maturity". */
    ecosystemMaturity: wording('columns.ecosystemMaturity'),
    /** Heading of the replacement column, e.g. "Best Replacement Target". */
    replacementTarget: wording('columns.replacementTarget'),
  },
  strict('"columns"'),
);

/** A whole comparison table: one file of the `comparisons` collection. */
export const comparisonTableSchema = z
  .strictObject(
    {
      /** The table's caption: ours (the report has none), saying what is compared. */
      caption: wording('caption'),
      /** The report's column headings. */
      columns: comparisonColumnsSchema,
      /** The rows in the report's order; the order readers see before they sort. */
      rows: z.array(comparisonRowSchema, expecting('rows', 'a list of rows')).min(1, 'field "rows" must have at least one row'),
    },
    strict('a comparison table'),
  )
  .superRefine((table, ctx) => {
    // Rows that name the same language would make the table contradict itself. (Zod runs this
    // once every row is valid on its own, so a fixed typo can reveal a duplicate next build.)
    const seen = new Map<string, number>();
    table.rows.forEach((row, index) => {
      const key = row.language.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'language'],
          message: `field "language" is "${row.language}", the same as row ${first + 1}: each language gets one row`,
        });
    });
  });

/** A validated comparison table. */
export type ComparisonTable = z.infer<typeof comparisonTableSchema>;
/** A validated row of a comparison table. */
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

/**
 * Where an issue sits, in a writer's words: "row 3 (Go): " for a row (counted from 1, named by
 * its language when it has one), nothing for the table's own fields.
 */
function rowLabel(path: readonly PropertyKey[], input: unknown): string {
  if (path[0] !== 'rows' || typeof path[1] !== 'number') return '';
  const rows = (input as { rows?: unknown } | null)?.rows;
  const row: unknown = Array.isArray(rows) ? rows[path[1]] : undefined;
  const language = (row as { language?: unknown } | null)?.language;
  const name = typeof language === 'string' && language.trim() !== '' ? ` (${language.trim()})` : '';
  return `row ${path[1] + 1}${name}: `;
}

/**
 * The collection's schema: `comparisonTableSchema`, with each problem prefixed by the row it is in,
 * which a field's own message cannot know. Astro prints these messages with the file's path when
 * the build fails (see tests/build/comparison-table.test.ts).
 */
export const comparisonSchema = z.unknown().transform((input, ctx): ComparisonTable => {
  const result = comparisonTableSchema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: `${rowLabel(issue.path, input)}${issue.message}` });
  }
  return z.NEVER;
});
