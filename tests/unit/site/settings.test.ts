import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/site/urls.ts';
import { normaliseBase, siteSettings } from '../../../src/site/settings.ts';

describe('withBase', () => {
  it('joins a base and a path with exactly one slash', () => {
    expect(withBase('/reports/rust-2026/', '/verdict/')).toBe('/reports/rust-2026/verdict/');
    expect(withBase('/reports/rust-2026', 'verdict/')).toBe('/reports/rust-2026/verdict/');
  });

  it('gives the base itself for the home page', () => {
    expect(withBase('/')).toBe('/');
  });
});

describe('normaliseBase', () => {
  it('adds the leading and trailing slashes Astro expects', () => {
    expect(normaliseBase('reports/rust-2026')).toBe('/reports/rust-2026/');
    expect(normaliseBase('/reports/rust-2026/')).toBe('/reports/rust-2026/');
  });

  it('defaults to the root', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('  ')).toBe('/');
  });

  it('rejects a base with a query or white space', () => {
    expect(() => normaliseBase('/a b/')).toThrow(/plain URL path/);
  });
});

describe('siteSettings', () => {
  it('reads SITE_URL, BASE_PATH, the output folders and the content folder from the environment', () => {
    expect(
      siteSettings({ SITE_URL: 'https://example.org', BASE_PATH: 'docs', REPORT_OUT_DIR: '/tmp/x', ASTRO_CACHE_DIR: '/tmp/c', REPORT_CONTENT_DIR: '/tmp/content' }),
    ).toEqual({ site: 'https://example.org', base: '/docs/', outDir: '/tmp/x', cacheDir: '/tmp/c', contentDir: '/tmp/content' });
  });

  it('builds from src/content into dist/ by default', () => {
    expect(siteSettings({})).toMatchObject({ outDir: './dist', contentDir: './src/content', base: '/' });
  });

  it('leaves the site undefined without SITE_URL, rather than guess an address', () => {
    expect(siteSettings({}).site).toBeUndefined();
  });

  it('fails with the variable name when SITE_URL is not an absolute URL', () => {
    expect(() => siteSettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute URL/);
  });
});
