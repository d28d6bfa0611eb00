import { describe, expect, it } from 'vitest';
import { siteUrls } from '../../../src/site/urls.ts';
import { libraryOrder, paginate, partDescription, reportDescription } from '../../../src/site/library.ts';
import { breadcrumbs } from '../../../src/site/breadcrumbs.ts';
import { reportPageNav } from '../../../src/site/navigation.ts';

describe('siteUrls', () => {
  const urls = siteUrls('/reports/');

  it('puts the library at the base and its later pages under page/N/', () => {
    expect(urls.library()).toBe('/reports/');
    expect(urls.library(1)).toBe('/reports/');
    expect(urls.library(3)).toBe('/reports/page/3/');
  });

  it('gives a report, its parts and its whole-report page directory-style URLs', () => {
    expect(urls.report('rust-in-2026')).toBe('/reports/rust-in-2026/');
    expect(urls.part('rust-in-2026', 'verdict')).toBe('/reports/rust-in-2026/verdict/');
    expect(urls.wholeReport('rust-in-2026')).toBe('/reports/rust-in-2026/report/');
  });

  it('puts a report’s PDF beside its pages, named after the report', () => {
    expect(urls.pdf('rust-in-2026')).toBe('/reports/rust-in-2026/rust-in-2026.pdf');
  });

  it('encodes a search query and scope in the search page URL', () => {
    expect(urls.search()).toBe('/reports/search/');
    expect(urls.search({ query: 'Box<dyn Error> & co', report: 'rust-in-2026' })).toBe(
      '/reports/search/?q=Box%3Cdyn+Error%3E+%26+co&report=rust-in-2026',
    );
  });

  it('puts a report’s citation and text beside its pages, and a table’s data in the report’s data/ folder', () => {
    expect([urls.reportDownload('rust-in-2026', 'bibtex'), urls.reportDownload('rust-in-2026', 'csl'), urls.reportDownload('rust-in-2026', 'text')]).toEqual([
      '/reports/rust-in-2026/cite.bib',
      '/reports/rust-in-2026/cite.json',
      '/reports/rust-in-2026/report.txt',
    ]);
    expect(urls.tableData('rust-in-2026/languages-compared-1', 'csv')).toBe('/reports/rust-in-2026/data/languages-compared-1.csv');
    expect(urls.tableData('rust-in-2026/languages-compared-1', 'json')).toBe('/reports/rust-in-2026/data/languages-compared-1.json');
  });

  it('joins files to the base with one slash', () => {
    expect(siteUrls('/').file('/favicon.svg')).toBe('/favicon.svg');
    expect(urls.file('rss.xml')).toBe('/reports/rss.xml');
  });
});

describe('libraryOrder', () => {
  const facts = (r: { title: string; dataAsOfIso?: string }) => r;

  it('puts the newest data first, then titles A to Z, then undated reports', () => {
    const ordered = libraryOrder(
      [{ title: 'Zig', dataAsOfIso: '2026-03' }, { title: 'Undated' }, { title: 'Go', dataAsOfIso: '2026-05' }, { title: 'Ada', dataAsOfIso: '2026-03' }],
      facts,
    );
    expect(ordered.map((r) => r.title)).toEqual(['Go', 'Ada', 'Zig', 'Undated']);
  });
});

describe('paginate', () => {
  it('splits into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('gives one empty page for an empty library', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
  });
});

describe('reportDescription', () => {
  it('prefers the editors’ sentence', () => {
    expect(reportDescription({ title: 'T', description: 'Ours, one sentence long enough.' })).toBe('Ours, one sentence long enough.');
  });

  it('makes one from the report’s facts when the editors wrote none', () => {
    expect(reportDescription({ title: 'Databases in 2026', author: 'iBuidl Research Team', dataAsOf: { text: 'May 2026' } })).toBe(
      '“Databases in 2026” by iBuidl Research Team, data as of May 2026: its key findings and every section.',
    );
    // The author as the report signs, a team or a person: no article of ours before it.
    expect(reportDescription({ title: 'Notes', author: 'Jane Doe' })).toBe('“Notes” by Jane Doe: its key findings and every section.');
    expect(reportDescription({ title: 'Tiny' })).toBe('“Tiny”: its key findings and every section.');
  });
});

describe('reportPageNav', () => {
  const urls = siteUrls('/');
  const report = {
    slug: 'r',
    entry: { data: { title: 'Report' } },
    parts: [
      { slug: 'one', label: 'Section 1', navTitle: 'One' },
      { slug: 'verdict', label: undefined, navTitle: 'Verdict' },
    ],
  };

  it('walks home → sections → verdict with previous and next', () => {
    const home = reportPageNav(urls, 'Library', report);
    expect(home.prev).toBeUndefined();
    expect(home.next).toEqual({ text: 'One', url: '/r/one/' });
    const verdict = reportPageNav(urls, 'Library', report, report.parts[1]);
    expect(verdict.prev).toEqual({ text: 'One', url: '/r/one/' });
    expect(verdict.next).toBeUndefined();
  });

  it('gives breadcrumbs from the library to the page', () => {
    const one = reportPageNav(urls, 'Library', report, report.parts[0]);
    expect(one.crumbs.map((c) => c.text)).toEqual(['Library', 'Report', 'One']);
    expect(one.current).toBe('/r/one/');
    expect(reportPageNav(urls, 'Library', report).crumbs.map((c) => c.url)).toEqual(['/', '/r/']);
  });
});

describe('breadcrumbs', () => {
  it('ends at the report when there is no page below it', () => {
    expect(breadcrumbs(siteUrls('/b/'), 'Lib', { slug: 'x', title: 'X' })).toEqual([
      { text: 'Lib', url: '/b/' },
      { text: 'X', url: '/b/x/' },
    ]);
  });
});

describe('partDescription', () => {
  it('prefers the editors’ sentence, else names the part and its report', () => {
    expect(partDescription({ title: 'T', label: 'Section 2', description: 'Ours.' }, 'R')).toBe('Ours.');
    expect(partDescription({ title: 'Verdict', label: undefined }, 'Rust in 2026')).toBe('Verdict of “Rust in 2026”.');
    expect(partDescription({ title: 'Postgres', label: 'Section 1' }, 'Databases in 2026')).toBe('Section 1 of “Databases in 2026”.');
  });
});
