import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';

describe('the built site', () => {
  it('has a page for the home, each section, the verdict, the whole report, search and 404', () => {
    expect(htmlFiles(rootDist)).toEqual([
      '404.html',
      'cpp-replacement/index.html',
      'index.html',
      'languages-compared/index.html',
      'learning-curve/index.html',
      'ml-infrastructure/index.html',
      'report/index.html',
      'search/index.html',
      'trajectory/index.html',
      'verdict/index.html',
    ]);
  });

  it('titles the home page with the report title', () => {
    expect(readPage(rootDist, '').querySelector('h1')?.textContent).toBe('Rust in 2026');
  });
});
