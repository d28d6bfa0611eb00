/**
 * The read stage of the importer: a report's text in, the report model out (src/report/model.ts),
 * with every snippet's language detected and its lost indentation restored, and the notes the
 * command prints. Pure and synchronous; malformed text throws a SourceError naming the line.
 */
import type { Report, Table } from '../../report/model.ts';
import { formatSnippet } from '../code/format.ts';
import { parseReport, type ParseOptions } from './parse.ts';

/** Something the publisher should check, at a line of the text. */
export interface ReadNote {
  line: number;
  message: string;
  /** The note says a snippet's language was unsure: an editor's `language:` touch answers it. */
  unsureSnippet?: boolean | undefined;
}

/** What reading a report gives: the model, and what to tell the publisher. */
export interface ReadReport {
  report: Report;
  /** Accepted slips, snippets fenced as plain text, formatters not used; in line order. */
  notes: ReadNote[];
}

/** Reads a report's text into the model: parsed, every snippet's language detected and its layout restored. */
export function readReport(input: string | Uint8Array, file: string, opts: ParseOptions = {}): ReadReport {
  const parsed = parseReport(input, file, opts);
  const notes: ReadNote[] = parsed.warnings.map((warning) => ({ line: warning.line, message: warning.message }));
  const report: Report = {
    title: parsed.title,
    ...(parsed.titleLine === undefined ? {} : { titleLine: parsed.titleLine }),
    ...(parsed.findingsLabel === undefined ? {} : { findingsLabel: parsed.findingsLabel }),
    findings: parsed.findings,
    parts: parsed.parts.map((part) => ({
      ...part,
      blocks: part.blocks.map((block) => {
        if (block.kind === 'table') notes.push(...formulaLikeCells(block));
        if (block.kind !== 'code') return block;
        const { sure, reason, ...code } = block;
        if (!sure) notes.push({ line: code.line, message: `snippet language unsure (${reason}), fenced as plain text`, unsureSnippet: true });
        const formatted = formatSnippet(code.source, code.language);
        if (formatted.note) notes.push({ line: code.line, message: `${code.language} snippet: ${formatted.note}` });
        return { ...code, lines: formatted.lines };
      }),
    })),
    ...(parsed.dataAsOf ? { dataAsOf: parsed.dataAsOf } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
  };
  notes.sort((a, b) => a.line - b.line);
  return { report, notes };
}

// A spreadsheet runs a cell that starts with one of these as a formula when it opens the table's CSV
// (OWASP's "CSV injection"); plain numbers ("-5", "+3.2%") are numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d,.]*%?$/;

/**
 * A note for each cell of a table that a spreadsheet would read as a formula. The table's CSV keeps
 * every cell exactly as the report words it (changing "-5" or "=A1" would change the data): the
 * publisher checks such a cell is the report's text before it goes out.
 */
export function formulaLikeCells(table: Pick<Table, 'header' | 'rows' | 'line'>): ReadNote[] {
  // The header is on the table's line, its separator the next, body row i on line + 2 + i.
  const rows: [number, readonly string[]][] = [[table.line, table.header], ...table.rows.map((row, i): [number, readonly string[]] => [table.line + 2 + i, row])];
  return rows.flatMap(([line, cells]) =>
    cells
      .filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))
      .map((cell) => ({ line, message: `table cell "${cell}" starts as a spreadsheet formula does; its CSV download keeps it as written: check it is the report's text` })),
  );
}

