import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../collections.ts';
import { feedItems, PDF_TYPE, type FeedReport } from '../feeds.ts';
import { escapeMarkup } from '../../lib/html-text.ts';
import { feedPdf } from '../downloads.ts';
import { site as library, urls } from '../site.ts';

/** The library as RSS 2.0: one item per report, its findings (a list) as the description. */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getLibrary()).map((report): FeedReport => ({ slug: report.slug, ...report.entry.data, dataAsOfIso: report.entry.data.dataAsOf?.iso }));
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: library.name,
    description: library.description,
    site: absolute(urls.library()),
    items: feedItems(reports, (slug) => absolute(urls.report(slug)), (slug) => feedPdf(slug, absolute)).map((item) => ({
      title: item.title,
      link: item.url,
      // HTML, as RSS readers read a description: the findings as a list.
      description: item.summaryHtml,
      ...(item.date ? { pubDate: item.date } : {}),
      ...(item.pdf ? { enclosure: { url: item.pdf.url, length: item.pdf.bytes, type: PDF_TYPE } } : {}),
      // RSS's own <author> wants an e-mail address; Dublin Core's creator takes a name.
      ...(item.author ? { customData: `<dc:creator>${escapeMarkup(item.author)}</dc:creator>` } : {}),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${library.lang}</language>`,
  });
};
