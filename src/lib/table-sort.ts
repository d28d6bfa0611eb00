/** The two orders a sortable column can be in; the values `aria-sort` takes. */
export type SortDirection = 'ascending' | 'descending';

/**
 * The direction a column sorts in when its header button is pressed: ascending first (rank 1,
 * the safest, A), then it flips on each press.
 */
export function nextDirection(current: string | null | undefined): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/**
 * Sorts rows by a numeric key without touching the input. Rows with equal keys stay in their
 * original `position` (the report's order) in both directions, so a reader who flips a column
 * sees ties stay put instead of swapping.
 */
export function sortRows<T>(
  rows: readonly T[],
  key: (row: T) => number,
  position: (row: T) => number,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (key(a) - key(b)) || position(a) - position(b));
}

/** Each text's place in alphabetical order (0 first), so text columns sort by number like the others. */
export function alphabeticalRanks(texts: readonly string[]): number[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sorted = [...texts].sort(collator.compare);
  return texts.map((text) => sorted.findIndex((other) => collator.compare(other, text) === 0));
}
