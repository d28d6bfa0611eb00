import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonSchema, comparisonTableSchema, type ComparisonTable } from '../../src/lib/schemas/comparison.ts';

const reportTable: unknown = JSON.parse(readFileSync(new URL('../../src/content/comparisons/languages-2026.json', import.meta.url), 'utf8'));

/** The report's table with one edit applied to a deep copy. */
function edited(edit: (table: { rows: Record<string, unknown>[] } & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(reportTable) as { rows: Record<string, unknown>[] } & Record<string, unknown>;
  edit(copy);
  return copy;
}

/** What the build would print for each problem: the issue's path and its message. */
function messages(data: unknown): string[] {
  const result = comparisonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('comparison table schema', () => {
  it('accepts the report’s languages table', () => {
    expect(messages(reportTable)).toEqual([]);
  });

  it('keeps the report’s wording and the typed value behind it', () => {
    const table: ComparisonTable = comparisonTableSchema.parse(reportTable);
    expect(table.rows[1]).toMatchObject({ language: 'Go', memorySafety: 'GC-managed', memorySafetyCategory: 'garbage-collected' });
  });

  it('emphasises no row unless the data says so', () => {
    const table = comparisonTableSchema.parse(reportTable);
    expect(table.rows.map((row) => row.highlight)).toEqual([true, false, false, false]);
  });

  it('names the row, its language and the field of an empty cell', () => {
    expect(messages(edited((t) => (t.rows[1]!['performance'] = '  ')))).toEqual([
      'rows.1.performance: row 2 (Go): field "performance" must not be empty',
    ]);
  });

  it('names the row and the field of a missing criterion', () => {
    expect(messages(edited((t) => delete t.rows[3]!['ecosystemMaturity']))).toEqual([
      'rows.3.ecosystemMaturity: row 4 (Python): field "ecosystemMaturity" is missing: add it as text (the report’s wording)',
    ]);
  });

  it('rejects an unknown memory-safety category and lists the known ones', () => {
    expect(messages(edited((t) => (t.rows[2]!['memorySafetyCategory'] = 'automatic')))).toEqual([
      'rows.2.memorySafetyCategory: row 3 (C++): field "memorySafetyCategory" is "automatic", which is not a category: use one of "compile-time-guaranteed", "garbage-collected", "manual"',
    ]);
  });

  it('rejects a language that has two rows, naming both', () => {
    expect(messages(edited((t) => (t.rows[3]!['language'] = 'go')))).toEqual([
      'rows.3.language: row 4 (go): field "language" is "go", the same as row 2: each language gets one row',
    ]);
  });

  it('rejects a rank that is not a whole number from 1', () => {
    expect(messages(edited((t) => (t.rows[0]!['performanceRank'] = 0)))).toEqual([
      'rows.0.performanceRank: row 1 (Rust): field "performanceRank" must be a whole number, 1 or more (1 = fastest)',
    ]);
  });

  it('shows the value a wrong-typed field got', () => {
    expect(messages(edited((t) => (t.rows[0]!['ecosystemMaturityRank'] = 'high')))).toEqual([
      'rows.0.ecosystemMaturityRank: row 1 (Rust): field "ecosystemMaturityRank" must be a whole number, 1 or more (1 = most mature), not "high"',
    ]);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    expect(messages(edited((t) => (t.rows[0]!['higlight'] = true)))).toEqual([
      'rows.0: row 1 (Rust): field "higlight" is not part of a comparison row: check the spelling',
    ]);
  });

  it('counts a row without a language by its number alone', () => {
    expect(messages(edited((t) => delete t.rows[1]!['language']))).toEqual([
      'rows.1.language: row 2: field "language" is missing: add it as text (the report’s wording)',
    ]);
  });

  it('names a missing column heading without a row', () => {
    expect(messages(edited((t) => delete (t['columns'] as Record<string, unknown>)['performance']))).toEqual([
      'columns.performance: field "columns.performance" is missing: add it as text (the report’s wording)',
    ]);
  });

  it('rejects a table without rows', () => {
    expect(messages(edited((t) => (t.rows = [])))).toEqual(['rows: field "rows" must have at least one row']);
  });
});
