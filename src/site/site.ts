import { siteUrls } from './urls.ts';

/** The library's own facts (site-facts.ts). */
export { site } from './site-facts.ts';

/** The site's URLs under the base this build uses (BASE_PATH). */
export const urls = siteUrls(import.meta.env.BASE_URL);
