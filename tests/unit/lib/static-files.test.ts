import { describe, expect, it } from 'vitest';
import { contentType, fileUnder } from '../../../src/lib/static-files.ts';

describe('contentType', () => {
  it('names pages, styles and scripts as text in UTF-8', () => {
    expect(contentType('/dist/verdict/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('parts.DuR9654B.css')).toBe('text/css; charset=utf-8');
    expect(contentType('pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('pagefind/pagefind-entry.json')).toBe('application/json');
  });

  it('sends Pagefind’s index chunks and WebAssembly (wasm.<lang>.pagefind) as bytes', () => {
    for (const file of ['wasm.en.pagefind', 'pagefind.en_b4ffcd3ea8.pf_meta', 'index/en_37e3eba.pf_index']) {
      expect(contentType(file), file).toBe('application/octet-stream');
    }
  });
});

describe('fileUnder', () => {
  it('maps a URL path under the base to the file under the root', () => {
    expect(fileUnder('/srv/dist', '/reports/rust-2026/', '/reports/rust-2026/_astro/a.js')).toBe('/srv/dist/_astro/a.js');
    expect(fileUnder('/srv/dist', '/', '/verdict/')).toBe('/srv/dist/verdict/');
    expect(fileUnder('/srv/dist', '/', '/')).toBe('/srv/dist');
  });

  it('answers nothing for a path outside the base', () => {
    expect(fileUnder('/srv/dist', '/reports/rust-2026/', '/verdict/')).toBeUndefined();
  });

  it('never climbs out of the root through ..', () => {
    expect(fileUnder('/srv/dist', '/', '/../../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(fileUnder('/srv/dist/pagefind', '/pagefind/', '/pagefind/a/../../../x')).toBe('/srv/dist/pagefind/x');
  });
});
