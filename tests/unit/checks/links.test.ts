import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../../../src/checks/links/links.ts';

function site(base: string, pages: Record<string, string | null>) {
  return { base, files: new Map(Object.entries(pages)) };
}

describe('findBrokenLinks', () => {
  it('accepts links to pages, files and headings that exist', () => {
    const built = site('/r/', {
      'index.html': '<a href="/r/verdict/">v</a><a href="verdict/#why">w</a><img src="/r/favicon.svg">',
      'verdict/index.html': '<h2 id="why">Why</h2>',
      'favicon.svg': null,
    });
    expect(findBrokenLinks(built)).toEqual([]);
  });

  it('reports a link to a page that does not exist, with the content file of the article it is in', () => {
    const built = {
      ...site('/', { 'index.html': '<article class="prose" data-report="r" data-part="section-1" data-report-title="Tea > Water"><a href="/nope/">x</a></article>' }),
      sourceOf: (report: string, part: string | undefined) => (report === 'r' && part === 'section-1' ? 'src/content/reports/r/parts/a.mdx' : undefined),
    };
    const [broken] = findBrokenLinks(built);
    expect(broken).toMatchObject({ source: 'src/content/reports/r/parts/a.mdx', attribute: 'href', url: '/nope/' });
    expect(formatBrokenLinks(findBrokenLinks(built))).toBe(
      'src/content/reports/r/parts/a.mdx: href "/nope/" leads to no page or file (seen on /)',
    );
  });

  it('reports a fragment that is not an id on the target page', () => {
    const built = site('/', { 'index.html': '<a href="#missing">x</a>' });
    expect(findBrokenLinks(built)[0]?.reason).toMatch(/#missing, which is not an id/);
  });

  it('reports a root-relative link that ignores the base path', () => {
    const built = site('/reports/rust-2026/', { 'index.html': '<a href="/verdict/">x</a>', 'verdict/index.html': '' });
    expect(findBrokenLinks(built)[0]?.reason).toMatch(/outside the site's base path/);
  });

  it('reports a directory link without its trailing slash', () => {
    const built = site('/', { 'index.html': '<a href="/verdict">x</a>', 'verdict/index.html': '' });
    expect(findBrokenLinks(built)[0]?.reason).toMatch(/trailing slash/);
  });

  it('names the built page for links outside any report article', () => {
    const built = site('/', { 'index.html': '<a href="/gone/">x</a>' });
    expect(formatBrokenLinks(findBrokenLinks(built))).toMatch(/^built page \/: href "\/gone\/"/);
  });

  it('leaves links to other hosts and mailto alone', () => {
    const built = site('/', { 'index.html': '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>' });
    expect(findBrokenLinks(built)).toEqual([]);
  });
});
