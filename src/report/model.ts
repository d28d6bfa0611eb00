/**
 * The report as its text says it, in the order of the house style (docs/FORMAT.md): what the
 * importer reads from a `.txt`, what it writes beside the report as `source.json`, and what the
 * build's checks hold every page and the PDF to. Line numbers are 1-based lines of the text.
 */
import type { Language } from './languages.ts';

/** A report read from its text. */
export interface Report {
  /** From the title line, else the title the publisher gave (`--title`). */
  title: string;
  /** Line of the title, when the text has a title line. */
  titleLine?: number | undefined;
  /** A label line over the findings (`Key findings`), when the text has one: the site's own "Key findings" heading shows it. */
  findingsLabel?: FindingsLabel | undefined;
  findings: Finding[];
  /** Sections 1..N, then the verdict if there is one. */
  parts: Part[];
  /** `Data as of March 2026.` */
  dataAsOf?: DataAsOf | undefined;
  /** `— iBuidl Research Team` */
  author?: Author | undefined;
}

/** The line a writer put over the findings, as written (`Key findings:`, `KEY FINDINGS`). */
export interface FindingsLabel {
  text: string;
  line: number;
}

/** One key finding: a `- ` line, without the marker. */
export interface Finding {
  text: string;
  line: number;
}

/** A numbered section or the closing verdict. */
export interface Part {
  kind: 'section' | 'verdict';
  /** 1, 2, 3 … for sections; undefined for the verdict. */
  number?: number | undefined;
  /** The heading's title as the report words it (`Verdict` for the verdict). */
  title: string;
  /** Line of the heading. */
  line: number;
  /** Last line of the text the part covers (blank lines before the next part included). */
  endLine: number;
  blocks: Block[];
}

/** What a part holds, in the report's order. */
export type Block = Paragraph | Table | Code;

/** A paragraph: one line of the report, trimmed, every word kept. */
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  line: number;
}

/** A pipe table: header cells and body rows, every cell trimmed and kept (a cell may be empty). */
export interface Table {
  kind: 'table';
  header: string[];
  rows: string[][];
  /** Line of the header row; body row i is on line + 2 + i. */
  line: number;
}

/** An unfenced snippet: its lines as written and as shown (indentation restored, no token changed). */
export interface Code {
  kind: 'code';
  /** Line of the snippet's first line. */
  line: number;
  /** The lines exactly as the report has them (trailing spaces dropped). */
  source: string[];
  /** The lines as the site shows them: the same tokens, with lost indentation restored. */
  lines: string[];
  /** The language it is fenced with; `text` when the importer could not tell. */
  language: Language;
}

/** The date the report's data stands at. */
export interface DataAsOf {
  /** As written, e.g. `March 2026`. */
  text: string;
  /** ISO year-month, e.g. `2026-03`. */
  iso: string;
  line: number;
}

/** The sign-off `— <Author>`. */
export interface Author {
  name: string;
  line: number;
}
