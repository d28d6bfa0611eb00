/**
 * Joins Astro's `base` (always ending in "/", e.g. "/reports/rust-2026/") and a site path,
 * so every link works when `dist/` is served under a subpath with no rewrites.
 */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The directory-style path of a report part: the first part is the home page. */
export function partPath(id: string, isHome: boolean): string {
  return isHome ? '' : `${id}/`;
}
