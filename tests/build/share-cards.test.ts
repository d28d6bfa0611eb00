import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { htmlFiles, readPage, sitePath } from '../../tools/dist.ts';
import { testLibrary } from '../support/library.ts';
import { rootBuildLog, rootDist, subpathBase, subpathDist, testBuilds } from '../support/paths.ts';

const siteUrl = 'https://reports.example.org';
const meta = (doc: Document, name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
const library = testLibrary();

/** The built file an absolute og:image URL of the subpath build names. */
function cardFile(url: string): string {
  expect(url.startsWith(siteUrl + subpathBase)).toBe(true);
  return join(subpathDist, url.slice((siteUrl + subpathBase).length));
}

describe('share cards (built with SITE_URL)', () => {
  for (const report of library) {
    const pages = [`${report.slug}/`, `${report.slug}/report/`, ...report.parts.map((part) => part.path)];

    it(`${report.slug}: each page has an og:image, a 1200×630 PNG beside it, and a large Twitter card`, () => {
      for (const path of pages) {
        const doc = readPage(subpathDist, path);
        const url = meta(doc, 'og:image') ?? '';
        const image = PNG.sync.read(readFileSync(cardFile(url)));
        expect([image.width, image.height], path).toEqual([1200, 630]);
        expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
      }
    });

    it(`${report.slug}: the home and the whole report share the report's card; every part has its own, beside its page`, () => {
      const images = pages.map((path) => meta(readPage(subpathDist, path), 'og:image'));
      expect(images[0]).toBe(images[1]);
      expect(new Set(images).size).toBe(pages.length - 1);
      report.parts.forEach((part, i) => expect(images[i + 2]).toMatch(new RegExp(`${part.path}og\\.[0-9a-f]{16}\\.png$`)));
    });
  }

  it('gives the site’s own pages no card and a small Twitter card', () => {
    for (const path of ['', 'search/', '404.html']) {
      const doc = readPage(subpathDist, path);
      expect(meta(doc, 'og:image'), path).toBeUndefined();
      expect(meta(doc, 'twitter:card'), path).toBe('summary');
    }
  });

  it('writes no card that no page shows', () => {
    const shown = new Set(htmlFiles(subpathDist).map((file) => meta(readPage(subpathDist, sitePath(file)), 'og:image')).filter(Boolean).map((url) => cardFile(url!)));
    const written = filesUnder(subpathDist, '.png').map((file) => join(subpathDist, file));
    expect(written.sort()).toEqual([...shown].sort());
  });

  it('says in the build log how many cards it drew and how many came from the cache', () => {
    const log = readFileSync(testBuilds[1]!.log, 'utf8');
    const cards = library.reduce((sum, report) => sum + 1 + report.parts.length, 0);
    expect(log).toMatch(new RegExp(`\\[share-cards\\] ${cards} share card\\(s\\): \\d+ drawn in [\\d.]+ s, [\\d.]+ s of CPU \\(the build waited [\\d.]+ s for them\\), \\d+ unchanged from the cache`));
  });
});

describe('share cards (built without SITE_URL)', () => {
  it('leaves og:image out, draws no card, and says so in the one SITE_URL warning', () => {
    for (const file of htmlFiles(rootDist)) expect(meta(readPage(rootDist, sitePath(file)), 'og:image'), file).toBeUndefined();
    expect(filesUnder(rootDist, '.png')).toEqual([]);
    expect(readFileSync(rootBuildLog, 'utf8')).toMatch(/SITE_URL is not set, so the build leaves out [^\n]*the share cards \(og:image\)/);
  });
});
