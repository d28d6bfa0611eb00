import type { CollectionEntry } from 'astro:content';
import { writerFacingError } from '../report/errors.ts';
import { partLabel } from '../report/labels.ts';
import { RESERVED_SLUGS } from '../report/slugs.ts';
import { readingOrder } from './reading-order.ts';

/** A part of a report with what navigation needs to link to it. */
export interface PartEntry {
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
export interface ReportEntry {
  entry: CollectionEntry<'reports'>;
  /** The report's slug: its folder under src/content/reports/ and its URL segment. */
  slug: string;
  parts: PartEntry[];
}

/** Groups parts under their reports and orders both: the library's order, then each report's own. */
export function assembleLibrary(
  reports: readonly CollectionEntry<'reports'>[],
  parts: readonly CollectionEntry<'parts'>[],
): ReportEntry[] {
  const byReport = new Map<string, CollectionEntry<'parts'>[]>();
  for (const part of parts) {
    const list = byReport.get(part.data.report) ?? [];
    list.push(part);
    byReport.set(part.data.report, list);
  }
  const known = new Set(reports.map((report) => report.id));
  for (const [report, list] of byReport) {
    if (!known.has(report)) {
      throw writerFacingError(`${list[0]?.filePath ?? report}: field "report" is "${report}", but there is no report.json for it`);
    }
  }
  const assembled = reports.map((entry) => {
    const entries = byReport.get(entry.id) ?? [];
    if (entries.length === 0) throw writerFacingError(`${entry.filePath ?? entry.id}: the report has no parts (parts/*.mdx)`);
    if (RESERVED_SLUGS.includes(entry.id)) {
      throw writerFacingError(`${entry.filePath ?? entry.id}: the report's folder "${entry.id}" is an address the site keeps for its own pages: rename the folder`);
    }
    const bySlug = new Map<string, CollectionEntry<'parts'>>();
    for (const part of entries) {
      if (RESERVED_SLUGS.includes(part.data.slug)) {
        throw writerFacingError(`${part.filePath ?? part.id}: field "slug" is "${part.data.slug}", which the site keeps for its own pages (or the findings' id): choose another`);
      }
      const other = bySlug.get(part.data.slug);
      if (other) {
        throw writerFacingError(`${part.filePath ?? part.id}: field "slug" is "${part.data.slug}", the same as in ${other.filePath ?? other.id}: two parts cannot share one address`);
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
