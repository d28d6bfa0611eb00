import { orderRank, type ColumnSort, type TableData } from '../report/schemas/table.ts';
import { alphabeticalRanks } from '../lib/table-sort.ts';

/** A cell as <DataTable /> renders it: the report's wording, and the number its column sorts by. */
export interface TableCell {
  text: string;
  sortValue: number | undefined;
}

/** The table laid out for rendering: headings, then rows of cells in column order. */
export interface TableView {
  caption: string;
  captionByEditors: boolean;
  /**
   * One per column, the row-header column first; `sortable` gives the heading a sort button, and a
   * `numeric` column (every cell a number) aligns right, in tabular figures.
   */
  headers: { label: string; sortable: boolean; numeric: boolean }[];
  rows: { highlight: boolean; header: TableCell; cells: TableCell[] }[];
}

/** The first number in a cell ("2–5x slower" → 2, "1,024 ms" → 1024); cells without one sort last. */
export function leadingNumber(text: string): number {
  const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : Number.POSITIVE_INFINITY;
}

/** Each cell's sort number in one column, by the column's sort rule; undefined when it does not sort. */
export function sortValues(sort: ColumnSort, cells: readonly string[]): (number | undefined)[] {
  if (sort === 'none') return cells.map(() => undefined);
  if (sort === 'number') return cells.map(leadingNumber);
  if (sort === 'text') return alphabeticalRanks(cells);
  return cells.map((cell) => orderRank(sort.order, cell));
}

/** Lays a validated table out as cells, each sortable cell with its sort number. */
export function tableView(table: TableData): TableView {
  const columns = table.columns.map((column, index) =>
    sortValues(
      column.sort,
      table.rows.map((row) => row.cells[index] ?? ''),
    ),
  );
  const cell = (row: number, col: number): TableCell => ({
    text: table.rows[row]?.cells[col] ?? '',
    sortValue: columns[col]?.[row],
  });
  return {
    caption: table.caption,
    captionByEditors: table.captionByEditors,
    headers: table.columns.map((column, index) => ({
      label: column.label,
      sortable: column.sort !== 'none',
      numeric: isNumericColumn(table.rows.map((row) => row.cells[index] ?? '')),
    })),
    rows: table.rows.map((row, r) => ({
      highlight: row.highlight,
      header: cell(r, 0),
      cells: row.cells.slice(1).map((_, c) => cell(r, c + 1)),
    })),
  };
}

/** A number as a table cell holds one: "42", "1,024", "3.5", "-7", "~6", "30%", "4x", "120 ms", "$5". */
const NUMBER_CELL = /^[~≈<>+\-−$£€]?\d[\d,.]*\s*(?:%|x|×|ms|s|k|K|M|B|KB|MB|GB|TB)?$/;

/** Whether a column holds numbers (every non-empty cell one): such columns align right, in tabular figures. */
export function isNumericColumn(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => NUMBER_CELL.test(cell));
}
