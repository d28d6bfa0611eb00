import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/checks/links/links.ts';
import { rootDist, subpathBase, subpathDist } from '../support/paths.ts';

function builtSite(dist: string, base: string) {
  const files = new Map<string, string | null>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const key = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    files.set(key, key.endsWith('.html') ? readFileSync(join(dist, key), 'utf8') : null);
  }
  return { base, files };
}

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
