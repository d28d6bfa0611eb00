import { createHash } from 'node:crypto';
import { REPORT_DOWNLOADS, withBase } from './urls.ts';
import { themeScript } from '../client/theme-script.ts';
import { redirectScript } from '../client/redirect-script.ts';

/** A CSP source hash ('sha256-…') of an inline script or style, as browsers compute it. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The hash that lets the inline theme script run. */
export const themeScriptHash = cspHash(themeScript);

/** The hash that lets a redirect page's script run (it keeps the old address's #fragment). */
export const redirectScriptHash = cspHash(redirectScript);

/**
 * The Content-Security-Policy, one directive per entry. Everything comes from the site itself;
 * the build keeps every script and stylesheet in an external file (astro.config.mjs), so the only
 * inline code is the theme script, allowed by its hash.
 */
export const cspDirectives: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search engine at run time, in the page (no worker); that is
  // all 'wasm-unsafe-eval' allows (no eval, no Function), and all that search needs.
  ['script-src', "'self'", themeScriptHash, redirectScriptHash, "'wasm-unsafe-eval'"],
  // No 'unsafe-inline' for <style> elements nor style attributes: Shiki's token colours are classes
  // (src/site/code/token-classes.ts) whose rules ship in the site's stylesheet.
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // No worker at all: search runs Pagefind in the page (src/search/ui/search-ui.ts).
  ['worker-src', "'none'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // Only an HTTP header can forbid framing; browsers ignore (and warn about) it in a <meta> policy.
  ['frame-ancestors', "'none'"],
];

/** The policy as one header value. */
export function contentSecurityPolicy(directives = cspDirectives): string {
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Directives that only work in an HTTP header, not in a `<meta http-equiv>` policy. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The same policy for a `<meta http-equiv>` tag, which every page carries so that hosts that cannot
 * set headers (GitHub Pages, buckets) still enforce it. Astro 7's own `security.csp` was not used:
 * it does not hash `is:inline` scripts, places its tag after them, and lists a hash for each of its
 * bundles and client directives (redundant with 'self'), about 300 gzipped bytes more on every page.
 */
export function metaContentSecurityPolicy(directives = cspDirectives): string {
  return contentSecurityPolicy(directives.filter(([name]) => !HEADER_ONLY.has(name)));
}

/** Headers every response gets, besides the policy. */
export const securityHeaders: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Features a report never uses, switched off for the page and anything it could embed.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * The media types of what readers download, where hosts get them wrong: nginx's mime.types has no
 * .bib or .csv (it would send application/octet-stream) and sends .txt without a charset (a browser
 * then guesses one, and an em dash comes out as "â€”"); a citation's CSL-JSON has a type of its own.
 * `pattern` is a path below the base, in the `_headers` syntax.
 */
export const downloadTypes: readonly { pattern: string; type: string; utf8: boolean }[] = [
  { pattern: `/*/${REPORT_DOWNLOADS.csl}`, type: 'application/vnd.citationstyles.csl+json', utf8: false },
  { pattern: '/*.bib', type: 'application/x-bibtex', utf8: true },
  { pattern: '/*.csv', type: 'text/csv', utf8: true },
  { pattern: '/*.txt', type: 'text/plain', utf8: true },
];

/** The Content-Type header of a download type: text types name their charset (JSON is UTF-8 by definition). */
function contentTypeOf({ type, utf8 }: { type: string; utf8: boolean }): string {
  return utf8 ? `${type}; charset=utf-8` : type;
}

/** The Content-Type a download at `path` (below the base) is served with, or undefined for any other file. */
export function downloadType(path: string): string | undefined {
  const found = downloadTypes.find(({ pattern }) => globPattern(pattern).test(`/${path.replace(/^\/+/, '')}`));
  return found && contentTypeOf(found);
}

/** A `_headers` path pattern as a regular expression: `*` matches anything, slashes included (as Netlify and Cloudflare Pages match it). */
function globPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Files whose names carry a content hash: safe to cache for a year. */
export const immutablePaths: readonly string[] = [
  '/_astro/*',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file (Netlify / Cloudflare Pages syntax) that the build writes to dist/_headers
 * (src/checks/headers/step.ts). Its paths carry Astro's `base`: hosts match rules against the
 * whole URL path, so `/_astro/*` would miss every file of a site built for a subpath. Cache-Control
 * is set only on hashed files: hosts merge the headers of every matching rule, so a site-wide
 * Cache-Control would be joined with the long one.
 */
export function headersFile(base = '/'): string {
  const lines = [
    '# Security and cache headers, in the format Netlify and Cloudflare Pages read.',
    '# Written by the build from src/site/security.ts; docs/DEPLOYING.md has the nginx version.',
    withBase(base, '*'),
    ...securityHeaders.map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const path of immutablePaths) lines.push(withBase(base, path), `  Cache-Control: ${IMMUTABLE}`);
  for (const download of downloadTypes) lines.push(withBase(base, download.pattern), `  Content-Type: ${contentTypeOf(download)}`);
  return `${lines.join('\n')}\n`;
}

/** An immutablePaths pattern as an nginx regex on $uri, unanchored at the start so it holds under any base. */
function nginxPattern(path: string): string {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return escaped.endsWith('*') ? escaped.slice(0, -1).replace(/\*/g, '[^/]*') : `${escaped.replace(/\*/g, '[^/]*')}$`;
}

/** Where docs/DEPLOYING.md's nginx example serves the site: the test that runs it swaps these for its own. */
export const NGINX_EXAMPLE = { base: '/reports/rust-2026/', root: '/srv/rust-2026/dist/', listen: '80', serverName: 'example.org' } as const;

/** Text types nginx should compress besides HTML (Debian's nginx.conf has `gzip on` and no gzip_types). */
export const GZIP_TYPES: readonly string[] = [
  'text/css',
  'application/javascript',
  'text/javascript',
  'application/json',
  'application/manifest+json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'text/plain',
  'text/csv',
  'application/x-bibtex',
  'application/vnd.citationstyles.csl+json',
];

/**
 * The nginx version of headersFile() and of everything else a host must do, as one file for
 * /etc/nginx/conf.d/ (inside the http block): docs/DEPLOYING.md shows it for NGINX_EXAMPLE, a unit test
 * keeps that document equal to it, and tests/deploy/nginx.test.ts runs its text in a real nginx.
 */
export function nginxConfig(options: { base: string; root: string; listen: string; serverName: string } = NGINX_EXAMPLE): string {
  const { base, root, listen, serverName } = options;
  const cache = [...immutablePaths.map((path) => `~${nginxPattern(path)}`), 'default'].map((key, i, keys) =>
    `    ${key.padEnd(44)} "${i < keys.length - 1 ? IMMUTABLE : ''}";`,
  );
  const bare = base.replace(/\/$/, '');
  return [
    `# /etc/nginx/conf.d/rust-2026.conf: the site built with BASE_PATH=${base}, its dist/ copied to ${root}`,
    '',
    "# A year's cache for files whose names carry a content hash, nothing for the rest (an empty value",
    '# sends no header; a map avoids a nested location, whose own add_header would drop the ones below).',
    'map $uri $report_cache_control {',
    ...cache,
    '}',
    '',
    'server {',
    `    listen ${listen};`,
    `    server_name ${serverName};`,
    '',
    "    # Redirects carry a path only, so a proxy's host and port in front of nginx never leak out.",
    '    absolute_redirect off;',
    '',
    "    # Debian's nginx.conf compresses HTML only: JavaScript, CSS, SVG, JSON and XML too. (Pagefind's",
    '    # index files are compressed already and served as application/octet-stream, left alone.)',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    `    gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    ...(bare
      ? ['    # The subpath without its trailing slash.', `    location = ${bare} {`, `        return 301 ${base};`, '    }', '']
      : []),
    `    location ${base} {`,
    `        alias ${root};`,
    '        index index.html;',
    "        # A missing page, and a folder without index.html (pagefind/, _astro/: 403), get the site's 404 page.",
    `        error_page 403 404 =404 ${withBase(base, '404.html')};`,
    '',
    ...securityHeaders.map(([name, value]) => `        add_header ${name} "${value}" always;`),
    '        add_header Cache-Control $report_cache_control;',
    '',
    "        # What readers download, typed where nginx's mime.types has no type (.bib, .csv, CSL-JSON) or no charset (.txt).",
    ...downloadTypes.flatMap(({ pattern, type, utf8 }) => [
      `        location ~ ${nginxPattern(pattern)} {`,
      `            types { ${type} ${pattern.slice(pattern.lastIndexOf('.') + 1)}; }`,
      // nginx's charset adds "; charset=utf-8" and leaves the type itself for gzip_types to match.
      ...(utf8 ? ['            charset utf-8;', `            charset_types ${type};`] : []),
      '        }',
    ]),
    '',
    '        # The headers file is for Netlify and Cloudflare Pages, not for readers.',
    `        location = ${withBase(base, '_headers')} {`,
    '            return 404;',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
}
