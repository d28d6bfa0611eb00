import { ImportError } from '../../report/errors.ts';

/** A pipe table as written: header cells, body rows, and the 1-based line of each. */
export interface TableBlock {
  kind: 'table';
  /** Header cells, trimmed. */
  header: string[];
  /** Body rows, each with as many trimmed cells as the header (a cell may be ''). */
  rows: string[][];
  /** Line of the header row. */
  line: number;
  /** Line of each body row, in order. */
  rowLines: number[];
}

/** A table as site data: the header's cells name the columns, the first cell of each row is its row header. */
export interface TableData {
  columns: string[];
  rows: { cells: string[] }[];
}

/** A problem found by {@link validateTableData}, with the report line it is on. */
export interface TableProblem {
  line: number;
  message: string;
}

/** Whether a line is a row of a pipe table (it starts and ends with `|`). */
export function isTableLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 2 && text.startsWith('|') && text.endsWith('|');
}

/** The trimmed cells of one table row; `\|` stands for a pipe inside a cell. */
export function splitRow(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Whether a row is the separator under the header: every cell dashes, optionally with `:` alignment marks. */
export function isSeparatorRow(line: string): boolean {
  return isTableLine(line) && splitRow(line).every((cell) => /^:?-+:?$/.test(cell));
}

/**
 * Reads the table whose rows are `lines` (consecutive `|` lines; `firstLine` is the header's line
 * number), refusing a missing separator row and any row whose cell count differs from the header's.
 */
export function readTable(lines: readonly string[], firstLine: number, file: string): TableBlock {
  const [headerLine, separator, ...body] = lines;
  if (headerLine === undefined) throw new ImportError(file, firstLine, 'a table needs a header row');
  if (isSeparatorRow(headerLine)) {
    throw new ImportError(file, firstLine, 'the table has no header row: its first row is the separator (|---|---|)');
  }
  const header = splitRow(headerLine);
  if (separator === undefined || !isSeparatorRow(separator)) {
    throw new ImportError(
      file,
      firstLine + 1,
      `separator row missing: the table header on line ${firstLine} must be followed by a row of dashes such as |${'---|'.repeat(header.length)}`,
    );
  }
  if (splitRow(separator).length !== header.length) {
    throw new ImportError(file, firstLine + 1, cellCountMessage('separator row', splitRow(separator).length, header.length));
  }
  const rows = body.map((row, i) => {
    const cells = splitRow(row);
    if (cells.length !== header.length) throw new ImportError(file, firstLine + 2 + i, cellCountMessage('table row', cells.length, header.length));
    return cells;
  });
  return { kind: 'table', header, rows, line: firstLine, rowLines: body.map((_, i) => firstLine + 2 + i) };
}

/** "table row has 4 cells, but the header has 5". */
function cellCountMessage(what: string, found: number, expected: number): string {
  return `${what} has ${found} cell${found === 1 ? '' : 's'}, but the header has ${expected}`;
}

/** The table as generic data: columns from the header, one row per body line, every cell kept. */
export function tableData(table: TableBlock): TableData {
  return { columns: [...table.header], rows: table.rows.map((cells) => ({ cells: [...cells] })) };
}

/**
 * Checks table data (e.g. after an editor touched it) against the rules a table must keep: at least
 * one column, a non-empty header for every column but the first (the row-header column may be
 * blank), and every row as wide as the header. `line` is the header's line; row i is on line + 2 + i.
 */
export function validateTableData(data: TableData, line: number): TableProblem[] {
  const problems: TableProblem[] = [];
  if (data.columns.length === 0) problems.push({ line, message: 'the table has no columns' });
  data.columns.forEach((column, i) => {
    if (i > 0 && column === '') problems.push({ line, message: `column ${i + 1} has an empty header` });
  });
  data.rows.forEach((row, i) => {
    if (row.cells.length !== data.columns.length) {
      problems.push({ line: line + 2 + i, message: cellCountMessage('table row', row.cells.length, data.columns.length) });
    }
  });
  return problems;
}
