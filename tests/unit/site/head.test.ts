import { describe, expect, it } from 'vitest';
import { canonicalUrl, printMargins, robotsTxt, shareImage } from '../../../src/site/head.ts';
import type { ShareCardManifest } from '../../../src/site/share-cards.ts';

describe('canonicalUrl', () => {
  it('is the page’s absolute address under SITE_URL', () => {
    expect(canonicalUrl('/reports/x/verdict/', new URL('https://example.org'), false)?.href).toBe('https://example.org/reports/x/verdict/');
  });

  it('is absent without SITE_URL', () => {
    expect(canonicalUrl('/verdict/', undefined, false)).toBeUndefined();
  });

  it('is absent on a noindex page such as 404', () => {
    expect(canonicalUrl('/404/', new URL('https://example.org'), true)).toBeUndefined();
  });
});

describe('robotsTxt', () => {
  it('points at the sitemap when there is one', () => {
    expect(robotsTxt(new URL('https://example.org/r/sitemap-index.xml'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/r/sitemap-index.xml\n');
  });

  it('has no Sitemap line without one', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('shareImage', () => {
  const cards: ShareCardManifest = { 'r/verdict/': { file: 'r/verdict/og.0123456789abcdef.png' } };
  const site = new URL('https://example.org');

  it('is the page’s card at its absolute address under the base', () => {
    expect(shareImage('/reports/r/verdict/', '/reports/', site, cards)).toEqual({ ...cards['r/verdict/'], url: new URL('https://example.org/reports/r/verdict/og.0123456789abcdef.png') });
    expect(shareImage('/reports/r/verdict/', '/reports', site, cards)?.url.href).toBe('https://example.org/reports/r/verdict/og.0123456789abcdef.png');
  });

  it('is absent without SITE_URL, which an og:image cannot do without', () => {
    expect(shareImage('/r/verdict/', '/', undefined, cards)).toBeUndefined();
  });

  it('is absent on a page with no card (the library, search, 404)', () => {
    expect(shareImage('/', '/', site, cards)).toBeUndefined();
    expect(shareImage('/search/', '/', site, cards)).toBeUndefined();
  });
});

describe('printMargins', () => {
  it('gives paper the page’s title, the report’s date and the page’s address', () => {
    expect(printMargins('Verdict · Rust in 2026', 'https://example.org/r/verdict/', { text: 'March 2026' })).toEqual({
      'data-print-title': 'Verdict · Rust in 2026 · Data as of March 2026.',
      'data-print-address': 'https://example.org/r/verdict/',
    });
  });

  it('leaves out the date on the site’s own pages, and an address where there is none (the 404 page)', () => {
    expect(printMargins('Search', '/search/', undefined)).toEqual({ 'data-print-title': 'Search', 'data-print-address': '/search/' });
    expect(printMargins('Page not found', undefined, undefined)).toEqual({ 'data-print-title': 'Page not found', 'data-print-address': undefined });
  });
});
