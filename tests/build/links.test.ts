import { describe, expect, it } from 'vitest';
import { builtFiles, findBrokenLinks } from '../../src/checks/links/links.ts';
import { rootDist, subpathBase, subpathDist } from '../support/paths.ts';

const builtSite = (dist: string, base: string) => ({ base, files: builtFiles(dist) });

describe('links in the built site', () => {
  it('all lead somewhere at the root path', () => {
    const site = builtSite(rootDist, '/');
    expect(site.files.size).toBeGreaterThan(9);
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it(`all lead somewhere under ${subpathBase}`, () => {
    expect(findBrokenLinks(builtSite(subpathDist, subpathBase))).toEqual([]);
  });
});
