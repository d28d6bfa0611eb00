import { describe, expect, it } from 'vitest';
import { feedItems, jsonFeed, rssFeed } from '../../../src/site/feeds.ts';

const reports = [
  { slug: 'rust-in-2026', title: 'Rust in 2026', author: 'iBuidl Research Team', dataAsOfIso: '2026-03', findings: [{ text: 'One' }, { text: 'Two' }] },
  { slug: 'tiny', title: 'Tiny', findings: [{ text: 'Only <b> & "quotes"' }] },
];
const url = (slug: string) => `https://example.org/r/${slug}/`;

describe('feedItems', () => {
  it('makes one item per report: its URL, title, month, author and findings', () => {
    const [rust, tiny] = feedItems(reports, url);
    expect(rust).toEqual({
      url: 'https://example.org/r/rust-in-2026/',
      title: 'Rust in 2026',
      date: new Date('2026-03-01T00:00:00Z'),
      author: 'iBuidl Research Team',
      summary: 'One\nTwo',
      summaryHtml: '<ul><li>One</li><li>Two</li></ul>',
      pdf: undefined,
    });
    expect(tiny?.date).toBeUndefined();
    expect(tiny?.summaryHtml).toBe('<ul><li>Only &lt;b&gt; &amp; &quot;quotes&quot;</li></ul>');
  });
});

describe('jsonFeed', () => {
  it('is a JSON Feed 1.1 whose item ids are the reports’ URLs', () => {
    const feed = jsonFeed(
      { title: 'Lib', description: 'D', homeUrl: 'https://example.org/r/', feedUrl: 'https://example.org/r/feed.json', lang: 'en' },
      feedItems(reports, url),
    ) as { version: string; items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toEqual({
      id: 'https://example.org/r/rust-in-2026/',
      url: 'https://example.org/r/rust-in-2026/',
      title: 'Rust in 2026',
      summary: 'One\nTwo',
      content_text: 'One\nTwo',
      content_html: '<ul><li>One</li><li>Two</li></ul>',
      date_published: '2026-03-01T00:00:00.000Z',
      authors: [{ name: 'iBuidl Research Team' }],
    });
    expect(feed.items[1]).not.toHaveProperty('date_published');
  });
});

describe('the licence in the feeds', () => {
  const licensed = [{ ...reports[0]!, license: 'CC-BY-4.0' }];

  it('is each item’s rights statement in RSS (Dublin Core), with the terms’ URL', () => {
    const rss = rssFeed({ title: 'Lib', description: 'D', homeUrl: 'https://example.org/r/', lang: 'en' }, feedItems(licensed, url));
    expect(rss.items).toEqual([expect.objectContaining({ customData: '<dc:creator>iBuidl Research Team</dc:creator><dc:rights>CC BY 4.0: https://creativecommons.org/licenses/by/4.0/</dc:rights>' })]);
  });

  it('is an extension of each item in JSON Feed, which has no licence field', () => {
    const feed = jsonFeed({ title: 'Lib', description: 'D', homeUrl: 'https://example.org/r/', feedUrl: 'https://example.org/r/feed.json', lang: 'en' }, feedItems(licensed, url)) as { items: Record<string, unknown>[] };
    expect(feed.items[0]?.['_license']).toEqual({ about: 'https://spdx.org/licenses/', id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(jsonFeed({ title: 'Lib', description: 'D', homeUrl: 'h', feedUrl: 'f', lang: 'en' }, feedItems(reports, url))).not.toHaveProperty('items.0._license');
  });
});

describe('the PDF as an enclosure', () => {
  const pdf = (slug: string) => (slug === 'rust-in-2026' ? { url: 'https://example.org/r/rust-in-2026/rust-in-2026.pdf', bytes: 111_829 } : undefined);
  it('rides on the items of reports that have one', () => {
    const [rust, tiny] = feedItems(reports, url, pdf);
    expect(rust?.pdf).toEqual({ url: 'https://example.org/r/rust-in-2026/rust-in-2026.pdf', bytes: 111_829 });
    expect(tiny?.pdf).toBeUndefined();
  });
  it('is a JSON Feed attachment with its type and size', () => {
    const feed = jsonFeed({ title: 'Lib', description: 'D', homeUrl: 'https://example.org/r/', feedUrl: 'https://example.org/r/feed.json', lang: 'en' }, feedItems(reports, url, pdf)) as {
      items: Record<string, unknown>[];
    };
    expect(feed.items[0]?.['attachments']).toEqual([{ url: 'https://example.org/r/rust-in-2026/rust-in-2026.pdf', mime_type: 'application/pdf', title: 'Rust in 2026 (PDF)', size_in_bytes: 111_829 }]);
    expect(feed.items[1]).not.toHaveProperty('attachments');
  });
});
