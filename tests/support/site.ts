import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type RunningServer, type ServeOptions } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { rootDist, subpathBase, subpathDist } from './paths.ts';

/** A real Chromium and the two test builds served as a plain static host serves them. */
export interface ServedSite {
  browser: Browser;
  /** The site built at the root path (dist/), served at "/". */
  root: RunningServer;
  /** The site built with BASE_PATH, served under that path. */
  sub: RunningServer;
}

/**
 * Starts Chromium and serves both builds before a test file's tests, and stops them after.
 * The fields are filled in by the time a test runs. `options` (headers, gzip) apply to both servers.
 */
export function useServedSite(options: Pick<ServeOptions, 'headers' | 'gzip'> = {}): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    [site.browser, site.root, site.sub] = await Promise.all([
      launchBrowser(),
      serveStatic({ root: rootDist, ...options }),
      serveStatic({ root: subpathDist, base: subpathBase, ...options }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), site.root?.close(), site.sub?.close()]);
  });
  return site;
}
