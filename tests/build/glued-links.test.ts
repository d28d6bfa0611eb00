import { describe, expect, it } from 'vitest';
import { findGluedLinks } from '../support/glued-links.ts';
import { htmlFiles, readPage } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';

describe('link text on every built page', () => {
  it.each(htmlFiles(rootDist))('is set apart from the words around it in %s', (file) => {
    expect(findGluedLinks(readPage(rootDist, file))).toEqual([]);
  });
});
