import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, headersFor } from '../../../tools/static-server.ts';
import {
  contentSecurityPolicy,
  cspDirectives,
  cspHash,
  downloadType,
  downloadTypes,
  headersFile,
  immutablePaths,
  metaContentSecurityPolicy,
  nginxConfig,
  securityHeaders,
  themeScriptHash,
  redirectScriptHash,
} from '../../../src/site/security.ts';
import { projectRoot } from '../../support/paths.ts';

const sources = (name: string) => cspDirectives.find(([n]) => n === name)?.slice(1) ?? [];

describe('cspHash', () => {
  it('hashes text as browsers do: SHA-256 of the UTF-8 bytes, base64, quoted', () => {
    // The value Chromium prints for `<script>alert(1)</script>` when it refuses it.
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the Content-Security-Policy', () => {
  it('lets no inline script run but the hashed theme and redirect scripts, and never eval', () => {
    const script = sources('script-src');
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script.filter((source) => source.startsWith("'sha"))).toEqual([themeScriptHash, redirectScriptHash]);
  });

  it('loads nothing from another host', () => {
    const all = cspDirectives.flatMap(([, ...values]) => values);
    const hostSources = all.filter((source) => !/^'(self|none|unsafe-inline|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$|^data:$/.test(source));
    expect(hostSources).toEqual([]);
  });

  it('allows styles from the site only: no <style> elements and no style attributes', () => {
    expect(sources('style-src')).toEqual(["'self'"]);
    expect(sources('style-src-attr')).toEqual([]);
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
  });

  it('keeps frame-ancestors, which browsers ignore in a <meta> policy, out of the meta tag', () => {
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'");
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy()).toContain(`script-src 'self' ${themeScriptHash} ${redirectScriptHash} 'wasm-unsafe-eval'`);
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile(headersFile());

  it('sends the policy and the usual security headers with every page', () => {
    const headers = headersFor(rules, '/ml-infrastructure/');
    expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(headers.has('cache-control')).toBe(false);
  });

  it('caches hashed assets and Pagefind chunks for a year, and not Pagefind’s unhashed entry files', () => {
    for (const path of ['/_astro/parts.DuR9654B.css', '/pagefind/index/en_37e3eba.pf_index', '/pagefind/fragment/en_2336304.pf_fragment', '/pagefind/pagefind.en_b4ffcd3ea8.pf_meta']) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) {
      expect(headersFor(rules, path).has('cache-control'), path).toBe(false);
    }
  });

  it('puts every rule under the base, which hosts match against the whole URL path', () => {
    const sub = parseHeadersFile(headersFile('/reports/rust-2026/'));
    expect(sub.map((rule) => rule.pattern).every((pattern) => pattern.startsWith('/reports/rust-2026/'))).toBe(true);
    expect(headersFor(sub, '/reports/rust-2026/verdict/').get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(headersFor(sub, '/reports/rust-2026/_astro/parts.DuR9654B.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(sub, '/_astro/parts.DuR9654B.css').size).toBe(0);
  });
});

describe('the nginx configuration of docs/DEPLOYING.md', () => {
  it('is the whole configuration nginxConfig() generates: policy, every header, the cache map, gzip and redirects', () => {
    const readme = readFileSync(join(projectRoot, 'docs', 'DEPLOYING.md'), 'utf8');
    const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toEqual([nginxConfig()]);
  });

  it('sends the security headers on error responses too, and compresses the site’s text types', () => {
    const config = nginxConfig();
    for (const [name] of securityHeaders) expect(config).toMatch(new RegExp(`add_header ${name} ".*" always;`));
    const types = /gzip_types ([^;]*);/.exec(config)?.[1]?.split(' ');
    expect(types).toEqual(expect.arrayContaining(['application/javascript', 'text/javascript', 'text/css', 'image/svg+xml', 'application/json', 'application/xml']));
    expect(config).toContain('absolute_redirect off;');
  });

  it('caches in nginx exactly the paths _headers caches, under any base', () => {
    const keys = [...nginxConfig().matchAll(/^ {4}~(\S+)\s/gm)].map((m) => new RegExp(m[1]!));
    expect(keys).toHaveLength(immutablePaths.length);
    for (const path of ['/_astro/parts.DuR9654B.css', '/reports/rust-2026/pagefind/index/en_37e3eba.pf_index', '/pagefind/pagefind.en_b4ffcd3ea8.pf_meta']) {
      expect(keys.some((key) => key.test(path)), path).toBe(true);
    }
    for (const path of ['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/pagefind/x.pf_meta.js']) {
      expect(keys.some((key) => key.test(path)), path).toBe(false);
    }
  });
});

describe('what readers download', () => {
  it('is typed in UTF-8 where hosts have no type or no charset for it, a citation’s CSL-JSON as CSL-JSON', () => {
    expect(['rust-in-2026/cite.bib', 'rust-in-2026/cite.json', 'rust-in-2026/data/languages-compared-1.csv', 'rust-in-2026/report.txt', 'llms.txt'].map(downloadType)).toEqual([
      'application/x-bibtex; charset=utf-8',
      'application/vnd.citationstyles.csl+json',
      'text/csv; charset=utf-8',
      'text/plain; charset=utf-8',
      'text/plain; charset=utf-8',
    ]);
    expect(downloadType('rust-in-2026/data/languages-compared-1.json')).toBeUndefined();
    expect(downloadType('rust-in-2026/index.html')).toBeUndefined();
  });

  it('gets its type from _headers under the base, as Netlify and Cloudflare Pages match it', () => {
    const rules = parseHeadersFile(headersFile('/reports/rust-2026/'));
    expect(headersFor(rules, '/reports/rust-2026/rust-in-2026/cite.bib').get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(headersFor(rules, '/reports/rust-2026/rust-in-2026/cite.json').get('content-type')).toBe('application/vnd.citationstyles.csl+json');
    expect(headersFor(rules, '/reports/rust-2026/rust-in-2026/data/x-1.csv').get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headersFor(rules, '/reports/rust-2026/rust-in-2026/').has('content-type')).toBe(false);
  });

  it('gets its type from nginx too, in a location of its own inside the site’s, which keeps the site’s headers', () => {
    const config = nginxConfig();
    for (const { type } of downloadTypes) expect(config).toContain(`types { ${type} `);
    expect(config).toContain('        location ~ /[^/]*\\.bib$ {\n            types { application/x-bibtex bib; }\n            charset utf-8;\n            charset_types application/x-bibtex;\n        }\n');
  });
});
