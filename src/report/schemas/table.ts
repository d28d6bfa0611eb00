import { z } from 'astro/zod';
import { required, slug, strictFields, text, whole } from './fields.ts';

/**
 * How a column sorts when a reader presses its heading: as text (the default), as numbers (the
 * first number in each cell), not at all, or in an order an editor gives (every cell's wording,
 * first to last, e.g. safest first).
 */
export const columnSortSchema = z.union(
  [
    z.enum(['text', 'number', 'none']),
    strictFields(
      {
        /** Cell values first to last; a list inside the list holds values that tie. */
        order: z.array(z.union([text('sort.order[]'), z.array(text('sort.order[][]')).min(1)])).min(1, 'sort.order must list at least one value'),
      },
      'a sort order',
    ),
  ],
  { error: () => 'sort must be "text", "number", "none" or { order: [values, first to last] }' },
);

/** How a column sorts. */
export type ColumnSort = z.infer<typeof columnSortSchema>;

/** A cell's place in an editor's order (ties share a place); -1 when the order does not name it. */
export function orderRank(order: readonly (string | readonly string[])[], cell: string): number {
  return order.findIndex((entry) => (typeof entry === 'string' ? entry === cell : entry.includes(cell)));
}

/** One column: the report's heading and how it sorts. */
const columnSchema = strictFields(
  {
    /** The report's heading of the column, word for word. */
    label: z.string(required('label', 'text')).trim(),
    /** How the column sorts (editorial); text when the editors said nothing. */
    sort: columnSortSchema.default('text'),
  },
  'a column',
);

/** One row: every cell of the report's row, the first one its header. */
const rowSchema = strictFields(
  {
    /** The cells in column order, word for word; a cell may be empty. */
    cells: z.array(z.string(required('cells[]', 'text'))),
    /** Emphasise this row (editorial). */
    highlight: z.boolean(required('highlight', 'true or false')).default(false),
  },
  'a row',
);

/** Fields of one table file, written by the importer from a pipe table and the editors' touches. */
const tableFields = {
  /** The report the table is in. */
  report: slug('report'),
  /** Line of the table's header row in the report's source.txt. */
  line: whole('line', 1, 'a line of source.txt'),
  /** The caption readers see: the editors' words, or one derived from the part's title. */
  caption: text('caption'),
  /** Whether the caption is the editors' (true) or derived by the importer (false); both are ours. */
  captionByEditors: z.boolean().default(false),
  /** The columns, the first one the row headers. */
  columns: z.array(columnSchema).min(1, 'columns must hold at least one column'),
  /** The rows in the report's order. */
  rows: z.array(rowSchema).min(1, 'rows must hold at least one row'),
};

/** A whole table with each row checked against the columns (same width, sort orders complete). */
export const tableSchema = strictFields(tableFields, 'a table').superRefine((table, ctx) => {
  table.rows.forEach((row, index) => {
    if (row.cells.length !== table.columns.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', index, 'cells'],
        message: `row ${index + 1} has ${row.cells.length} cells but the table has ${table.columns.length} columns`,
      });
    }
  });
  table.columns.forEach((column, col) => {
    if (typeof column.sort !== 'object') return;
    const order = column.sort.order;
    table.rows.forEach((row, index) => {
      const cell = row.cells[col];
      if (cell !== undefined && orderRank(order, cell) === -1) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', col, 'sort', 'order'],
          message: `row ${index + 1}: "${cell}" is not in the sort order of column "${column.label}"`,
        });
      }
    });
  });
});

/** A validated table. */
export type TableData = z.infer<typeof tableSchema>;
