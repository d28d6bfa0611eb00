import { describe, expect, it } from 'vitest';
import { isSeparatorRow, isTableLine, readTable, splitRow } from '../../../../src/import/read/table.ts';
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
    });
  });

  it('refuses a table whose first row is the separator', () => {
    expect(importErrorOf(() => readTable(['|---|---|', '| a | b |'], 7, 'r.txt'))).toBe('r.txt:7: the table has no header row: its first row is the separator (|---|---|)');
  });
});
