import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist.ts';
import { rootDist } from '../support/paths.ts';
import { metaContentSecurityPolicy } from '../../src/lib/security.ts';
import { themeScript } from '../../src/lib/theme-script.ts';

const pages = htmlFiles(rootDist);

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
      const inline = [...readPage(rootDist, file).querySelectorAll('script:not([src])')].map((s) => s.textContent);
      expect(inline, file).toEqual([themeScript]);
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
