/**
 * Which pages the site has, in one place (as Starlight's routing module): the library's pages, each
 * report's home, parts and whole-report page, and the redirect pages of old addresses. The files in
 * src/pages only return these paths from their getStaticPaths, so a route is tested here, without a
 * build (tests/unit/site/routing.test.ts, with a mocked astro:content).
 */
import { writerFacingError } from '../report/errors.ts';
import { libraryRedirects, type Redirect, type ReportAddresses } from '../report/addresses.ts';
import { getLibrary, getTables } from './collections.ts';
import { tableBlock, type TableBlock } from './document.ts';
import { LIBRARY_PAGE_SIZE, paginate, type LibraryPage, type PartEntry, type ReportEntry } from './library.ts';

export type { Redirect };

/** The library's addresses, as the check of old addresses reads them (src/report/addresses.ts). */
export function libraryAddresses(library: readonly ReportEntry[]): ReportAddresses[] {
  return library.map((report) => {
    const facts = report.entry.filePath ?? `${report.slug}/report.json`;
    const { formerPaths, formerParts } = report.entry.data;
    return { slug: report.slug, facts, formerPaths, formerParts, parts: report.parts.map((part) => ({ slug: part.slug, file: part.entry.filePath ?? facts })) };
  });
}

/**
 * The redirect pages: each report's `formerPaths` (the editors', below the base) and `formerParts`
 * (recorded by the importer, below the report). Throws, naming both files, when an old address is
 * taken (a page, a file the site writes, a name it keeps, another redirect) or leads nowhere. The
 * importer refuses these at their line; this is for a hand edit that skipped it.
 */
export function redirects(library: readonly ReportEntry[]): Redirect[] {
  const { redirects: all, problems } = libraryRedirects(libraryAddresses(library));
  const [problem] = problems;
  if (problem) throw writerFacingError(`${problem.redirect.file}: ${problem.message}`);
  return all;
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
