import { SourceError } from '../../report/errors.ts';
import type { Table } from '../../report/model.ts';

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
export function readTable(lines: readonly string[], firstLine: number, file: string): Table {
  const [headerLine, separator, ...body] = lines;
  if (headerLine === undefined) throw new SourceError(file, firstLine, 'a table needs a header row');
  if (isSeparatorRow(headerLine)) {
    throw new SourceError(file, firstLine, 'the table has no header row: its first row is the separator (|---|---|)');
  }
  const header = splitRow(headerLine);
  if (separator === undefined || !isSeparatorRow(separator)) {
    throw new SourceError(
      file,
      firstLine + 1,
      `separator row missing: the table header on line ${firstLine} must be followed by a row of dashes such as |${'---|'.repeat(header.length)}`,
    );
  }
  if (splitRow(separator).length !== header.length) {
    throw new SourceError(file, firstLine + 1, cellCountMessage('separator row', splitRow(separator).length, header.length));
  }
  const rows = body.map((row, i) => {
    const cells = splitRow(row);
    if (cells.length !== header.length) throw new SourceError(file, firstLine + 2 + i, cellCountMessage('table row', cells.length, header.length));
    return cells;
  });
  return { kind: 'table', header, rows, line: firstLine };
}

/** "table row has 4 cells, but the header has 5". */
function cellCountMessage(what: string, found: number, expected: number): string {
  return `${what} has ${found} cell${found === 1 ? '' : 's'}, but the header has ${expected}`;
}
