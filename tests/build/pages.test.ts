import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaContentSecurityPolicy } from '../../src/site/security.ts';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { htmlFiles, readPage, readerText, sitePath } from '../../tools/dist.ts';
import { rootDist, rustReport, subpathBase, subpathDist } from '../support/paths.ts';
import { testLibrary } from '../support/library.ts';
import { indexedText } from '../../src/search/build/indexed-text.ts';
import { PAGE_INVARIANTS } from '../support/page-invariants.ts';

const files = htmlFiles(rootDist);
/** Old addresses that now redirect (formerPaths): static pages with a refresh, not pages of their own. */
const isRedirect = (file: string) => readPage(rootDist, file).querySelector('meta[http-equiv="refresh"]') !== null;
const pages = files.filter((file) => !isRedirect(file));
const library = testLibrary();

describe('every page', () => {
  for (const file of pages) {
    const doc = readPage(rootDist, file);
    const path = sitePath(file);

    // The invariants every page of any library holds (tests/support/page-invariants.ts), one test each.
    for (const invariant of PAGE_INVARIANTS) {
      it(`${path || '/'} ${invariant.name}`, () => {
        expect(invariant.problems(doc)).toEqual([]);
      });
    }
  }

  it('gives no page a canonical URL, og:url, sitemap link or feed when built without SITE_URL', () => {
    for (const file of pages) {
      const doc = readPage(rootDist, file);
      // A report's PDF is announced at any address (its href is a path); a feed needs the site's.
      expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"], link[rel="sitemap"], a[href$="sitemap-index.xml"], link[rel="alternate"]:not([type="application/pdf"])'), file).toBeNull();
    }
    expect(existsSync(join(rootDist, 'rss.xml'))).toBe(false);
  });

  it('keeps the 404 page out of search engines and sends its readers to the library', () => {
    const doc = readPage(rootDist, '404.html');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/');
  });
});

describe('the library page', () => {
  const doc = readPage(rootDist, '');
  const items = [...doc.querySelectorAll('.library-list > li')];

  /** The library's item for a report. */
  const item = (slug: string) => items.find((li) => li.querySelector('h2 a')?.getAttribute('href') === `/${slug}/`)!;

  it('lists every report, newest data first: the corpus (June 2026), the databases sample (May 2026), the Rust report (March 2026), the markup sample (January 2026), then the undated one', () => {
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(['/hostile-corpus/', '/sample-databases-2026/', `/${rustReport}/`, '/sample-markup-2026/', '/sample-minimal/']);
  });

  it('shows a report without closing lines with no byline, and its one finding', () => {
    const minimal = item('sample-minimal');
    expect(minimal.querySelector('.byline')).toBeNull();
    expect(readerText(minimal.querySelector('.summary')?.textContent ?? '')).toBe('First finding: A report may be as small as one finding and one section');
  });

  it('gives each report its title, author, data-as-of date and the first finding or the editors’ summary', () => {
    const [databases, rust] = ['sample-databases-2026', rustReport].map((slug) => readerText(item(slug).textContent ?? ''));
    expect(databases).toContain('Databases in 2026');
    expect(databases).toContain('By iBuidl Research Team · Data as of May 2026');
    expect(databases).toContain(library.find((r) => r.slug === 'sample-databases-2026')!.model.findings[0]!.text);
    expect(rust).toContain('Rust in 2026');
    expect(rust).toContain("(editors' summary)");
    expect(item(rustReport).querySelector('time')?.getAttribute('datetime')).toBe('2026-03');
  });

  it('shows no pagination for a library of four', () => {
    expect(doc.querySelector('nav.pagination')).toBeNull();
  });

  it('announces the RSS and JSON feeds when built with SITE_URL', () => {
    const sub = readPage(subpathDist, '');
    expect(sub.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${subpathBase}rss.xml`);
    expect(sub.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href')).toBe(`${subpathBase}feed.json`);
  });
});

describe('a report’s pages', () => {
  for (const report of library) {
    const home = readPage(rootDist, `${report.slug}/`);
    const partDocs = report.parts.map((part) => ({ part, doc: readPage(rootDist, part.path) }));
    const order = [`/${report.slug}/`, ...report.parts.map((part) => `/${part.path}`)];

    it(`${report.slug}: the home holds the title, byline, every finding word for word and every part`, () => {
      expect(readerText(home.querySelector('h1')?.textContent ?? '')).toBe(report.title);
      const findings = [...home.querySelectorAll('article ul.findings li')].map((li) => readerText(li.textContent ?? ''));
      expect(findings).toEqual(report.model.findings.map((f) => f.text));
      const listed = [...home.querySelectorAll('.part-list li a')].map((a) => a.getAttribute('href'));
      expect(listed).toEqual(report.parts.map((part) => `/${part.path}`));
    });

    it(`${report.slug}: each part page has the report's own heading as its h1, in the report's order`, () => {
      expect(partDocs.map(({ doc }) => readerText(doc.querySelector('h1')?.textContent ?? ''))).toEqual(report.parts.map((part) => part.heading));
    });

    it(`${report.slug}: the contents list only this report's pages and mark the one being read`, () => {
      for (const [index, doc] of [home, ...partDocs.map((d) => d.doc)].entries()) {
        const links = [...doc.querySelectorAll('nav.site-nav a')].map((a) => a.getAttribute('href'));
        expect(links).toEqual([...order, `/${report.slug}/report/`, '/']);
        const current = [...doc.querySelectorAll('nav.site-nav a[aria-current="page"]')].map((a) => a.getAttribute('href'));
        expect(current).toEqual([order[index]]);
      }
    });

    it(`${report.slug}: breadcrumbs lead from the library to the page`, () => {
      const crumbs = (doc: Document) => [...doc.querySelectorAll('nav.breadcrumbs li')].map((li) => readerText(li.textContent ?? ''));
      expect(crumbs(home)).toEqual(['Research reports', report.title]);
      const first = partDocs[0]!;
      expect(crumbs(first.doc).slice(0, 2)).toEqual(['Research reports', report.title]);
      expect(first.doc.querySelector('nav.breadcrumbs [aria-current="page"]')).not.toBeNull();
    });

    it(`${report.slug}: previous and next walk the home, then every part in order`, () => {
      [home, ...partDocs.map((d) => d.doc)].forEach((doc, i) => {
        expect(doc.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href')).toBe(order[i - 1]);
        expect(doc.querySelector('.prev-next a[rel="next"]')?.getAttribute('href')).toBe(order[i + 1]);
      });
    });

    it(`${report.slug}: search indexes the whole-report page only, filtered by report, its parts' titles carrying their slugs`, () => {
      for (const doc of [home, ...partDocs.map((d) => d.doc)]) {
        expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
      }
      const whole = readPage(rootDist, `${report.slug}/report/`);
      const body = whole.querySelectorAll('[data-pagefind-body]');
      expect(body).toHaveLength(1);
      expect(body[0]?.getAttribute('data-pagefind-filter')).toBe(`report:${report.slug}`);
      expect([...whole.querySelectorAll('h2.part-title')].map((h) => h.id)).toEqual(report.parts.map((part) => part.slug));
      for (const ours of whole.querySelectorAll('header.site-header, nav.site-nav, .report-masthead .byline time, .report-masthead .screen-only')) {
        expect(ours.closest('[data-pagefind-ignore]'), ours.className || ours.tagName).not.toBeNull();
      }
    });

    it(`${report.slug}: search indexes the byline's author, before the first part's title, and not its date`, () => {
      const whole = readPage(rootDist, `${report.slug}/report/`);
      const byline = whole.querySelector('[data-pagefind-body] .report-masthead .byline');
      const author = report.model.author?.name;
      if (!author) return expect(byline).toBeNull();
      expect(byline?.closest('[data-pagefind-ignore]')).toBeNull();
      const text = indexedText(readFileSync(join(rootDist, report.slug, 'report', 'index.html'), 'utf8'));
      expect(text).toContain(`By ${author}`);
      expect(text.indexOf(`By ${author}`)).toBeLessThan(text.indexOf(report.model.findings[0]!.text));
      expect(text).not.toMatch(/Data as of/);
    });
  }

  it('put the id on every content heading and give it an anchor link', () => {
    for (const { doc } of testLibrary().find((r) => r.slug === rustReport)!.parts.map((part) => ({ doc: readPage(rootDist, part.path) }))) {
      for (const h2 of doc.querySelectorAll('article .heading-wrapper h2')) {
        expect(h2.id).toMatch(/^[a-z0-9-]+$/);
        expect(h2.parentElement?.querySelector('a.anchor-link')?.getAttribute('href')).toBe(`#${h2.id}`);
      }
    }
  });

  it('list the sub-headings of a page in its on-this-page navigation, and none where there are none', () => {
    const doc = readPage(rootDist, `${rustReport}/cpp-replacement/`);
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    const headings = [...doc.querySelectorAll('article .heading-wrapper h2')].map((h) => `#${h.id}`);
    expect(headings.length).toBeGreaterThan(1);
    expect(toc).toEqual(headings);
    expect(readPage(rootDist, `${rustReport}/verdict/`).querySelector('nav.toc')).toBeNull();
  });

  it('show the byline from the report’s own closing lines', () => {
    expect(readerText(readPage(rootDist, `${rustReport}/`).querySelector('.byline')?.textContent ?? '')).toBe('By iBuidl Research Team · Data as of March 2026');
  });

  it('put the closing lines at the end of the last part, where the report has them', () => {
    const verdict = readPage(rootDist, `${rustReport}/verdict/`);
    expect([...verdict.querySelectorAll('.sign-off p')].map((p) => p.textContent)).toEqual(['Data as of March 2026.', '— iBuidl Research Team']);
    expect(readPage(rootDist, `${rustReport}/learning-curve/`).querySelector('.sign-off')).toBeNull();
  });
});

describe('today’s addresses, from before the library', () => {
  const former = ['trajectory/', 'ml-infrastructure/', 'languages-compared/', 'cpp-replacement/', 'learning-curve/', 'verdict/', 'report/'];

  it('each send the reader to its new place in the Rust report, with the base, as a static page under the site’s policy', () => {
    for (const path of former) {
      const doc = readPage(subpathDist, path);
      const to = `${subpathBase}${rustReport}/${path}`;
      // With JavaScript, the script goes on with the #fragment; without, the refresh (spaced as HTML wants it).
      expect(doc.querySelector('script[data-to]')?.getAttribute('data-to'), path).toBe(to);
      expect(doc.querySelector('noscript meta[http-equiv="refresh"]')?.getAttribute('content'), path).toBe(`0; url=${to}`);
      expect(doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(metaContentSecurityPolicy());
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://reports.example.org${to}`);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('a')?.getAttribute('href')).toBe(to);
    }
  });
});

describe('site files for hosts and crawlers', () => {
  const origin = 'https://reports.example.org';
  const subPages = htmlFiles(subpathDist).filter((f) => !readPage(subpathDist, f).querySelector('meta[http-equiv="refresh"]'));

  it('lists every page but the noindex ones (404, search) and the redirects in the sitemap with absolute URLs', () => {
    const sitemap = readFileSync(join(subpathDist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const indexable = subPages.filter((f) => !readPage(subpathDist, f).querySelector('meta[name="robots"][content="noindex"]'));
    expect(indexable).not.toContain('search/index.html');
    expect(urls.sort()).toEqual(indexable.map((f) => `${origin}${subpathBase}${sitePath(f)}`).sort());
  });

  it('points robots.txt at the sitemap when built with SITE_URL', () => {
    expect(readFileSync(join(subpathDist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${subpathBase}sitemap-index.xml`);
  });

  it('writes no sitemap and no Sitemap line in robots.txt without SITE_URL', () => {
    expect(existsSync(join(rootDist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(rootDist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gives every indexable page a canonical URL equal to its og:url when built with SITE_URL', () => {
    for (const file of subPages.filter((f) => f !== '404.html' && f !== 'search/index.html')) {
      const doc = readPage(subpathDist, file);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, file).toBe(`${origin}${subpathBase}${sitePath(file)}`);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(canonical);
    }
  });

  it('gives the 404 page no canonical URL of its own, even with SITE_URL', () => {
    const doc = readPage(subpathDist, '404.html');
    expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
  });

  it('ships a favicon', () => {
    expect(readFileSync(join(rootDist, 'favicon.svg'), 'utf8')).toMatch(/^<svg/);
  });
});

describe('the build under a subpath', () => {
  const subFiles = htmlFiles(subpathDist);

  it('builds the same pages', () => {
    expect(subFiles).toEqual(files);
  });

  it('prefixes every root-relative link and asset with the base path', () => {
    for (const file of subFiles) {
      const doc = readPage(subpathDist, file);
      const urls = [...doc.querySelectorAll('[href], [src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((url) => url.startsWith('/') && !url.startsWith('//'));
      expect(urls.filter((url) => !url.startsWith(subpathBase)), file).toEqual([]);
    }
  });

  it('puts the base path and SITE_URL in canonical URLs and the sitemap', () => {
    const verdict = `https://reports.example.org${subpathBase}${rustReport}/verdict/`;
    expect(readPage(subpathDist, `${rustReport}/verdict/`).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(verdict);
    expect(readFileSync(join(subpathDist, 'sitemap-0.xml'), 'utf8')).toContain(verdict);
  });
});

describe('the library’s feeds (built with SITE_URL)', () => {
  const origin = `https://reports.example.org${subpathBase}`;

  it('RSS 2.0 lists each report with its URL, title, date, author and findings (as a list)', () => {
    const xml = readFileSync(join(subpathDist, 'rss.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.documentElement.tagName).toBe('rss');
    const items = [...doc.querySelectorAll('item')];
    expect(items.map((item) => item.querySelector('link')?.textContent)).toEqual([`${origin}hostile-corpus/`, `${origin}sample-databases-2026/`, `${origin}${rustReport}/`, `${origin}sample-markup-2026/`, `${origin}sample-minimal/`]);
    expect(items[4]?.querySelector('pubDate')).toBeNull();
    const rust = items[2]!;
    expect(rust.querySelector('title')?.textContent).toBe('Rust in 2026');
    expect(new Date(rust.querySelector('pubDate')?.textContent ?? '').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(rust.getElementsByTagName('dc:creator')[0]?.textContent).toBe('iBuidl Research Team');
    // The description is HTML (as RSS readers read it): the findings as a list, one item each, word for word.
    const description = new DOMParser().parseFromString(rust.querySelector('description')?.textContent ?? '', 'text/html');
    expect([...description.querySelectorAll('li')].map((li) => li.textContent)).toEqual(testLibrary().find((r) => r.slug === rustReport)!.model.findings.map((f) => f.text));
  });

  it('JSON Feed 1.1 uses each report’s URL as its id and the findings as its summary', () => {
    const feed = JSON.parse(readFileSync(join(subpathDist, 'feed.json'), 'utf8')) as { version: string; feed_url: string; items: { id: string; url: string; title: string; summary: string; date_published: string; authors: { name: string }[] }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${origin}feed.json`);
    const rust = feed.items.find((item) => item.title === 'Rust in 2026')!;
    expect(rust).toMatchObject({ id: `${origin}${rustReport}/`, url: `${origin}${rustReport}/`, date_published: '2026-03-01T00:00:00.000Z', authors: [{ name: 'iBuidl Research Team' }] });
    expect(rust.summary.split('\n')).toEqual(testLibrary().find((r) => r.slug === rustReport)!.model.findings.map((f) => f.text));
  });
});
