import { describe, expect, it } from 'vitest';
import { isSeparatorRow, isTableLine, readTable, splitRow, tableData, validateTableData } from '../../../../src/import/read/table.ts';
import { importErrorOf } from '../helpers.ts';

const TABLE = ['| Engine | Durable Layer | Best For |', '|---|:---:|---|', '| Classic Postgres | Local disk | Transactions |', '| Embedded |  | Ad hoc analysis |'];

describe('reading a pipe table', () => {
  it('recognises a table row by its leading and trailing pipe', () => {
    expect([isTableLine('| a | b |'), isTableLine('a | b'), isTableLine('|')]).toEqual([true, false, false]);
  });

  it('splits a row into trimmed cells, an escaped pipe kept inside its cell', () => {
    expect(splitRow('|  a  | b \\| c |  |')).toEqual(['a', 'b | c', '']);
  });

  it('recognises a separator row with or without alignment colons', () => {
    expect([isSeparatorRow('|---|---|'), isSeparatorRow('| :--- | ---: |'), isSeparatorRow('| a | b |')]).toEqual([true, true, false]);
  });

  it('reads header, rows and their line numbers', () => {
    expect(readTable(TABLE, 41, 'r.txt')).toEqual({
      kind: 'table',
      header: ['Engine', 'Durable Layer', 'Best For'],
      rows: [
        ['Classic Postgres', 'Local disk', 'Transactions'],
        ['Embedded', '', 'Ad hoc analysis'],
      ],
      line: 41,
      rowLines: [43, 44],
    });
  });

  it('refuses a table whose first row is the separator', () => {
    expect(importErrorOf(() => readTable(['|---|---|', '| a | b |'], 7, 'r.txt'))).toBe('r.txt:7: the table has no header row: its first row is the separator (|---|---|)');
  });
});

describe('turning a table into site data', () => {
  it('takes the columns from the header and keeps every cell of every row', () => {
    expect(tableData(readTable(TABLE, 41, 'r.txt'))).toEqual({
      columns: ['Engine', 'Durable Layer', 'Best For'],
      rows: [{ cells: ['Classic Postgres', 'Local disk', 'Transactions'] }, { cells: ['Embedded', '', 'Ad hoc analysis'] }],
    });
  });

  it('finds nothing wrong with a table read from a report', () => {
    expect(validateTableData(tableData(readTable(TABLE, 41, 'r.txt')), 41)).toEqual([]);
  });

  it('names the line of a row with the wrong number of cells', () => {
    expect(validateTableData({ columns: ['a', 'b'], rows: [{ cells: ['1', '2'] }, { cells: ['3'] }] }, 10)).toEqual([
      { line: 13, message: 'table row has 1 cell, but the header has 2' },
    ]);
  });

  it('allows an empty header over the row-header column only', () => {
    expect(validateTableData({ columns: ['', 'b', ''], rows: [] }, 5)).toEqual([{ line: 5, message: 'column 3 has an empty header' }]);
  });

  it('refuses a table without columns', () => {
    expect(validateTableData({ columns: [], rows: [] }, 5)).toEqual([{ line: 5, message: 'the table has no columns' }]);
  });
});
