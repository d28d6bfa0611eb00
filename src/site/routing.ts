/**
 * Which pages the site has, in one place (as Starlight's routing module): the library's pages, each
 * report's home, parts and whole-report page, and the redirect pages of old addresses. The files in
 * src/pages only return these paths from their getStaticPaths, so a route is tested here, without a
 * build (tests/unit/site/routing.test.ts, with a mocked astro:content).
 */
import { writerFacingError } from '../report/errors.ts';
import { oldAddresses } from '../report/addresses.ts';
import { WHOLE_REPORT } from '../report/slugs.ts';
import { SITE_PAGES } from './urls.ts';
import { getLibrary, getTables } from './collections.ts';
import { tableBlock, type TableBlock } from './document.ts';
import { LIBRARY_PAGE_SIZE, paginate, type LibraryPage, type PartEntry, type ReportEntry } from './library.ts';

/** An old address (below the base, ending in "/") and the page it now leads to (below the base, "" for the library). */
export interface Redirect {
  from: string;
  to: string;
  /** The file that asks for it, for messages: the report's report.json (formerParts) or editorial.yaml (formerPaths). */
  file: string;
}

/** Every page of the site, as paths below the base ("rust-in-2026/verdict/"), with the file each comes from. */
export function pagePaths(library: readonly ReportEntry[]): Map<string, string> {
  const pages = new Map<string, string>([
    ['', 'src/pages/index.astro'],
    [SITE_PAGES.search, 'src/pages/search.astro'],
    [SITE_PAGES.notFound, 'src/pages/404.astro'],
  ]);
  for (const page of paginate(library, LIBRARY_PAGE_SIZE).slice(1)) pages.set(`page/${page.number}/`, 'src/pages/page/[page].astro');
  for (const report of library) {
    const file = report.entry.filePath ?? report.slug;
    pages.set(`${report.slug}/`, file);
    pages.set(`${report.slug}/${WHOLE_REPORT}/`, file);
    for (const part of report.parts) pages.set(`${report.slug}/${part.slug}/`, part.entry.filePath ?? file);
  }
  return pages;
}

/**
 * The redirect pages: each report's `formerPaths` (the editors', below the base) and `formerParts`
 * (recorded by the importer, below the report). Throws, naming both files, when an old address is a
 * page of the site or another redirect: one would silently replace the other.
 */
export function redirects(library: readonly ReportEntry[]): Redirect[] {
  const pages = pagePaths(library);
  const taken = new Map<string, Redirect>();
  const all: Redirect[] = [];
  for (const report of library) {
    const facts = report.entry.filePath ?? `${report.slug}/report.json`;
    const editorial = facts.replace(/report\.json$/, 'editorial.yaml');
    for (const { from, to, recorded } of oldAddresses(report.slug, report.entry.data)) {
      const redirect = { from, to, file: recorded ? facts : editorial };
      const page = pages.get(redirect.from);
      if (page !== undefined) throw writerFacingError(`${redirect.file}: the old address "${redirect.from}" is a page of the site (${page}): a redirect there would replace it. Remove it from ${redirect.file}.`);
      const other = taken.get(redirect.from);
      if (other) throw writerFacingError(`${redirect.file}: the old address "${redirect.from}" is redirected by ${other.file} too: keep it in one of them.`);
      taken.set(redirect.from, redirect);
      all.push(redirect);
    }
  }
  return all.sort((a, b) => a.from.localeCompare(b.from));
}

/** getStaticPaths of the library's pages after the first (src/pages/page/[page].astro). */
export async function libraryPagePaths(): Promise<{ params: { page: string }; props: { page: LibraryPage<ReportEntry> } }[]> {
  return paginate(await getLibrary(), LIBRARY_PAGE_SIZE)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** The library's first page (src/pages/index.astro, the base address). */
export async function firstLibraryPage(): Promise<LibraryPage<ReportEntry>> {
  return paginate(await getLibrary(), LIBRARY_PAGE_SIZE)[0]!;
}

/** getStaticPaths of the pages every report has one of (its home, its whole-report page). */
export async function reportPaths(): Promise<{ params: { report: string }; props: { report: ReportEntry } }[]> {
  return (await getLibrary()).map((report) => ({ params: { report: report.slug }, props: { report } }));
}

/** getStaticPaths of the parts' pages (src/pages/[report]/[part].astro). */
export async function partPaths(): Promise<{ params: { report: string; part: string }; props: { report: ReportEntry; part: PartEntry } }[]> {
  return (await getLibrary()).flatMap((report) => report.parts.map((part) => ({ params: { report: report.slug, part: part.slug }, props: { report, part } })));
}

/** getStaticPaths of the redirect pages (src/pages/[...moved].astro): the old address without its slashes. */
export async function redirectPaths(): Promise<{ params: { moved: string }; props: { redirect: Redirect } }[]> {
  return redirects(await getLibrary()).map((redirect) => ({ params: { moved: redirect.from.replace(/\/$/, '') }, props: { redirect } }));
}

/** A table's data files' props: the table, its report, and the part that holds it. */
export type TableDataProps = {
  report: ReportEntry;
  part: PartEntry;
  table: TableBlock;
};

/**
 * getStaticPaths of the tables' data files (`<report>/data/<part>-<n>.csv` and `.json`). A table is
 * in the part whose heading is the last one above it in the report's text (both files record their
 * line in source.txt), so no part's MDX is parsed for it.
 */
export async function tableDataPaths(): Promise<{ params: { report: string; table: string }; props: TableDataProps }[]> {
  const library = new Map((await getLibrary()).map((report) => [report.slug, report]));
  return (await getTables()).map((entry) => {
    const report = library.get(entry.data.report);
    const part = report?.parts.filter((p) => p.entry.data.line < entry.data.line).sort((a, b) => b.entry.data.line - a.entry.data.line)[0];
    if (!report || !part) throw writerFacingError(`${entry.filePath ?? entry.id}: the table is in no part of a report of the library (its line ${entry.data.line} is above every part's heading)`);
    const [, name = entry.id] = entry.id.split('/');
    return { params: { report: report.slug, table: name }, props: { report, part, table: tableBlock(entry.id, entry.data) } };
  });
}
