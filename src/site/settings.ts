/** Build settings read from the environment, so one source tree serves any host and path. */
export interface SiteSettings {
  /**
   * Absolute origin of the deployed site, for canonical URLs, og:url and the sitemap; undefined
   * without SITE_URL, and then the build leaves those out rather than guess an address.
   */
  site: string | undefined;
  /** URL path the site is served under, always starting and ending with "/". */
  base: string;
  /** Where the static site is written. */
  outDir: string;
  /** Astro's cache (content data store); separate per build so parallel builds do not share it. */
  cacheDir: string;
  /** The content folder the site is built from: src/content, or a test fixture's or the bench's copy. */
  contentDir: string;
}

/** Reads `SITE_URL`, `BASE_PATH`, `REPORT_OUT_DIR`, `ASTRO_CACHE_DIR` and `REPORT_CONTENT_DIR`, with safe defaults. */
export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const site = env['SITE_URL']?.trim() || undefined;
  if (site !== undefined && !URL.canParse(site)) {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}".`);
  }
  return {
    site,
    base: normaliseBase(env['BASE_PATH']),
    outDir: env['REPORT_OUT_DIR'] || './dist',
    cacheDir: env['ASTRO_CACHE_DIR'] || './node_modules/.astro',
    contentDir: env['REPORT_CONTENT_DIR'] || './src/content',
  };
}

/** The build's one warning when SITE_URL is missing: what it leaves out, and how to put it back. */
export const missingSiteUrlWarning =
  'SITE_URL is not set, so the build leaves out what needs the site\'s absolute address: canonical URLs, og:url, ' +
  'the sitemap, the Sitemap line of robots.txt and the RSS and JSON feeds, and the PDFs print each report\'s path instead of its web address. ' +
  'Set it for a deployment, e.g. SITE_URL=https://example.org npm run build.';

/** "reports/rust-2026" → "/reports/rust-2026/"; empty → "/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(trimmed)) throw new Error(`BASE_PATH must be a plain URL path, got "${raw}".`);
  return trimmed ? `/${trimmed}/` : '/';
}

/** The settings of this process's build (the one place the build reads its environment). */
export const settings: SiteSettings = siteSettings(process.env);
