/**
 * A plain static file server, as nginx or a bucket would serve `dist/`: files only, directory
 * URLs map to index.html, no rewrites, 404.html for anything missing. It can apply the headers
 * in `dist/_headers` (Netlify / Cloudflare Pages syntax) so tests and the bench see what self-hosters ship.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, fileUnder } from '../src/lib/static-files.ts';

export interface ServeOptions {
  /** The built site. */
  root: string;
  /** URL path the site lives under ("/" or "/reports/rust-2026/"). */
  base?: string;
  /** Apply the rules in `<root>/_headers`. */
  headers?: boolean;
  /** Gzip text responses when the client asks (as production hosts do), so byte counts are real. */
  gzip?: boolean;
  port?: number;
}

export interface RunningServer {
  /** Origin plus base, ending in "/". */
  url: string;
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** A rule from `_headers`: a path pattern (with `*` and `:splat`) and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses the Netlify / Cloudflare Pages `_headers` format. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ pattern: raw.trim(), headers: [] });
    else {
      const colon = raw.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers that apply to a URL path, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    const regex = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (regex.test(path)) for (const [name, value] of rule.headers) result.set(name.toLowerCase(), value);
  }
  return result;
}

/** Starts the server on 127.0.0.1 (a free port unless one is given). */
export async function serveStatic(options: ServeOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  const rules = options.headers
    ? parseHeadersFile(await readFile(join(options.root, '_headers'), 'utf8').catch(() => ''))
    : [];

  // Each file is compressed once (level 9, as the bench's budgets assume): the built files do not
  // change while a test file runs, and compressing on every request kept the tests' own process busy.
  const compressed = new Map<string, Uint8Array<ArrayBuffer>>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let status = 200;
    let file: string | undefined;
    const candidate = fileUnder(options.root, base, path);
    if (candidate) {
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) file = candidate;
      else if (info?.isDirectory() && path.endsWith('/')) {
        const index = join(candidate, 'index.html');
        if (await stat(index).catch(() => undefined)) file = index;
      } else if (info?.isDirectory()) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
    }
    if (!file) {
      status = 404;
      file = join(options.root, '404.html');
    }
    let body: Uint8Array<ArrayBuffer> = await readFile(file).catch(() => Buffer.from('Not found'));
    const headers: Record<string, string> = {
      'content-type': contentType(file),
    };
    // Rules match the whole URL path, base included, as Netlify and Cloudflare Pages match them.
    for (const [name, value] of headersFor(rules, path)) headers[name] = value;
    if (options.gzip && /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript|wasm/.test(headers['content-type'] ?? '')) {
      const zipped = compressed.get(file) ?? gzipSync(body, { level: 9 });
      compressed.set(file, zipped);
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
