/**
 * The library's own facts: what the site calls itself, apart from any report in it. Plain data, so
 * that the build's integration and its child processes read it as the pages do (site.ts re-exports it).
 */
export const site = {
  /** The site's name: header, page titles, feeds, the PDFs' title block and metadata. */
  name: 'Research reports',
  /** One sentence of ours for the library page and the feeds. */
  description: 'Every research report the team has published, newest data first, each readable section by section or whole.',
  /** Language of the site's own words (navigation, headings of ours). */
  lang: 'en',
} as const;
