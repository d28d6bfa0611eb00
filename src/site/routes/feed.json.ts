import type { APIRoute } from 'astro';
import { getLibrary } from '../collections.ts';
import { feedItems, jsonFeed, type FeedReport } from '../feeds.ts';
import { feedPdf } from '../downloads.ts';
import { site as library, urls } from '../site.ts';

/** The library as a JSON Feed 1.1, served as application/feed+json. */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getLibrary()).map((report): FeedReport => ({ slug: report.slug, ...report.entry.data, dataAsOfIso: report.entry.data.dataAsOf?.iso }));
  const absolute = (path: string) => new URL(path, site).href;
  const feed = jsonFeed(
    { title: library.name, description: library.description, homeUrl: absolute(urls.library()), feedUrl: absolute(urls.file('feed.json')), lang: library.lang },
    feedItems(reports, (slug) => absolute(urls.report(slug)), (slug) => feedPdf(slug, absolute)),
  );
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
