/**
 * The site's one reader of Astro's content collections: every report with its parts, read once per
 * build. Pages get their paths and props from routing.ts, which reads the library from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleLibrary, type ReportEntry } from './library.ts';

// Read once per build, not once per page: at a thousand reports every page would otherwise
// re-read seven thousand entries (astro#16297). Not under `astro dev`, where an editor's change
// must show on the next request, and never a failure, which the next attempt may not repeat.
let library: Promise<ReportEntry[]> | undefined;

/** Every report, newest data first, each with its parts in reading order. */
export function getLibrary(): Promise<ReportEntry[]> {
  const load = () => Promise.all([getCollection('reports'), getCollection('parts')]).then(([reports, parts]) => assembleLibrary(reports, parts));
  if (import.meta.env.DEV) return load();
  library ??= load().catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library;
}

let tables: Promise<CollectionEntry<'tables'>[]> | undefined;

/** Every table of every report (the table files), read once per build like the library. */
export function getTables(): Promise<CollectionEntry<'tables'>[]> {
  if (import.meta.env.DEV) return getCollection('tables');
  tables ??= getCollection('tables').catch((error: unknown) => {
    tables = undefined;
    throw error;
  });
  return tables;
}
