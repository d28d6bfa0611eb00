import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../../tools/dist.ts';
import { rootDist, rustReport } from '../support/paths.ts';

describe('the built site', () => {
  it('has the library, each report’s home, parts and whole-report page, search, 404 and the old addresses', () => {
    const rust = ['', 'cpp-replacement/', 'languages-compared/', 'learning-curve/', 'ml-infrastructure/', 'report/', 'trajectory/', 'verdict/'];
    const databases = ['', 'analysis-without-a-warehouse/', 'postgres-as-a-platform/', 'report/', 'storage-engines-built-on-object-storage/'];
    const minimal = ['', 'report/', 'the-smallest-report/'];
    const markup = ['', 'entities-shown-as-written/', 'report/', 'tags-shown-as-text/'];
    const corpus = ['', 'addresses-in-prose/', 'cells-that-look-like-code/', 'report/', 'section-5/', 'section-6/', 'snake-case-naming/', 'tea-coffee/', 'uber-die-strasse/', 'verdict/', 'wide-angle-views/'];
    const former = ['cpp-replacement/', 'languages-compared/', 'learning-curve/', 'ml-infrastructure/', 'report/', 'trajectory/', 'verdict/'];
    expect(htmlFiles(rootDist)).toEqual(
      [
        '404.html',
        'index.html',
        'search/index.html',
        ...rust.map((p) => `${rustReport}/${p}index.html`),
        ...databases.map((p) => `sample-databases-2026/${p}index.html`),
        ...minimal.map((p) => `sample-minimal/${p}index.html`),
        ...markup.map((p) => `sample-markup-2026/${p}index.html`),
        ...corpus.map((p) => `hostile-corpus/${p}index.html`),
        ...former.map((p) => `${p}index.html`),
      ].sort(),
    );
  });

  it('titles the library page with the site’s name and each report’s home with its title', () => {
    expect(readPage(rootDist, '').querySelector('h1')?.textContent).toBe('Research reports');
    expect(readPage(rootDist, `${rustReport}/`).querySelector('h1')?.textContent).toBe('Rust in 2026');
  });
});
