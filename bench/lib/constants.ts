/**
 * Every figure the bench, its report, its tests and the README's Performance section share, kept
 * here once so that none of them can drift from the others.
 */

/** A first visit is over once this long passes with no request in flight. */
export const IDLE_MS = 5_000;

/** The Lighthouse categories measured, in the order tables list them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of LIGHTHOUSE_CATEGORIES. */
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** How tables title each category. */
export const LIGHTHOUSE_TITLES: Readonly<Record<LighthouseCategory, string>> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/** The best docs frameworks, built from the same report on the same machine (issue 6). */
export const COMPARISON = {
  /** Starlight's first visit, with its idle-time search UI, gzipped. */
  starlightFirstVisitKiB: 54,
  /** Starlight's first search, gzipped. */
  starlightFirstSearchKiB: 91,
  /** VitePress's first visit, gzipped. */
  vitepressFirstVisitKiB: 151,
} as const;

/** The budgets of issue 6. */
export const BUDGETS = {
  /** Heaviest first visit, all requests until IDLE_MS idle, gzipped. About a quarter of Starlight's. */
  firstVisitKiB: 14,
  /** JavaScript before interaction on any page, gzipped. */
  jsKiB: 2,
  /** Web fonts downloaded. */
  fontFiles: 0,
  /** The first search must be smaller than Starlight's. */
  firstSearchBelowKiB: COMPARISON.starlightFirstSearchKiB,
  /** Every Lighthouse category on every run. */
  lighthouse: 100,
  /** No slower than Starlight building the same reports, measured in the same run (bench/lib/starlight.ts). */
  buildRatio: 1,
  /** The library of 1,000 reports (about 7,000 pages) on two cores (issue 11). */
  libraryBuildSeconds: 240,
  libraryPeakMiB: 4096,
  libraryFirstSearchKiB: 120,
  /** Importing one report, excluding the build (issue 10). */
  importMs: 1000,
  /** A report's PDF, the Rust report's at most (issue 22), in kB of 1,000 bytes as the pages state sizes. */
  reportPdfKB: 300,
} as const;
