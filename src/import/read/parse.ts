import { classifyLine, resolveKinds, type LineKind } from './classify.ts';
import { readClosingLines } from './closing.ts';
import { decodeReport } from './decode.ts';
import { detectLanguage } from '../code/detect.ts';
import { SourceError, type SourceWarning } from '../../report/errors.ts';
import type { Code, Finding, Paragraph, Part, Report, Table } from '../../report/model.ts';
import { isTableLine, readTable } from './table.ts';

/** A snippet as read: the model's code block, with what the detector made of its language. */
export interface CodeBlock extends Code {
  /** Whether the detector was sure; an unsure snippet is fenced as plain text and reported. */
  sure: boolean;
  /** Why the detector chose the language (for notes and debugging). */
  reason: string;
}

/** What a part holds, as read. */
export type Block = Paragraph | Table | CodeBlock;

/** A part as read: the model's, with code blocks as read. */
export interface ParsedPart extends Omit<Part, 'blocks'> {
  blocks: Block[];
}

/** A report read from its text, in the order of the house style, with the slips that were accepted. */
export interface ParsedReport extends Omit<Report, 'parts'> {
  parts: ParsedPart[];
  /** Slips that were accepted (an en dash in a heading, a --title the text overrides). */
  warnings: SourceWarning[];
}

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /** The title for a report without a title line (the command's `--title`). */
  title?: string;
}

const SECTION = /^Section\s+(\d+)\s*(—|–|-{1,2})\s*(.*)$/;
const FINDING = /^- +(\S.*)$/;
/** A label line over the findings, as writers put one: `Key findings`, `Key Findings:`, `KEY FINDINGS`, `Findings`. */
const FINDINGS_LABEL = /^(?:(?:key|main|top)\s+)?findings\s*:?$/i;

/**
 * Reads a report in the house style (FORMAT.md) into its parts. Throws an {@link SourceError}
 * naming the file and line for any malformed input; accepted slips are listed in `warnings`.
 */
export function parseReport(input: string | Uint8Array, file: string, opts: ParseOptions = {}): ParsedReport {
  const lines = decodeReport(input, file);
  const warnings: SourceWarning[] = [];
  const closing = readClosingLines(lines, file, lastHeadingIndex(lines));
  warnings.push(...closing.warnings);
  const body = lines.slice(0, closing.end);
  const title = readTitleLine(body);
  const label = readFindingsLabel(body, title ? title.index + 1 : firstNonBlank(body, 0));
  const findings = readFindings(body, label ? label.line : title ? title.index + 1 : firstNonBlank(body, 0));
  if (label && findings.items.length === 0) {
    throw new SourceError(file, label.line, `"${label.text}" labels the key findings, but no finding ("- …") follows it`);
  }
  const partsStart = findings.end;
  const parts = readParts(body, partsStart, file, warnings);
  if (findings.items.length === 0 && parts.length === 0) {
    throw new SourceError(file, undefined, 'no key findings ("- …" lines) and no sections ("Section 1 — …"): this is not a report in the house style');
  }
  if (parts.length === 0) {
    throw new SourceError(file, undefined, 'the report has key findings but no sections: a report needs at least "Section 1 — <title>" and its text');
  }
  const reportTitle = chooseTitle(title, opts, file, warnings);
  return {
    title: reportTitle,
    ...(title ? { titleLine: title.index + 1 } : {}),
    ...(label ? { findingsLabel: label } : {}),
    findings: findings.items,
    parts,
    ...(closing.dataAsOf ? { dataAsOf: closing.dataAsOf } : {}),
    ...(closing.author ? { author: closing.author } : {}),
    warnings,
  };
}

/** Index of the first non-blank line at or after `from` (or lines.length). */
function firstNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

/** Index of the last line that starts a part (a section heading or `Verdict`), or -1. */
function lastHeadingIndex(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (readSectionHeading(lines[i] ?? '') || (lines[i] ?? '').trim() === 'Verdict') return i;
  return -1;
}

/** A label line over the findings (`Key findings`) at `from`, if there is one: the site's own "Key findings" heading stands for it. */
export function readFindingsLabel(lines: readonly string[], from: number): { text: string; line: number } | undefined {
  const index = firstNonBlank(lines, from);
  const text = (lines[index] ?? '').trim();
  return FINDINGS_LABEL.test(text) ? { text, line: index + 1 } : undefined;
}

/** The optional title: a first line that is neither a finding, a findings label, a section heading nor `Verdict`. */
export function readTitleLine(lines: readonly string[]): { text: string; index: number } | undefined {
  const index = firstNonBlank(lines, 0);
  const text = (lines[index] ?? '').trim();
  if (text === '' || FINDING.test(text) || FINDINGS_LABEL.test(text) || SECTION.test(text) || text === 'Verdict') return undefined;
  return { text, index };
}

/** The key findings: consecutive `- ` lines (blank lines between them allowed) from `from`. */
export function readFindings(lines: readonly string[], from: number): { items: Finding[]; end: number } {
  const items: Finding[] = [];
  let i = firstNonBlank(lines, from);
  while (i < lines.length) {
    const match = FINDING.exec((lines[i] ?? '').trim());
    if (!match) break;
    items.push({ text: (match[1] ?? '').trim(), line: i + 1 });
    i = firstNonBlank(lines, i + 1);
  }
  return { items, end: i };
}

/** A section heading on a line (`Section N — Title`, en dash or hyphen accepted), if it is one. */
export function readSectionHeading(line: string): SectionHeading | undefined {
  const match = SECTION.exec(line.trim());
  if (!match) return undefined;
  return { number: Number(match[1]), dash: match[2] ?? '—', title: (match[3] ?? '').trim(), line: line.trim() };
}

/** A section heading as read: number, title, the dash used, and the whole line (trimmed). */
export interface SectionHeading {
  number: number;
  title: string;
  dash: string;
  line: string;
}

/**
 * Splits the body after the findings into parts at `Section N — Title` and `Verdict` lines,
 * checking their order: sections numbered 1, 2, 3 … without gaps, at most one verdict, after them.
 */
function readParts(lines: readonly string[], from: number, file: string, warnings: SourceWarning[]): ParsedPart[] {
  const parts: ParsedPart[] = [];
  let content: { text: string; line: number }[] = [];
  let verdictLine: number | undefined;
  const close = (): void => {
    const part = parts.at(-1);
    if (part) part.blocks = readBlocks(content, file);
    content = [];
  };
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const heading = readSectionHeading(raw);
    if (heading) {
      // Close the previous part first, so a fault inside it (an earlier line) is reported first.
      close();
      checkSectionHeading(heading, lineNo, parts, verdictLine, file, warnings);
      parts.push({ kind: 'section', number: heading.number, title: heading.title, line: lineNo, endLine: lineNo, blocks: [] });
      continue;
    }
    if (raw.trim() === 'Verdict') {
      close();
      if (verdictLine !== undefined) throw new SourceError(file, lineNo, `a second Verdict: the report's verdict is already on line ${verdictLine}`);
      if (parts.length === 0) throw new SourceError(file, lineNo, 'Verdict before any section: the verdict closes the report, after its sections');
      verdictLine = lineNo;
      parts.push({ kind: 'verdict', title: 'Verdict', line: lineNo, endLine: lineNo, blocks: [] });
      continue;
    }
    if (parts.length === 0 && raw.trim() !== '') {
      throw new SourceError(file, lineNo, 'expected a key finding ("- …") or "Section 1 — <title>" here; text before the first section must be findings');
    }
    content.push({ text: raw, line: lineNo });
  }
  close();
  // A part runs to the line before the next part (or before the closing lines).
  parts.forEach((part, index) => (part.endLine = Math.max(part.line, (parts[index + 1]?.line ?? lines.length + 1) - 1)));
  return parts;
}

/** Refuses a section out of order or after the verdict; warns about an en dash or hyphen. */
function checkSectionHeading(
  heading: SectionHeading,
  lineNo: number,
  parts: readonly ParsedPart[],
  verdictLine: number | undefined,
  file: string,
  warnings: SourceWarning[],
): void {
  if (verdictLine !== undefined) {
    throw new SourceError(file, lineNo, `Section ${heading.number} after the Verdict (line ${verdictLine}): the verdict comes after every section`);
  }
  const expected = parts.length + 1;
  if (heading.number !== expected) {
    throw new SourceError(file, lineNo, `Section ${heading.number} is out of order: expected Section ${expected}`);
  }
  if (heading.title === '') throw new SourceError(file, lineNo, `Section ${heading.number} has no title after the dash`);
  const canonical = `Section ${heading.number} — ${heading.title}`;
  if (heading.line !== canonical) {
    const slip = heading.dash === '—' ? 'spacing' : `"${heading.dash}" read as an em dash`;
    warnings.push({ line: lineNo, message: `Section ${heading.number}: ${slip}; the house style is "${canonical}"` });
  }
}

/**
 * Turns a part's lines into blocks: pipe tables, code snippets (runs of code lines; blank lines
 * inside a run belong to it) and paragraphs (one a line). Blank lines elsewhere carry no meaning.
 */
export function readBlocks(content: readonly { text: string; line: number }[], file: string): Block[] {
  const texts = content.map((c) => c.text);
  const kinds: (LineKind | null)[] = texts.map((t) => (t.trim() === '' || isTableLine(t) ? null : classifyLine(t)));
  const decided = resolveKinds(kinds, texts);
  const blocks: Block[] = [];
  let i = 0;
  while (i < content.length) {
    const { text, line } = content[i] ?? { text: '', line: 0 };
    if (text.trim() === '') {
      i++;
    } else if (isTableLine(text)) {
      let end = i;
      while (end < content.length && isTableLine(content[end]?.text ?? '')) end++;
      blocks.push(readTable(texts.slice(i, end), line, file));
      i = end;
    } else if (decided[i] === 'prose') {
      blocks.push({ kind: 'paragraph', text: text.trim(), line });
      i++;
    } else {
      const end = codeRunEnd(decided, texts, i);
      const lines = texts.slice(i, end).map((t) => t.trimEnd());
      blocks.push({ kind: 'code', line, source: lines, lines, ...detectLanguage(lines) });
      i = end;
    }
  }
  return blocks;
}

/** End (exclusive) of the code run starting at `start`: code lines and the blank lines between them. */
function codeRunEnd(decided: readonly ('prose' | 'code' | null)[], texts: readonly string[], start: number): number {
  let end = start + 1;
  let j = end;
  while (j < texts.length) {
    const text = texts[j] ?? '';
    if (text.trim() === '') {
      j++;
      continue;
    }
    if (decided[j] !== 'code') break;
    end = j + 1;
    j = end;
  }
  return end;
}

/** The report's title: its title line, else `opts.title`; refuses a report with neither. */
function chooseTitle(title: { text: string; index: number } | undefined, opts: ParseOptions, file: string, warnings: SourceWarning[]): string {
  if (title) {
    if (opts.title !== undefined && opts.title.trim() !== title.text) {
      warnings.push({ line: title.index + 1, message: `the title line "${title.text}" is the report's title; --title "${opts.title}" was ignored` });
    }
    return title.text;
  }
  const given = opts.title?.trim();
  if (!given) throw new SourceError(file, undefined, 'the report has no title line; give its title with --title "…"');
  return given;
}
