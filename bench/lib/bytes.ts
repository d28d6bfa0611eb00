import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

/** One response the browser received: its URL, Chromium's resource type and its body bytes on the wire. */
export interface Fetched {
  url: string;
  /** Chromium's resource type: Document, Stylesheet, Script, Font, Image, Fetch, … */
  type: string;
  /** Body bytes as transferred (gzipped when the server compressed it), without HTTP headers. */
  bytes: number;
}

/** The bytes of one page visit, in all and by kind. */
export interface VisitBytes {
  total: number;
  html: number;
  css: number;
  js: number;
  /** Inline `<script>` text, gzipped on its own: already inside `html`, listed so JS is counted whole. */
  inlineJs: number;
  fonts: number;
  other: number;
  requests: number;
  /** Number of web-font downloads. */
  fontFiles: number;
}

const KIND: Record<string, keyof Pick<VisitBytes, 'html' | 'css' | 'js' | 'fonts'>> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
  Font: 'fonts',
};

/** Adds up what a visit fetched, by kind of resource. */
export function sumBytes(fetched: readonly Fetched[], inlineJs = 0): VisitBytes {
  const sum: VisitBytes = { total: 0, html: 0, css: 0, js: 0, inlineJs, fonts: 0, other: 0, requests: fetched.length, fontFiles: 0 };
  for (const item of fetched) {
    sum.total += item.bytes;
    const kind = KIND[item.type];
    if (kind) sum[kind] += item.bytes;
    else sum.other += item.bytes;
    if (item.type === 'Font') sum.fontFiles += 1;
  }
  return sum;
}

/** JavaScript a reader gets before touching anything: script files plus inline scripts. */
export function jsBeforeInteraction(visit: VisitBytes): number {
  return visit.js + visit.inlineJs;
}

/** Bytes as KiB with one decimal, the unit the budgets use. */
export function kib(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The median of the runs after the first (the first of a build's runs typesets every PDF: it is
 * reported on its own), or of the one run there is.
 */
export function medianAfterFirst(runs: readonly number[]): number {
  return median(runs.length > 1 ? runs.slice(1) : runs);
}

// Chromium's resource types as Playwright names them, spelled as the DevTools protocol does (KIND).
const CDP_TYPE: Record<string, string> = { document: 'Document', stylesheet: 'Stylesheet', script: 'Script', font: 'Font', fetch: 'Fetch', xhr: 'XHR', image: 'Image' };

/**
 * Records every response a page receives, its workers' included (a DevTools session on the page
 * alone never sees what a worker fetches: the site's search runs none now, but a library that did
 * would be measured in full),
 * with the body's bytes on the wire (gzipped when the server compressed it).
 */
export function recordResponses(page: Page): { fetched: Fetched[]; idle(quietMs: number, maxMs?: number): Promise<void> } {
  const fetched: Fetched[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  const settle = (request: Request): void => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  });
  page.on('requestfinished', (request) => {
    void bodyBytes(request)
      .then((bytes) => {
        if (!request.url().startsWith('data:')) fetched.push({ url: request.url(), type: CDP_TYPE[request.resourceType()] ?? 'Other', bytes });
      })
      .finally(() => settle(request));
  });
  page.on('requestfailed', settle);
  return {
    fetched,
    /** Waits until nothing has been in flight for `quietMs` (bounded by `maxMs`). */
    async idle(quietMs: number, maxMs = 30_000): Promise<void> {
      const until = Date.now() + maxMs;
      while (Date.now() < until && (inFlight.size > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/**
 * A response's body bytes as received. Chromium reports no size for a worker's own script: its body,
 * gzipped as the server gzips (level 9, tools/static-server.ts) when it came compressed, stands in.
 */
async function bodyBytes(request: Request): Promise<number> {
  const sizes = await request.sizes().catch(() => undefined);
  if (sizes?.responseBodySize) return sizes.responseBodySize;
  const response = await request.response();
  const body = await response?.body().catch(() => undefined);
  if (!response || !body) return 0;
  return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body, { level: 9 }).length : body.length;
}
