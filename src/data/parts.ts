import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder } from '../lib/reading-order.ts';
import { partPath } from '../lib/paths.ts';

/** A part of the report with what navigation needs to link to it. */
export interface Part {
  entry: CollectionEntry<'sections'>;
  /** Site path below `base`: "" for the home page, "verdict/" for the others. */
  path: string;
  /** The report's own label, "Section 2", when it numbers the part. */
  label: string | undefined;
  /** Short title for the contents list and previous/next links. */
  navTitle: string;
}

/**
 * The report's parts in reading order. The only module besides routes that reads the
 * collection, so ordering rules (and their build errors) live in one place.
 */
export async function getParts(): Promise<Part[]> {
  const ordered = readingOrder(await getCollection('sections'));
  return ordered.map((entry, index) => ({
    entry,
    path: partPath(entry.id, index === 0),
    label: entry.data.section === undefined ? undefined : `Section ${entry.data.section}`,
    navTitle: entry.data.navTitle ?? entry.data.title,
  }));
}
