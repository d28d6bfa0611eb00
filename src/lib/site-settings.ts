/** Build settings read from the environment, so one source tree serves any host and path. */
export interface SiteSettings {
  /** Absolute origin (and optional path) of the deployed site, for canonical URLs and the sitemap. */
  site: string;
  /** URL path the site is served under, always starting and ending with "/". */
  base: string;
  /** Where the static site is written. */
  outDir: string;
  /** Astro's cache (content data store); separate per build so parallel builds do not share it. */
  cacheDir: string;
}

/** Reads `SITE_URL`, `BASE_PATH`, `REPORT_OUT_DIR` and `ASTRO_CACHE_DIR`, with safe defaults. */
export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}".`);
  }
  return {
    site,
    base: normaliseBase(env['BASE_PATH']),
    outDir: env['REPORT_OUT_DIR'] || './dist',
    cacheDir: env['ASTRO_CACHE_DIR'] || './node_modules/.astro',
  };
}

/** "reports/rust-2026" → "/reports/rust-2026/"; empty → "/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(trimmed)) throw new Error(`BASE_PATH must be a plain URL path, got "${raw}".`);
  return trimmed ? `/${trimmed}/` : '/';
}
