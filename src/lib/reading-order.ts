import type { SectionData } from './schemas/section.ts';

/** The part of a content entry the reading order needs (an Astro `CollectionEntry<'sections'>` fits). */
export interface OrderedEntry {
  id: string;
  filePath?: string | undefined;
  data: Pick<SectionData, 'order'>;
}

/**
 * Sorts the report's parts by their `order` field. Two parts with the same `order` would
 * make navigation ambiguous, so that fails the build naming both files and the field.
 */
export function readingOrder<T extends OrderedEntry>(entries: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const entry of entries) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      throw new Error(
        `${fileOf(entry)}: field "order" is ${entry.data.order}, the same as in ${fileOf(other)}. ` +
          'Each part of the report needs its own order number.',
      );
    }
    byOrder.set(entry.data.order, entry);
  }
  if (entries.length === 0) {
    throw new Error('The sections collection is empty: add at least one MDX file under src/content/sections/.');
  }
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The items before and after the one `isCurrent` picks, in reading order, for previous/next links. */
export function neighbours<T>(
  ordered: readonly T[],
  isCurrent: (item: T) => boolean,
): { prev: T | undefined; next: T | undefined } {
  const index = ordered.findIndex(isCurrent);
  if (index === -1) throw new Error('The current page is not in the reading order.');
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

function fileOf(entry: OrderedEntry): string {
  return entry.filePath ?? `entry "${entry.id}"`;
}
