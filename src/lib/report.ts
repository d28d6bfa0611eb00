/** Report-wide facts: the one place the title, publisher and date live. */
export const report = {
  /** The report's title as its publisher gives it. */
  title: 'Rust in 2026',
  /** Who wrote it; the report signs off as "— iBuidl Research Team". */
  publisher: 'iBuidl Research Team',
  /** The report's own words for its data cut-off ("Data as of March 2026."). */
  dataAsOf: 'March 2026',
  /** ISO month of the data cut-off, for machine-readable dates. */
  dataAsOfIso: '2026-03',
  /** Language of the report, for `<html lang>` and OpenGraph. */
  lang: 'en',
  /** One sentence of ours that describes the site (home page meta description). */
  description:
    'The iBuidl Research Team report on Rust adoption in 2026: key findings, five sections and a verdict.',
} as const;

export type Report = typeof report;
