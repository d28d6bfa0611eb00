/**
 * A table's data for download: CSV for spreadsheets, JSON with its provenance for programs. Both hold
 * exactly the cells the page shows, as the report words them. Cells a spreadsheet would read as a
 * formula (OWASP's "CSV injection": a first character =, +, -, @) are kept as written too: prefixing
 * them changes the data ("-5" stops being a number), and these cells are the text of reports the
 * editors import and review; the importer lists such cells for them (src/import/read/read-report.ts).
 */
import type { TableBlock } from './document.ts';

/**
 * RFC 4180: a header row of the column labels, then the rows, CRLF after every record; a field is
 * quoted when it holds `"`, `,`, CR or LF, with `"` doubled. It starts with a byte order mark, without
 * which Excel reads UTF-8 in the local code page ("2–5x" as "2â€“5x"); pandas, R's readr, LibreOffice
 * and csv-parse skip it (Python's csv module wants encoding="utf-8-sig").
 */
export function tableCsv(table: TableBlock): string {
  const records = [table.columns.map((column) => column.label), ...table.rows.map((row) => row.cells)];
  // A record of one empty field would be a blank line, which readers skip: quote it.
  const lines = records.map((cells) => (cells.length === 1 && cells[0] === '' ? '""' : cells.map(csvField).join(',')));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function csvField(cell: string): string {
  return /[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** A page the data comes from: its title and its address (absolute when the site has one). */
export interface DataSource {
  title: string;
  url: string;
}

/** The table as JSON: its cells, and where they come from. */
export interface TableJson {
  /** The table's id, "<report>/<part>-<n>", which names its files. */
  id: string;
  /** The caption is ours, never the report's: the editors' or one the site made from the part's title. */
  caption: { text: string; by: 'editors' | 'site' };
  /** The column labels as the report words them; `numeric` where every cell is a number (as the page aligns them). */
  columns: { label: string; numeric: boolean }[];
  /** The cells, row by row, exactly as shown. */
  rows: string[][];
  report: DataSource;
  part: DataSource;
  /** The report's "Data as of" date: its words and the month behind them. */
  dataAsOf?: { text: string; iso: string };
  /** The report's licence (SPDX id and terms), so the reuse terms travel with the data. */
  license?: { id: string; url: string };
}

/** Where a table's cells come from. */
export interface DataSources {
  report: DataSource;
  part: DataSource;
  dataAsOf: { text: string; iso: string } | undefined;
  license: { id: string; url: string } | undefined;
}

/** The table as JSON-ready data with its report, part, "data as of" date and licence. */
export function tableJson(table: TableBlock, context: DataSources): TableJson {
  return {
    id: table.id,
    caption: { text: table.caption, by: table.captionByEditors ? 'editors' : 'site' },
    columns: table.columns.map(({ label, numeric }) => ({ label, numeric })),
    rows: table.rows.map((row) => [...row.cells]),
    report: context.report,
    part: context.part,
    ...(context.dataAsOf ? { dataAsOf: { text: context.dataAsOf.text, iso: context.dataAsOf.iso } } : {}),
    ...(context.license ? { license: { id: context.license.id, url: context.license.url } } : {}),
  };
}

/** The JSON file: a field a line, one column and one row a line (as a reader scans it), "\n"-terminated. */
export function tableJsonText(data: TableJson): string {
  const fields = Object.entries(data).map(([name, value]) => {
    const json = Array.isArray(value) ? `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]` : JSON.stringify(value);
    return `  ${JSON.stringify(name)}: ${json}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
