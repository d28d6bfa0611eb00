import { siteUrls } from './urls.ts';

/** The library's own facts: what the site calls itself, apart from any report in it. */
export const site = {
  /** The site's name: header, page titles, feeds. */
  name: 'Research reports',
  /** One sentence of ours for the library page and the feeds. */
  description: 'Every research report the team has published, newest data first, each readable section by section or whole.',
  /** Language of the site's own words (navigation, headings of ours). */
  lang: 'en',
} as const;

/** The site's URLs under the base this build uses (BASE_PATH). */
export const urls = siteUrls(import.meta.env.BASE_URL);
