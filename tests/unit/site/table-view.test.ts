import { describe, expect, it } from 'vitest';
import { isNumericColumn, leadingNumber, sortValues, tableView } from '../../../src/site/table-view.ts';
import { tableSchema } from '../../../src/report/schemas/table.ts';

const table = (extra: Record<string, unknown> = {}) => ({
  report: 'r',
  line: 3,
  caption: 'Engines',
  columns: [{ label: 'Engine' }, { label: 'Latency', sort: 'number' }, { label: 'Notes', sort: 'none' }],
  rows: [{ cells: ['B', '10–50 ms', 'x'] }, { cells: ['A', '1 ms', ''], highlight: true }],
  ...extra,
});

describe('tableSchema', () => {
  it('accepts any width of table and keeps empty cells', () => {
    const data = tableSchema.parse(table());
    expect(data.rows[1]?.cells).toEqual(['A', '1 ms', '']);
    expect(data.columns[0]?.sort).toBe('text');
  });

  it('refuses a row with the wrong number of cells, naming the row', () => {
    const result = tableSchema.safeParse(table({ rows: [{ cells: ['A', 'b'] }] }));
    expect(result.error?.issues[0]?.message).toBe('row 1 has 2 cells but the table has 3 columns');
  });

  it('refuses a sort order that leaves out a cell', () => {
    const columns = [{ label: 'Engine', sort: { order: ['A'] } }, { label: 'Latency' }, { label: 'Notes' }];
    const result = tableSchema.safeParse(table({ columns }));
    expect(result.error?.issues[0]?.message).toBe('row 1: "B" is not in the sort order of column "Engine"');
  });

  it('refuses a field it does not know', () => {
    expect(tableSchema.safeParse(table({ captoin: 'x' })).error?.issues[0]?.message).toMatch(/captoin is not a field of a table/);
  });
});

describe('sortValues', () => {
  it('ranks text alphabetically, numbers by their first number, orders by the editors’ list with ties', () => {
    expect(sortValues('text', ['b', 'A', 'c'])).toEqual([1, 0, 2]);
    expect(sortValues('number', ['2–5x', '10', 'n/a'])).toEqual([2, 10, Number.POSITIVE_INFINITY]);
    expect(sortValues({ order: [['x', 'y'], 'z'] }, ['z', 'y', 'x'])).toEqual([1, 0, 0]);
    expect(sortValues('none', ['a'])).toEqual([undefined]);
  });

  it('reads thousands separators and decimals', () => {
    expect(leadingNumber('1,024.5 ms')).toBe(1024.5);
  });
});

describe('tableView', () => {
  it('lays out header cells, body cells and which headings sort', () => {
    const view = tableView(tableSchema.parse(table()));
    expect(view.headers).toEqual([
      { label: 'Engine', sortable: true, numeric: false },
      { label: 'Latency', sortable: true, numeric: false },
      { label: 'Notes', sortable: false, numeric: false },
    ]);
    expect(view.rows[1]).toEqual({
      highlight: true,
      header: { text: 'A', sortValue: 0 },
      cells: [
        { text: '1 ms', sortValue: 1 },
        { text: '', sortValue: undefined },
      ],
    });
  });
});

describe('isNumericColumn', () => {
  it('is true when every filled cell is a number, with its unit, sign or thousands separator', () => {
    expect(isNumericColumn(['42', '1,024', '3.5', '-7', '~6', '30%', '4x', '120 ms', '$5', ''])).toBe(true);
  });

  it('is false when one cell is words, a range or a phrase, or when no cell is filled', () => {
    expect(isNumericColumn(['42', 'n/a'])).toBe(false);
    expect(isNumericColumn(['10–50 ms'])).toBe(false);
    expect(isNumericColumn(['2–5x slower than Rust'])).toBe(false);
    expect(isNumericColumn(['', ' '])).toBe(false);
  });

  it('marks the table’s numeric columns for the page', () => {
    const numbers = table({ rows: [{ cells: ['B', '1,024 ms', '3'] }, { cells: ['A', '12 ms', ''] }] });
    expect(tableView(tableSchema.parse(numbers)).headers.map((header) => header.numeric)).toEqual([false, true, true]);
  });
});
