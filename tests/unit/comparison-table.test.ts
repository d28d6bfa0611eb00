import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonView } from '../../src/lib/comparison-table.ts';
import { comparisonTableSchema } from '../../src/lib/schemas/comparison.ts';

const table = comparisonTableSchema.parse(JSON.parse(readFileSync(new URL('../../src/content/comparisons/languages-2026.json', import.meta.url), 'utf8')));
const view = comparisonView(table);
const column = (index: number) => view.rows.map((row) => row.cells[index]?.sortValue);

describe('laying a comparison out as a table', () => {
  it('puts the language column first, then the criteria in the report’s order', () => {
    expect(view.headers.map((h) => h.label)).toEqual(['Language', 'Memory Safety', 'Performance', 'Ecosystem Maturity', 'Best Replacement Target']);
  });

  it('makes every column sortable but the free-text replacement target', () => {
    expect(view.headers.map((h) => h.sortable)).toEqual([true, true, true, true, false]);
  });

  it('sorts memory safety by category, compile-time guaranteed first', () => {
    expect(column(0)).toEqual([0, 1, 2, 1]);
  });

  it('sorts performance and ecosystem maturity by their ranks', () => {
    expect(column(1)).toEqual([2, 3, 1, 4]);
    expect(column(2)).toEqual([3, 2, 1, 1]);
  });

  it('sorts languages alphabetically', () => {
    expect(view.rows.map((row) => row.header.sortValue)).toEqual([3, 1, 0, 2]);
  });

  it('shows the report’s words in each cell and marks the highlighted row', () => {
    expect(view.rows[0]).toMatchObject({ highlight: true, header: { text: 'Rust' } });
    expect(view.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      'Guaranteed at compile time',
      'C-equivalent',
      'Maturing rapidly',
      'C++ networking/OS, Python hot paths',
    ]);
  });
});
