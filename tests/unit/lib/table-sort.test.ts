import { describe, expect, it } from 'vitest';
import { alphabeticalRanks, nextDirection, sortRows } from '../../../src/lib/table-sort.ts';

interface Row {
  name: string;
  rank: number;
  at: number;
}

// The report's order, with Go and Python tied (both garbage collected).
const rows: Row[] = [
  { name: 'Rust', rank: 0, at: 0 },
  { name: 'Go', rank: 1, at: 1 },
  { name: 'C++', rank: 2, at: 2 },
  { name: 'Python', rank: 1, at: 3 },
];
const sorted = (direction: 'ascending' | 'descending', input: readonly Row[] = rows) =>
  sortRows(input, (row) => row.rank, (row) => row.at, direction).map((row) => row.name);

describe('sorting table rows', () => {
  it('sorts rows by their key, lowest first, when ascending', () => {
    expect(sorted('ascending')).toEqual(['Rust', 'Go', 'Python', 'C++']);
  });

  it('sorts rows by their key, highest first, when descending', () => {
    expect(sorted('descending')).toEqual(['C++', 'Go', 'Python', 'Rust']);
  });

  it('keeps tied rows in the report’s order whatever order they arrive in', () => {
    expect(sorted('ascending', [...rows].reverse())).toEqual(['Rust', 'Go', 'Python', 'C++']);
    expect(sorted('descending', [...rows].reverse())).toEqual(['C++', 'Go', 'Python', 'Rust']);
  });

  it('leaves the rows it is given untouched', () => {
    const input = [...rows];
    sorted('descending', input);
    expect(input).toEqual(rows);
  });

  it('sorts ascending first, then flips on each press', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });

  it('ranks texts alphabetically, ignoring case, with equal texts sharing a rank', () => {
    expect(alphabeticalRanks(['Rust', 'Go', 'C++', 'python', 'go'])).toEqual([4, 1, 0, 3, 1]);
  });
});
