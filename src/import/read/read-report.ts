/**
 * The report importer's library: text in, a typed model out. Pure (no Astro), synchronous.
 *
 * `importReport(input, file, { title })` returns an {@link ImportedReport}:
 *   - `title` (from the title line, else `opts.title`), `titleLine?`;
 *   - `findings`: `{ text, line }[]`, the `- ` lines without the marker;
 *   - `parts`: sections 1..N then the verdict if any, each `{ kind: 'section' | 'verdict',
 *     number?, title, line, blocks }`; a block is
 *       `{ kind: 'paragraph', text, line }` (one report line),
 *       `{ kind: 'table', header, rows, line, rowLines }` (use `tableData()` for the site's shape), or
 *       `{ kind: 'code', lines, source, line, language, sure, reason, formatter }`, where `lines` is
 *       the snippet with its indentation restored (fence it with `language`; `text` when unsure)
 *       and `source` the lines exactly as in the report (same tokens: `sameTokens(source, lines)`);
 *   - `dataAsOf?`: `{ text: 'March 2026', iso: '2026-03', line }`; `author?`: `{ name, line }`;
 *   - `warnings`: accepted slips `{ line, message }`; `notes`: every warning plus each snippet fenced
 *     as plain text or not laid out by its formatter, as `line N: …` strings for the command to print.
 * Line numbers are 1-based lines of the report file. Malformed input throws {@link ImportError};
 * print it with `String(error)`: `<file>:<line>: <what is wrong>`.
 */
import { formatSnippet, type Formatter } from '../code/format.ts';
import { parseReport, type CodeBlock, type ParagraphBlock, type ParseOptions, type Part, type Report, type TableBlock } from './parse.ts';

export { ImportError, type ImportWarning } from '../../report/errors.ts';
export { detectLanguage, type Detection } from '../code/detect.ts';
export { formatSnippet, type Formatted, type Formatter } from '../code/format.ts';
export { LANGUAGES, type Language } from '../../report/languages.ts';
export {
  parseReport,
  type Author,
  type Block,
  type CodeBlock,
  type DataAsOf,
  type Finding,
  type ParagraphBlock,
  type ParseOptions,
  type Part,
  type Report,
} from './parse.ts';
export { reindent } from '../code/reindent.ts';
export { tableData, validateTableData, type TableBlock, type TableData, type TableProblem } from './table.ts';
export { sameTokens, tokenize } from '../code/tokens.ts';

/** A code block after import: laid out (`lines`), with the report's own lines kept in `source`. */
export interface ImportedCode extends CodeBlock {
  /** The snippet exactly as the report has it. */
  source: string[];
  /** Who restored the layout: gofmt, clang-format, our re-indenter, or nobody. */
  formatter: Formatter;
}

/** A block of an imported part. */
export type ImportedBlock = ParagraphBlock | TableBlock | ImportedCode;

/** A part whose code blocks are imported. */
export interface ImportedPart extends Omit<Part, 'blocks'> {
  blocks: ImportedBlock[];
}

/** The parsed report with code laid out, plus what the command should tell the user. */
export interface ImportedReport extends Omit<Report, 'parts'> {
  parts: ImportedPart[];
  /** `line N: …` lines: accepted slips, snippets fenced as plain text, formatters not used. */
  notes: string[];
}

/** Parses a report, detects each snippet's language and restores its indentation; throws ImportError on malformed input. */
export function importReport(input: string | Uint8Array, file: string, opts: ParseOptions = {}): ImportedReport {
  const report = parseReport(input, file, opts);
  const notes = report.warnings.map((w) => ({ line: w.line, text: w.message }));
  const parts = report.parts.map((part) => ({
    ...part,
    blocks: part.blocks.map((block): ImportedBlock => {
      if (block.kind !== 'code') return block;
      if (!block.sure) notes.push({ line: block.line, text: `snippet language unsure (${block.reason}), fenced as plain text` });
      const formatted = formatSnippet(block.lines, block.language);
      if (formatted.note) notes.push({ line: block.line, text: `${block.language} snippet: ${formatted.note}` });
      return { ...block, source: block.lines, lines: formatted.lines, formatter: formatted.by };
    }),
  }));
  notes.sort((a, b) => a.line - b.line);
  return { ...report, parts, notes: notes.map((n) => `line ${n.line}: ${n.text}`) };
}
