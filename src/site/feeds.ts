import type { RSSOptions } from '@astrojs/rss';
import { escapeMarkup } from '../lib/html-text.ts';
import { findLicense } from '../report/licenses.ts';

/** What a feed needs of a report. */
export interface FeedReport {
  slug: string;
  title: string;
  author?: string | undefined;
  /** ISO month of the data-as-of date. */
  dataAsOfIso?: string | undefined;
  findings: readonly { text: string }[];
  /** The report's licence, an SPDX id (editorial). */
  license?: string | undefined;
}

/** One report as a feed item, with absolute URLs. */
export interface FeedItem {
  /** The report's URL: stable, so it doubles as the item's id. */
  url: string;
  title: string;
  /** The first day of the data-as-of month (feeds need a full date). */
  date: Date | undefined;
  author: string | undefined;
  /** The key findings, word for word, one a line. */
  summary: string;
  /** The same findings as an HTML list, so that feed readers show them apart, not as one paragraph. */
  summaryHtml: string;
  /** The report's licence: its SPDX id, short name and terms' URL. */
  license?: { id: string; short: string; url: string } | undefined;
  /** The report's PDF, an enclosure of the item (RSS `<enclosure>`, JSON Feed `attachments`), when it has one. */
  pdf: FeedFile | undefined;
}

/** A file a feed item carries: its absolute URL and length in bytes. */
export interface FeedFile {
  url: string;
  bytes: number;
}

/** The PDF's MIME type, as enclosures and attachments name it. */
export const PDF_TYPE = 'application/pdf';

/** Turns reports into feed items; `reportUrl` gives a report's absolute URL, `pdf` its PDF (absolute) when it has one. */
export function feedItems(reports: readonly FeedReport[], reportUrl: (slug: string) => string, pdf: (slug: string) => FeedFile | undefined = () => undefined): FeedItem[] {
  return reports.map((report) => ({
    url: reportUrl(report.slug),
    title: report.title,
    date: report.dataAsOfIso ? new Date(`${report.dataAsOfIso}-01T00:00:00Z`) : undefined,
    author: report.author,
    summary: report.findings.map((finding) => finding.text).join('\n'),
    summaryHtml: `<ul>${report.findings.map((finding) => `<li>${escapeMarkup(finding.text)}</li>`).join('')}</ul>`,
    license: licenseOf(report.license),
    pdf: pdf(report.slug),
  }));
}

/** A licence as the feeds give it, or undefined when the report states none. */
function licenseOf(id: string | undefined): FeedItem['license'] {
  const license = id ? findLicense(id) : undefined;
  return license && { id: license.id, short: license.short, url: license.url };
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) of the library. */
export function jsonFeed(options: FeedLibrary & { feedUrl: string }, items: readonly FeedItem[]): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    description: options.description,
    home_page_url: options.homeUrl,
    feed_url: options.feedUrl,
    language: options.lang,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      content_html: item.summaryHtml,
      ...(item.date ? { date_published: item.date.toISOString() } : {}),
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
      // JSON Feed has no licence field: an extension (a key starting with "_"), as the spec provides.
      ...(item.license ? { _license: { about: 'https://spdx.org/licenses/', id: item.license.id, url: item.license.url } } : {}),
      ...(item.pdf ? { attachments: [{ url: item.pdf.url, mime_type: PDF_TYPE, title: `${item.title} (PDF)`, size_in_bytes: item.pdf.bytes }] } : {}),
    })),
  };
}

/** What both feeds say of the library itself. */
export interface FeedLibrary {
  title: string;
  description: string;
  /** The library's page, absolute. */
  homeUrl: string;
  lang: string;
}

/** The library as RSS 2.0 options for @astrojs/rss: one item per report, its findings (a list) as the description. */
export function rssFeed(library: FeedLibrary, items: readonly FeedItem[]): RSSOptions {
  return {
    title: library.title,
    description: library.description,
    site: library.homeUrl,
    items: items.map((item) => {
      // RSS's own <author> wants an e-mail address; Dublin Core's creator takes a name, and its
      // rights statement the licence.
      const dublinCore = [
        item.author && `<dc:creator>${escapeMarkup(item.author)}</dc:creator>`,
        item.license && `<dc:rights>${escapeMarkup(`${item.license.short}: ${item.license.url}`)}</dc:rights>`,
      ].filter(Boolean);
      return {
        title: item.title,
        link: item.url,
        // HTML, as RSS readers read a description: the findings as a list.
        description: item.summaryHtml,
        ...(item.date ? { pubDate: item.date } : {}),
        ...(item.pdf ? { enclosure: { url: item.pdf.url, length: item.pdf.bytes, type: PDF_TYPE } } : {}),
        ...(dublinCore.length ? { customData: dublinCore.join('') } : {}),
      };
    }),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${escapeMarkup(library.lang)}</language>`,
  };
}
