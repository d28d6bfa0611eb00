import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/site/document.ts';
import { tableCsv, tableJson, tableJsonText, type DataSources } from '../../../src/site/table-data.ts';
import { hostileText, PROPERTY_TIMEOUT, RUNS, SEED } from './citation/hostile.ts';

/** RFC 4180 as csv-parse reads it: byte order mark skipped, nothing trimmed or cast, CRLF records only. */
const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' });
/** As lenient readers do, a lone CR or LF ending a record too: only quoting protects a cell's line breaks from them. */
const readCsvAnyLineEnd = (text: string): string[][] => parse(text, { bom: true });

const table: TableBlock = {
  kind: 'table',
  id: 'rust-in-2026/languages-compared-1',
  caption: 'Rust, Go, C++ and Python compared',
  captionByEditors: true,
  columns: ['Language', 'Memory Safety', 'Performance'].map((label) => ({ label, numeric: false })),
  rows: [
    { cells: ['Rust', 'Guaranteed at compile time', 'C-equivalent'], highlight: true },
    { cells: ['Go', 'GC-managed', '2–5x slower than Rust'], highlight: false },
    { cells: ['C++', 'Manual, error-prone', 'Fastest (unsafe)'], highlight: false },
  ],
};

const sources: DataSources = {
  report: { title: 'Rust in 2026', url: 'https://reports.example.org/rust-in-2026/' },
  part: { title: 'Section 3 — Rust vs C++ vs Go vs Python', url: 'https://reports.example.org/rust-in-2026/languages-compared/' },
  dataAsOf: { text: 'March 2026', iso: '2026-03' },
  license: undefined,
};

describe('tableCsv', () => {
  it('writes RFC 4180: the labels, then each row, CRLF after every record, a field quoted only when it must be, a BOM first', () => {
    expect(tableCsv(table)).toBe(
      '\ufeffLanguage,Memory Safety,Performance\r\nRust,Guaranteed at compile time,C-equivalent\r\nGo,GC-managed,2–5x slower than Rust\r\nC++,"Manual, error-prone",Fastest (unsafe)\r\n',
    );
  });

  it('keeps a cell that looks like a spreadsheet formula exactly as the report words it', () => {
    const formulas = { ...table, columns: [{ label: 'A', numeric: false }], rows: [{ cells: ['=SUM(A1)'], highlight: false }, { cells: ['-5'], highlight: false }, { cells: [''], highlight: false }] };
    expect(readCsv(tableCsv(formulas))).toEqual([['A'], ['=SUM(A1)'], ['-5'], ['']]);
  });

  it(`reads back cell for cell, strictly and leniently, for ${RUNS} hostile tables (csv-parse, seed ${SEED})`, { timeout: PROPERTY_TIMEOUT }, () => {
    const cells = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(hostileText, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 5 }));
    fc.assert(
      fc.property(cells, ([header = [], ...rows]) => {
        const hostile: TableBlock = { ...table, columns: header.map((label) => ({ label, numeric: false })), rows: rows.map((row) => ({ cells: row, highlight: false })) };
        expect(readCsv(tableCsv(hostile))).toEqual([header, ...rows]);
        expect(readCsvAnyLineEnd(tableCsv(hostile))).toEqual([header, ...rows]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('tableJson', () => {
  it('holds the cells with the caption (marked as ours), the columns, the report, the part, the date and the licence', () => {
    const data = tableJson(table, { ...sources, license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } });
    expect(data).toEqual({
      id: 'rust-in-2026/languages-compared-1',
      caption: { text: 'Rust, Go, C++ and Python compared', by: 'editors' },
      columns: table.columns,
      rows: table.rows.map((row) => row.cells),
      report: sources.report,
      part: sources.part,
      dataAsOf: { text: 'March 2026', iso: '2026-03' },
      license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
    expect(JSON.parse(tableJsonText(data))).toEqual(data);
  });

  it('says when the caption is the site’s, and leaves out a date and a licence the report does not have', () => {
    const data = tableJson({ ...table, captionByEditors: false }, { ...sources, dataAsOf: undefined });
    expect(data.caption.by).toBe('site');
    expect(data).not.toHaveProperty('dataAsOf');
    expect(data).not.toHaveProperty('license');
  });

  it('writes one row a line', () => {
    expect(tableJsonText(tableJson(table, sources))).toContain('\n  "rows": [\n    ["Rust","Guaranteed at compile time","C-equivalent"],\n');
  });
});
