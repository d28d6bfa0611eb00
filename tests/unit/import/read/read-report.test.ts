import { describe, expect, it } from 'vitest';
import { importReport, sameTokens, type ImportedCode, type ImportedReport } from '../../../../src/import/read/read-report.ts';
import { ML_INFRASTRUCTURE } from '../fixtures/rust-editorial.ts';
import { report, sample } from '../helpers.ts';

const codeOf = (r: ImportedReport): ImportedCode[] => r.parts.flatMap((p) => p.blocks.filter((b): b is ImportedCode => b.kind === 'code'));

describe('importing a report', () => {
  it('returns the Rust report with its metadata from the text and both snippets laid out', () => {
    const r = importReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' });
    expect([r.title, r.author?.name, r.dataAsOf?.iso, r.findings.length, r.parts.length]).toEqual(['Rust in 2026', 'iBuidl Research Team', '2026-03', 4, 6]);
    expect(codeOf(r).map((c) => [c.language, c.formatter])).toEqual([
      ['rust', 'reindent'],
      ['rust', 'reindent'],
    ]);
    expect(codeOf(r)[0]?.lines).toEqual(ML_INFRASTRUCTURE.split('\n').filter((l) => l !== ''));
    expect(r.notes).toEqual([]);
  });

  it('keeps each snippet’s lines as the report has them in source, with the same tokens as the laid-out lines', () => {
    const r = importReport(sample('sample-databases-2026.txt'), 'sample-databases-2026.txt');
    for (const c of codeOf(r)) {
      expect(c.source.every((l) => !/^\s/.test(l))).toBe(true);
      expect(sameTokens(c.source, c.lines, c.language)).toBe(true);
    }
  });

  it('lays out the databases report’s C++ with clang-format and keeps its SQL at column 0', () => {
    const r = importReport(sample('sample-databases-2026.txt'), 'sample-databases-2026.txt');
    const [sql, cpp] = codeOf(r);
    expect([sql?.language, sql?.formatter, cpp?.language, cpp?.formatter]).toEqual(['sql', 'reindent', 'cpp', 'clang-format']);
    expect(sql?.lines).toEqual(sql?.source);
    expect(cpp?.lines.slice(4, 7)).toEqual(['public:', '    explicit SegmentWriter(ObjectStore& store) : store_(store) {}', '    void append(const std::string& key, const std::string& value) {']);
  });

  it('notes a snippet whose language is unsure and fences it as plain text', () => {
    const r = importReport(report('T', '- F', 'Section 1 — One', 'Intro.', 'x = y', 'y = z'), 'r.txt');
    expect(codeOf(r)[0]).toMatchObject({ language: 'text', sure: false, formatter: 'kept', lines: ['x = y', 'y = z'] });
    expect(r.notes).toEqual([expect.stringMatching(/^line 5: snippet language unsure \(.+\), fenced as plain text$/)]);
  });

  it('notes a formatter that was not used because it changed a token', () => {
    const r = importReport(report('T', '- F', 'Section 1 — One', 'package main', 'func main() {', 'x := 1;', 'fmt.Println(x)', '}'), 'r.txt');
    expect(r.notes).toEqual(['line 4: go snippet: gofmt changed a token; indented by the importer instead']);
  });

  it('lists the parser’s warnings among the notes, in line order', () => {
    const r = importReport(report('T', '- F', 'Section 1 – One', 'A.', 'Section 2 - Two', 'x = y'), 'r.txt');
    expect(r.notes.map((n) => n.slice(0, 8))).toEqual(['line 3: ', 'line 5: ', 'line 6: ']);
  });

  it('reads the same report the same way twice', () => {
    const once = importReport(sample('sample-databases-2026.txt'), 'a.txt');
    expect(importReport(sample('sample-databases-2026.txt'), 'a.txt')).toEqual(once);
  });
});
