import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/lib/constants.ts';
import { NGINX_EXAMPLE, securityHeaders } from '../../src/site/security.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { outputRoot, projectRoot, subpathBase, subpathDist } from '../support/paths.ts';
import { freePort, startProcess, type Running } from '../../tools/processes.ts';

/** The nginx binary: NGINX_PATH when set, else the first `nginx` on PATH or in /usr/sbin. */
function findNginx(): string | undefined {
  const fromEnv = process.env['NGINX_PATH'];
  const candidates = fromEnv ? [fromEnv] : [...(process.env['PATH'] ?? '').split(':').map((dir) => join(dir, 'nginx')), '/usr/sbin/nginx'];
  return candidates.find((path) => existsSync(path));
}

// No skipping: CI installs nginx (.ci/run). A machine without it fails here, saying what to install.
const nginx = findNginx() ?? '';

/** docs/DEPLOYING.md's nginx configuration, exactly as a self-hoster would copy it. */
function readmeNginxConfig(): string {
  const readme = readFileSync(join(projectRoot, 'docs', 'DEPLOYING.md'), 'utf8');
  const block = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes('server {'));
  if (!block) throw new Error('docs/DEPLOYING.md has no ```nginx block with a server block');
  return block;
}

/** `text` with `from` replaced by `to`, failing if `from` is not there (the document changed shape). */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`docs/DEPLOYING.md's nginx block no longer contains "${from}"`);
  return text.split(from).join(to);
}

describe('the nginx configuration of docs/DEPLOYING.md, in a real nginx serving a subpath build', () => {
  let server: Running;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!nginx) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does), or set NGINX_PATH');
    const port = await freePort();
    const prefix = await mkdtemp(join(outputRoot, 'nginx-'));
    await mkdir(join(prefix, 'logs'));
    const site = swap(swap(readmeNginxConfig(), `listen ${NGINX_EXAMPLE.listen};`, `listen 127.0.0.1:${port};`), `alias ${NGINX_EXAMPLE.root};`, `alias ${subpathDist}/;`);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${join(prefix, name)};`);
    const conf = [
      // Workers read the build as the user running the test (root in CI; ignored otherwise).
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs/error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      // As Debian's /etc/nginx/nginx.conf has them: the MIME table, and gzip on for HTML only.
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      '    gzip on;',
      ...temp,
      site,
      '}',
      '',
    ].join('\n');
    await writeFile(join(prefix, 'nginx.conf'), conf);
    execFileSync(nginx!, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log')], { stdio: 'pipe' });
    server = await startProcess(nginx!, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log'), '-g', 'daemon off;'], {
      // nginx prints nothing when it starts: the poll below waits for its port.
      cwd: prefix,
    });
    origin = `http://127.0.0.1:${port}`;
    // Until nginx listens; it fails the hook with its error log if it never does.
    for (let tries = 0; (await fetch(`${origin}${subpathBase}`).then((r) => r.status, () => 0)) !== 200; tries++) {
      if (tries === 100) throw new Error(`nginx does not answer on ${origin}:\n${readFileSync(join(prefix, 'logs/error.log'), 'utf8')}`);
      await sleep(100);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const get = (path: string, init: RequestInit = {}) => fetch(`${origin}${path}`, { redirect: 'manual', ...init });
  const pageHtml = async (path: string) => (await get(path)).text();
  const assetOf = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? '';

  it('compresses JavaScript and CSS as well as HTML', async () => {
    const html = await pageHtml(`${subpathBase}rust-in-2026/verdict/`);
    const script = assetOf(html, /<script[^>]+src="([^"]+\.js)"/);
    const style = assetOf(html, /<link rel="stylesheet" href="([^"]+\.css)"/);
    expect(script).toMatch(new RegExp(`^${subpathBase}_astro/`));
    expect(style).toMatch(new RegExp(`^${subpathBase}_astro/`));
    for (const path of [`${subpathBase}rust-in-2026/verdict/`, script, style, `${subpathBase}pagefind/pagefind.js`, `${subpathBase}favicon.svg`, `${subpathBase}sitemap-0.xml`]) {
      expect((await get(path, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('redirects the subpath without its trailing slash to it, with a relative Location', async () => {
    const response = await get(subpathBase.replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(subpathBase);
  });

  it('redirects a page without its trailing slash with a relative Location', async () => {
    const response = await get(`${subpathBase}rust-in-2026/verdict`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${subpathBase}rust-in-2026/verdict/`);
  });

  it('serves the site’s 404 page, as a 404, for a missing page and for folders without an index', async () => {
    for (const path of [`${subpathBase}no-such-page/`, `${subpathBase}pagefind/`, `${subpathBase}_astro/`]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<h1>Page not found</h1>');
    }
  });

  it('does not serve the _headers file', async () => {
    const response = await get(`${subpathBase}_headers`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy:');
  });

  it('sends every security header with pages, the 404 page and assets', async () => {
    const html = await pageHtml(`${subpathBase}rust-in-2026/verdict/`);
    for (const path of [`${subpathBase}rust-in-2026/verdict/`, `${subpathBase}no-such-page/`, assetOf(html, /<script[^>]+src="([^"]+\.js)"/)]) {
      const response = await get(path);
      for (const [name, value] of securityHeaders) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('types what readers download, in UTF-8, with the site’s headers kept, and compresses the text files', async () => {
    const types: [string, string][] = [
      ['rust-in-2026/cite.bib', 'application/x-bibtex; charset=utf-8'],
      ['rust-in-2026/cite.json', 'application/vnd.citationstyles.csl+json'],
      ['rust-in-2026/data/languages-compared-1.csv', 'text/csv; charset=utf-8'],
      ['rust-in-2026/data/languages-compared-1.json', 'application/json'],
      ['rust-in-2026/report.txt', 'text/plain; charset=utf-8'],
      ['llms.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const response = await get(`${subpathBase}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      for (const [name, value] of securityHeaders) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    const text = await get(`${subpathBase}rust-in-2026/report.txt`, { headers: { 'accept-encoding': 'gzip' } });
    expect(text.headers.get('content-encoding')).toBe('gzip');
    expect((await get(`${subpathBase}rust-in-2026/no-such.bib`)).status).toBe(404);
  });

  it('caches hashed files for a year and pages not at all', async () => {
    const html = await pageHtml(`${subpathBase}rust-in-2026/verdict/`);
    expect((await get(assetOf(html, /<link rel="stylesheet" href="([^"]+\.css)"/))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(`${subpathBase}rust-in-2026/verdict/`)).headers.get('cache-control')).toBeNull();
  });

  // The bench holds the published site to Starlight's 91 KiB (bench/lib/budgets.ts); the test library
  // is fixtures, not the published site, so here the budget any library is held to: compressed as
  // nginx sends it, a first search stays within a library's first-search budget.
  it('serves a first search compressed, within a library’s first-search budget, measured as the bench measures it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}${subpathBase}`, { waitUntil: 'networkidle' });
    // The bench's measure (bench/run.ts): the page's responses on the wire (DevTools' encoded length
    // less the headers) from opening search until the results are in and nothing is in flight.
    const session = await context.newCDPSession(page);
    const headerBytes = new Map<string, number>();
    const bodies = new Map<string, { url: string; bytes: number }>();
    const urls = new Map<string, string>();
    const inFlight = new Set<string>();
    session.on('Network.requestWillBeSent', (e) => {
      // A worker's own script finishes in the worker's target, which this session (like the bench's)
      // does not see; what the worker fetches is not counted either.
      if (e.type === 'Script' && e.initiator.type === 'other') return;
      inFlight.add(e.requestId);
      urls.set(e.requestId, e.request.url);
    });
    session.on('Network.responseReceived', (e) => headerBytes.set(e.requestId, e.response.encodedDataLength));
    session.on('Network.loadingFinished', (e) => {
      bodies.set(e.requestId, { url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength - (headerBytes.get(e.requestId) ?? 0) });
      inFlight.delete(e.requestId);
    });
    session.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
    await session.send('Network.enable');
    await page.locator('button.search-button').click();
    await page.keyboard.type('memory safety');
    // The results for the whole query: an excerpt marks the second word.
    await page.locator('dialog.search-dialog [data-results-for="memory safety"] .search-sub-result-excerpt mark', { hasText: /safety/i }).first().waitFor();
    await expect.poll(() => [...inFlight].map((id) => urls.get(id))).toEqual([]);
    const fetched = [...bodies.values()];
    const total = fetched.reduce((sum, body) => sum + body.bytes, 0);
    expect(fetched.some((body) => body.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(total, JSON.stringify(fetched, null, 1)).toBeLessThanOrEqual(BUDGETS.libraryFirstSearchKiB * 1024);
    await context.close();
  });
});
