import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from './urls.ts';

/**
 * Redirects for paths a report had before it moved into the library (report.json's
 * `formerPaths`), as Astro's `redirects` config: "/verdict/" → "/rust-in-2026/verdict/". Astro
 * writes each as a static page that refreshes to the new address, so old links work on any host.
 * Astro puts the base before the old path but not before the destination, so `base` is added here.
 */
export function formerPathRedirects(reportsDir: string, base: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  let slugs: string[];
  try {
    slugs = readdirSync(reportsDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
  } catch {
    return redirects;
  }
  for (const slug of slugs.sort()) {
    let former: Record<string, string> = {};
    try {
      former = (JSON.parse(readFileSync(join(reportsDir, slug, 'report.json'), 'utf8')) as { formerPaths?: Record<string, string> }).formerPaths ?? {};
    } catch {
      continue; // The content schema reports a missing or broken report.json with its file name.
    }
    for (const [from, to] of Object.entries(former)) {
      // An empty path would be the library's own address: never taken over by a report.
      if (from.replace(/\//g, '') === '') continue;
      redirects[`/${from.replace(/^\/+|\/+$/g, '')}/`] = withBase(base, `${slug}/${to.replace(/^\/+/, '')}`);
    }
  }
  return redirects;
}
