import { describe, expect, it } from 'vitest';
import { canonicalUrl, robotsTxt } from '../../../src/site/head.ts';

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
