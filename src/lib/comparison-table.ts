import { criteria, memorySafetyCategories, type ComparisonRow, type ComparisonTable, type Criterion } from './schemas/comparison.ts';
import { alphabeticalRanks } from './table-sort.ts';

/** A body cell: the report's wording, and the number the column sorts by when it sorts. */
export interface ComparisonCell {
  text: string;
  sortValue: number | undefined;
}

/** The table as <ComparisonTable /> renders it: headings, then rows of cells in column order. */
export interface ComparisonView {
  caption: string;
  /** One per column, the row-header column first; `sortable` gives the heading a sort button. */
  headers: { label: string; sortable: boolean }[];
  rows: { highlight: boolean; header: ComparisonCell; cells: ComparisonCell[] }[];
}

// The typed value behind each criterion's words. Free text (what a language replaces) has no
// order worth sorting by, so that column keeps the report's order.
const sortKeys: Record<Criterion, ((row: ComparisonRow) => number) | undefined> = {
  memorySafety: (row) => memorySafetyCategories.indexOf(row.memorySafetyCategory),
  performance: (row) => row.performanceRank,
  ecosystemMaturity: (row) => row.ecosystemMaturityRank,
  replacementTarget: undefined,
};

/** Lays a validated comparison out as table cells, each sortable cell with its sort number. */
export function comparisonView(table: ComparisonTable): ComparisonView {
  const languageRanks = alphabeticalRanks(table.rows.map((row) => row.language));
  return {
    caption: table.caption,
    headers: [
      { label: table.columns.language, sortable: true },
      ...criteria.map((criterion) => ({ label: table.columns[criterion], sortable: sortKeys[criterion] !== undefined })),
    ],
    rows: table.rows.map((row, index) => ({
      highlight: row.highlight,
      header: { text: row.language, sortValue: languageRanks[index] },
      cells: criteria.map((criterion) => ({ text: row[criterion], sortValue: sortKeys[criterion]?.(row) })),
    })),
  };
}
