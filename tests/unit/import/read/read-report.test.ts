import { describe, expect, it } from 'vitest';
import { readReport, type ReadReport } from '../../../../src/import/read/read-report.ts';
import { sameTokens } from '../../../../src/import/code/tokens.ts';
import type { Code } from '../../../../src/report/model.ts';
import { ML_INFRASTRUCTURE } from '../fixtures/rust-editorial.ts';
import { report, sample } from '../helpers.ts';

const codeOf = (r: ReadReport): Code[] => r.report.parts.flatMap((p) => p.blocks.filter((b): b is Code => b.kind === 'code'));
const notes = (r: ReadReport) => r.notes.map((n) => `line ${n.line}: ${n.message}`);

describe('reading a report', () => {
  it('returns the Rust report with its metadata from the text and both snippets laid out', () => {
    const r = readReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' });
    const { title, author, dataAsOf, findings, parts } = r.report;
    expect([title, author?.name, dataAsOf?.iso, findings.length, parts.length]).toEqual(['Rust in 2026', 'iBuidl Research Team', '2026-03', 4, 6]);
    expect(codeOf(r).map((c) => c.language)).toEqual(['rust', 'rust']);
    expect(codeOf(r)[0]?.lines).toEqual(ML_INFRASTRUCTURE.split('\n').filter((l) => l !== ''));
    expect(r.notes).toEqual([]);
  });

  it('keeps each snippet’s lines as the report has them in source, with the same tokens as the laid-out lines', () => {
    const r = readReport(sample('sample-databases-2026.txt'), 'sample-databases-2026.txt');
    for (const c of codeOf(r)) {
      expect(c.source.every((l) => !/^\s/.test(l))).toBe(true);
      expect(sameTokens(c.source, c.lines, c.language)).toBe(true);
    }
  });

  it('lays out the databases report’s C++ (clang-format) and keeps its SQL at column 0', () => {
    const r = readReport(sample('sample-databases-2026.txt'), 'sample-databases-2026.txt');
    const [sql, cpp] = codeOf(r);
    expect([sql?.language, cpp?.language]).toEqual(['sql', 'cpp']);
    expect(sql?.lines).toEqual(sql?.source);
    expect(cpp?.lines.slice(4, 7)).toEqual(['public:', '    explicit SegmentWriter(ObjectStore& store) : store_(store) {}', '    void append(const std::string& key, const std::string& value) {']);
  });

  it('notes each table cell a spreadsheet would run as a formula, and keeps it as written; a plain number is a number', () => {
    const r = readReport(report('T', '- F', 'Section 1 — One', 'Intro.', '| Name | Change |', '|---|---|', '| =SUM(A1) | -5 |', '| @handle | +3.2% |'), 'r.txt');
    expect(notes(r)).toEqual([
      `line 7: table cell "=SUM(A1)" starts as a spreadsheet formula does; its CSV download keeps it as written: check it is the report's text`,
      `line 8: table cell "@handle" starts as a spreadsheet formula does; its CSV download keeps it as written: check it is the report's text`,
    ]);
    const table = r.report.parts[0]?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([['=SUM(A1)', '-5'], ['@handle', '+3.2%']]);
  });

  it('notes a snippet whose language is unsure and fences it as plain text', () => {
    const r = readReport(report('T', '- F', 'Section 1 — One', 'Intro.', 'x = y', 'y = z'), 'r.txt');
    expect(codeOf(r)[0]).toMatchObject({ language: 'text', lines: ['x = y', 'y = z'] });
    expect(notes(r)).toEqual([expect.stringMatching(/^line 5: snippet language unsure \(.+\), fenced as plain text$/)]);
    expect(r.notes[0]?.unsureSnippet).toBe(true);
  });

  it('notes a formatter that was not used because it changed a token', () => {
    const r = readReport(report('T', '- F', 'Section 1 — One', 'package main', 'func main() {', 'x := 1;', 'fmt.Println(x)', '}'), 'r.txt');
    expect(notes(r)).toEqual(['line 4: go snippet: gofmt changed a token; indented by the importer instead']);
  });

  it('lists the parser’s warnings among the notes, in line order', () => {
    const r = readReport(report('T', '- F', 'Section 1 – One', 'A.', 'Section 2 - Two', 'x = y'), 'r.txt');
    expect(r.notes.map((n) => n.line)).toEqual([3, 5, 6]);
  });

  it('reads the same report the same way twice', () => {
    const once = readReport(sample('sample-databases-2026.txt'), 'a.txt');
    expect(readReport(sample('sample-databases-2026.txt'), 'a.txt')).toEqual(once);
  });
});
