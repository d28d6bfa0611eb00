import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../collections.ts';
import { feedPdf } from '../downloads.ts';
import { feedItems, rssFeed, type FeedReport } from '../feeds.ts';
import { site as library, urls } from '../site.ts';

/** The library as RSS 2.0 (src/site/feeds.ts), built only with SITE_URL: feed readers need absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getLibrary()).map((report): FeedReport => ({ slug: report.slug, ...report.entry.data, dataAsOfIso: report.entry.data.dataAsOf?.iso }));
  const absolute = (path: string) => new URL(path, site).href;
  const about = { title: library.name, description: library.description, homeUrl: absolute(urls.library()), lang: library.lang };
  return rss(rssFeed(about, feedItems(reports, (slug) => absolute(urls.report(slug)), (slug) => feedPdf(slug, absolute))));
};
