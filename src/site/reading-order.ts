import { writerFacingError } from '../report/errors.ts';
import type { PartData } from '../report/schemas/part.ts';

/** The part of a content entry the reading order needs (an Astro `CollectionEntry<'parts'>` fits). */
export interface OrderedEntry {
  id: string;
  filePath?: string | undefined;
  data: Pick<PartData, 'order'>;
}

/**
 * Sorts a report's parts by their `order` field. Two parts with the same `order` would
 * make navigation ambiguous, so that fails the build naming both files and the field.
 */
export function readingOrder<T extends OrderedEntry>(entries: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const entry of entries) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      throw writerFacingError(
        `${fileOf(entry)}: field "order" is ${entry.data.order}, the same as in ${fileOf(other)}. ` +
          'Each part of a report needs its own order number.',
      );
    }
    byOrder.set(entry.data.order, entry);
  }
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

function fileOf(entry: OrderedEntry): string {
  return entry.filePath ?? `entry "${entry.id}"`;
}
