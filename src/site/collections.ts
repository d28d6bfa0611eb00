import { getCollection, type CollectionEntry } from 'astro:content';
import { libraryOrder, partLabel } from './library.ts';
import { readingOrder } from './reading-order.ts';
import { RESERVED_SLUGS } from './urls.ts';

/** A part of a report with what navigation needs to link to it. */
export interface Part {
  entry: CollectionEntry<'parts'>;
  /** The report's slug. */
  report: string;
  /** The part's URL segment under its report. */
  slug: string;
  /** The report's own label, "Section 2", when it numbers the part. */
  label: string | undefined;
  /** Short title for the contents list and previous/next links. */
  navTitle: string;
}

/** A report of the library with its parts in reading order. */
export interface Report {
  entry: CollectionEntry<'reports'>;
  /** The report's slug: its folder under src/content/reports/ and its URL segment. */
  slug: string;
  parts: Part[];
}

/** Groups parts under their reports and orders both: the library's order, then each report's own. */
export function assembleLibrary(
  reports: readonly CollectionEntry<'reports'>[],
  parts: readonly CollectionEntry<'parts'>[],
): Report[] {
  const byReport = new Map<string, CollectionEntry<'parts'>[]>();
  for (const part of parts) {
    const list = byReport.get(part.data.report) ?? [];
    list.push(part);
    byReport.set(part.data.report, list);
  }
  const known = new Set(reports.map((report) => report.id));
  for (const [report, list] of byReport) {
    if (!known.has(report)) {
      throw new Error(`${list[0]?.filePath ?? report}: field "report" is "${report}", but there is no report.json for it`);
    }
  }
  const assembled = reports.map((entry) => {
    const entries = byReport.get(entry.id) ?? [];
    if (entries.length === 0) throw new Error(`${entry.filePath ?? entry.id}: the report has no parts (parts/*.mdx)`);
    if (RESERVED_SLUGS.includes(entry.id)) {
      throw new Error(`${entry.filePath ?? entry.id}: the report's folder "${entry.id}" is an address the site keeps for its own pages: rename the folder`);
    }
    const bySlug = new Map<string, CollectionEntry<'parts'>>();
    for (const part of entries) {
      if (RESERVED_SLUGS.includes(part.data.slug)) {
        throw new Error(`${part.filePath ?? part.id}: field "slug" is "${part.data.slug}", which the site keeps for its own pages (or the findings' id): choose another`);
      }
      const other = bySlug.get(part.data.slug);
      if (other) {
        throw new Error(`${part.filePath ?? part.id}: field "slug" is "${part.data.slug}", the same as in ${other.filePath ?? other.id}: two parts cannot share one address`);
      }
      bySlug.set(part.data.slug, part);
    }
    return {
      entry,
      slug: entry.id,
      parts: readingOrder(entries).map((part) => ({
        entry: part,
        report: entry.id,
        slug: part.data.slug,
        label: partLabel(part.data.number),
        navTitle: part.data.navTitle ?? part.data.title,
      })),
    };
  });
  return libraryOrder(assembled, (report) => ({ title: report.entry.data.title, dataAsOfIso: report.entry.data.dataAsOf?.iso }));
}

// Read once per build, not once per page: at a thousand reports every page would otherwise
// re-read seven thousand entries (astro#16297). Not under `astro dev`, where an editor's change
// must show on the next request, and never a failure, which the next attempt may not repeat.
let library: Promise<Report[]> | undefined;

/** Every report, newest data first, each with its parts in reading order. */
export function getLibrary(): Promise<Report[]> {
  const load = () => Promise.all([getCollection('reports'), getCollection('parts')]).then(([reports, parts]) => assembleLibrary(reports, parts));
  if (import.meta.env.DEV) return load();
  library ??= load().catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library;
}

/** `getStaticPaths` of the pages every report has one of (its home, its whole-report page). */
export async function reportPaths(): Promise<{ params: { report: string }; props: { report: Report } }[]> {
  return (await getLibrary()).map((report) => ({ params: { report: report.slug }, props: { report } }));
}
