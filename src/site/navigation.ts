import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { neighbours } from './library.ts';
import type { SiteUrls } from './urls.ts';

/** What a report's page needs of a part to place it. */
interface NavPart {
  slug: string;
  navTitle: string;
}

/** What a report's page needs of the report. */
interface NavReport {
  slug: string;
  entry: { data: { title: string } };
  parts: readonly NavPart[];
}

/** A report page's place: its URL, breadcrumbs, previous and next. */
export interface ReportPageNav {
  current: string;
  crumbs: Crumb[];
  prev: Crumb | undefined;
  next: Crumb | undefined;
}

/**
 * Places a page of a report: the home (no part) comes first in the reading order, then each part,
 * so previous/next walk findings → Section 1 → … → Verdict.
 */
export function reportPageNav(urls: SiteUrls, libraryName: string, report: NavReport, part?: NavPart): ReportPageNav {
  const pages = [
    { key: '', crumb: { text: 'Key findings', url: urls.report(report.slug) } },
    ...report.parts.map((p) => ({ key: p.slug, crumb: { text: p.navTitle, url: urls.part(report.slug, p.slug) } })),
  ];
  const here = part?.slug ?? '';
  const { prev, next } = neighbours(pages, (page) => page.key === here);
  const page = pages.find((p) => p.key === here) ?? pages[0]!;
  return {
    current: page.crumb.url,
    crumbs: breadcrumbs(urls, libraryName, { slug: report.slug, title: report.entry.data.title }, part ? page.crumb : undefined),
    prev: prev?.crumb,
    next: next?.crumb,
  };
}
