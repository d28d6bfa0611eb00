import type { SiteUrls } from './urls.ts';

/** One step of the trail from the library to the page being read. */
export interface Crumb {
  text: string;
  url: string;
}

/** Library › report › page: the trail a report's page shows; `page` is omitted on the report's home. */
export function breadcrumbs(
  urls: SiteUrls,
  libraryName: string,
  report: { slug: string; title: string },
  page?: { text: string; url: string },
): Crumb[] {
  const trail = [
    { text: libraryName, url: urls.library() },
    { text: report.title, url: urls.report(report.slug) },
  ];
  return page ? [...trail, page] : trail;
}
