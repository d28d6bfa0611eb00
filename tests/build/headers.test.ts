import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../tools/static-server.ts';
import { contentSecurityPolicy, headersFile } from '../../src/site/security.ts';
import { rootDist, subpathBase, subpathDist } from '../support/paths.ts';

const rulesOf = (dist: string) => parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

describe('dist/_headers', () => {
  it('is written by the build for the root path', () => {
    expect(readFileSync(join(rootDist, '_headers'), 'utf8')).toBe(headersFile('/'));
  });

  it('carries the base in every rule of a subpath build', () => {
    const rules = rulesOf(subpathDist);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.pattern.startsWith(subpathBase), rule.pattern).toBe(true);
  });

  it('matches the subpath build’s real URLs: the policy on pages, a year’s cache on its hashed assets', () => {
    const rules = rulesOf(subpathDist);
    expect(headersFor(rules, subpathBase).get('content-security-policy')).toBe(contentSecurityPolicy());
    const assets = readdirSync(join(subpathDist, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(headersFor(rules, `${subpathBase}_astro/${asset}`).get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
    }
  });
});
