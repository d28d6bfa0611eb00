import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../tools/static-server.ts';
import { withBase } from '../../src/site/urls.ts';
import { cspHash, metaContentSecurityPolicy } from '../../src/site/security.ts';
import { htmlFiles, readPage, sitePath } from '../../tools/dist.ts';
import { rootDist, subpathBase, subpathDist } from '../support/paths.ts';
import { themeScript } from '../../src/client/theme-script.ts';

// An inline script a browser runs: a JSON-LD data block (a report's home) is never run, so the policy has nothing to allow for it.
const INLINE_SCRIPT = 'script:not([src]):not([type="application/ld+json"])';

// Redirects of old addresses are Astro's static refresh pages: no script, no style, nothing to allow.
const isRedirect = (dist: string, file: string) => readPage(dist, file).querySelector('meta[http-equiv="refresh"]') !== null;
const pages = htmlFiles(rootDist).filter((file) => !isRedirect(rootDist, file));

describe('built pages under the Content-Security-Policy', () => {
  it('carry the policy as the first tag after the charset, before any script', () => {
    for (const file of pages) {
      const head = readPage(rootDist, file).head;
      const second = head.children[1];
      expect(second?.getAttribute('http-equiv'), file).toBe('content-security-policy');
      expect(second?.getAttribute('content'), file).toBe(metaContentSecurityPolicy());
    }
  });

  it('have no inline script but the theme script, whose text matches the hashed one', () => {
    for (const file of pages) {
      const inline = [...readPage(rootDist, file).querySelectorAll(INLINE_SCRIPT)].map((s) => s.textContent);
      expect(inline, file).toEqual([themeScript]);
    }
  });

  it('allow each inline script they carry by its hash, in the meta policy and in dist/_headers', () => {
    for (const [dist, base] of [[rootDist, '/'], [subpathDist, subpathBase]] as const) {
      const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
      for (const file of htmlFiles(dist).filter((f) => !isRedirect(dist, f))) {
        const document = readPage(dist, file);
        const hashes = [...document.querySelectorAll(INLINE_SCRIPT)].map((s) => cspHash(s.textContent ?? ''));
        expect(hashes.length, file).toBeGreaterThan(0);
        const scriptSrc = (policy: string | null | undefined) => /(?:^|; )script-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(' ') ?? [];
        const meta = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
        const header = headersFor(rules, withBase(base, sitePath(file))).get('content-security-policy');
        for (const hash of hashes) {
          expect(scriptSrc(meta), `${base}${file} meta`).toContain(hash);
          expect(scriptSrc(header), `${base}${file} _headers`).toContain(hash);
        }
      }
    }
  });

  it('have no <style> element and no event-handler attribute (style-src and script-src forbid them)', () => {
    for (const file of pages) {
      const document = readPage(rootDist, file);
      expect(document.querySelectorAll('style').length, file).toBe(0);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
      expect(handlers, file).toEqual([]);
    }
  });

  it('load scripts and stylesheets from the site itself only', () => {
    for (const file of pages) {
      const document = readPage(rootDist, file);
      const urls = [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      );
      expect(urls.filter((url) => !url.startsWith('/')), file).toEqual([]);
      expect(urls.filter((url) => url.startsWith('//')), file).toEqual([]);
    }
  });
});
