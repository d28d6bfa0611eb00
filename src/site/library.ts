/** What the library needs to know of a report to order it. */
export interface Dated {
  title: string;
  /** ISO month of the data-as-of date ("2026-03"); undated reports go last. */
  dataAsOfIso?: string | undefined;
}

/** Newest data first, then title (A–Z); reports without a date after every dated one. */
export function libraryOrder<T>(items: readonly T[], facts: (item: T) => Dated): T[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => {
    const x = facts(a);
    const y = facts(b);
    const byDate = (y.dataAsOfIso ?? '').localeCompare(x.dataAsOfIso ?? '');
    return byDate || collator.compare(x.title, y.title);
  });
}

/** One page of the library's list. */
export interface LibraryPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are (at least 1, even for an empty library). */
  count: number;
  items: T[];
}

/** Splits the ordered reports into pages of `size`, so the first visit's bytes do not grow with the library. */
export function paginate<T>(items: readonly T[], size: number): LibraryPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number ≥ 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** Reports on one library page: small enough that page 1 stays under the first-visit budget. */
export const LIBRARY_PAGE_SIZE = 20;

/** The report's own label for a part: "Section 2"; the verdict has none (its title says it). */
export function partLabel(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `Section ${number}`;
}

/** The items before and after the one `isCurrent` picks, for previous/next links. */
export function neighbours<T>(
  ordered: readonly T[],
  isCurrent: (item: T) => boolean,
): { prev: T | undefined; next: T | undefined } {
  const index = ordered.findIndex(isCurrent);
  if (index === -1) throw new Error('The current page is not in the reading order.');
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** A report's one-sentence description: the editors' when they wrote one, else one made from its facts. */
export function reportDescription(data: { title: string; author?: string | undefined; dataAsOf?: { text: string } | undefined; description?: string | undefined }): string {
  if (data.description) return data.description;
  const by = data.author ? ` by ${data.author}` : '';
  const asOf = data.dataAsOf ? `, data as of ${data.dataAsOf.text}` : '';
  return `“${data.title}”${by}${asOf}: its key findings and every section.`;
}

/** A part's one-sentence description: the editors', else "Section 2 of “Rust in 2026”." (ours, plain). */
export function partDescription(part: { title: string; label: string | undefined; description?: string | undefined }, reportTitle: string): string {
  return part.description ?? `${part.label ?? part.title} of “${reportTitle}”.`;
}
