import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, readerText, sitePath } from '../../tools/dist.ts';
import { rootDist, subpathBase, subpathDist } from '../support/paths.ts';
import { sourceParts } from '../support/report-parts.ts';

const SECTION_PAGES = ['', 'trajectory/', 'ml-infrastructure/', 'languages-compared/', 'cpp-replacement/', 'learning-curve/', 'verdict/'];
const files = htmlFiles(rootDist);

describe('every page', () => {
  for (const file of files) {
    const doc = readPage(rootDist, file);
    const path = sitePath(file);

    it(`${path || '/'} declares its language, title and description`, () => {
      expect(doc.documentElement.getAttribute('lang')).toBe('en');
      expect(doc.title).toMatch(/Rust in 2026/);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    });

    it(`${path || '/'} has OpenGraph tags that agree with the page`, () => {
      const og = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
      expect(og('title')).toBe(doc.title);
      expect(og('description')).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    });

    it(`${path || '/'} has exactly one h1 and a skip link to the main content`, () => {
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('main#main')).not.toBeNull();
    });

    it(`${path || '/'} uses no id twice`, () => {
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it(`${path || '/'} loads nothing from another host`, () => {
      const urls = [...doc.querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src], source[src], iframe')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(urls).toEqual([]);
    });
  }

  it('gives no page a canonical URL, og:url or sitemap link when built without SITE_URL', () => {
    for (const file of files) {
      const doc = readPage(rootDist, file);
      expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"], link[rel="sitemap"], a[href$="sitemap-index.xml"]'), file).toBeNull();
    }
  });

  it('keeps the 404 page out of search engines', () => {
    expect(readPage(rootDist, '404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('section pages', () => {
  const docs = SECTION_PAGES.map((path) => ({ path, doc: readPage(rootDist, path) }));

  it('title each section page with the report’s own heading as the h1, in the report’s order', () => {
    const h1s = docs.slice(1).map(({ doc }) => readerText(doc.querySelector('h1')?.textContent ?? ''));
    // The source's headings (report-text.test.ts checks how the source splits into them).
    expect(h1s).toEqual(sourceParts().slice(1).map((part) => part.heading));
  });

  it('mark the page being read, and only it, in the contents navigation', () => {
    for (const { path, doc } of docs) {
      const current = [...doc.querySelectorAll('nav.site-nav a[aria-current="page"]')].map((a) => a.getAttribute('href'));
      expect(current).toEqual([`/${path}`]);
    }
  });

  it('link each page to the one before and after it in reading order', () => {
    docs.forEach(({ doc }, i) => {
      const prev = doc.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href');
      const next = doc.querySelector('.prev-next a[rel="next"]')?.getAttribute('href');
      expect(prev).toBe(i === 0 ? undefined : `/${SECTION_PAGES[i - 1]}`);
      expect(next).toBe(i === docs.length - 1 ? undefined : `/${SECTION_PAGES[i + 1]}`);
    });
  });

  it('put the id on every content heading and give it an anchor link', () => {
    for (const { doc } of docs) {
      for (const h2 of doc.querySelectorAll('article .heading-wrapper h2')) {
        expect(h2.id).toMatch(/^[a-z0-9-]+$/);
        expect(h2.parentElement?.querySelector('a.anchor-link')?.getAttribute('href')).toBe(`#${h2.id}`);
      }
    }
  });

  it('list the sub-headings of a page in its on-this-page navigation', () => {
    const doc = readPage(rootDist, 'cpp-replacement/');
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    const headings = [...doc.querySelectorAll('article .heading-wrapper h2')].map((h) => `#${h.id}`);
    expect(headings.length).toBeGreaterThan(1);
    expect(toc).toEqual(headings);
  });

  it('show no on-this-page list on a page without sub-headings', () => {
    expect(readPage(rootDist, 'verdict/').querySelector('nav.toc')).toBeNull();
  });

  it('show the byline, the date and every section with its summary on the home page', () => {
    const home = docs[0]!.doc;
    expect(readerText(home.querySelector('.byline')?.textContent ?? '')).toBe('By the iBuidl Research Team · Data as of March 2026');
    const listed = [...home.querySelectorAll('.part-list li')];
    expect(listed.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(SECTION_PAGES.slice(1).map((p) => `/${p}`));
    for (const li of listed) expect(li.querySelector('.summary')?.textContent?.length).toBeGreaterThan(20);
  });

  it('mark the searchable article and keep the chrome out of search', () => {
    for (const { doc } of docs) {
      expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
      for (const chrome of doc.querySelectorAll('header.site-header, nav.site-nav, nav.toc, nav.prev-next')) {
        expect(chrome.closest('[data-pagefind-ignore]')).not.toBeNull();
      }
    }
  });

  it('keep the whole-report page out of the search index', () => {
    expect(readPage(rootDist, 'report/').querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('site files for hosts and crawlers', () => {
  const origin = 'https://reports.example.org';

  it('lists every page but the noindex ones (404, search) in the sitemap with absolute URLs', () => {
    const sitemap = readFileSync(join(subpathDist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const indexable = files.filter((f) => !readPage(subpathDist, f).querySelector('meta[name="robots"][content="noindex"]'));
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
    for (const file of files.filter((f) => f !== '404.html' && f !== 'search/index.html')) {
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
    expect(readPage(subpathDist, 'verdict/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://reports.example.org${subpathBase}verdict/`,
    );
    expect(readFileSync(join(subpathDist, 'sitemap-0.xml'), 'utf8')).toContain(`https://reports.example.org${subpathBase}verdict/`);
  });
});
