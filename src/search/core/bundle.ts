// What the build and the browser agree on about the index: where its bundle is, the filter that files
// each report under its slug, the parameter that carries terms to the page a result leads to, and the
// word list written beside it. Each named once, here.
import { withBase } from '../../site/urls.ts';

/** The Pagefind filter that files each report's page under its slug (src/pages/[report]/report.astro), which scopes a search. */
export const REPORT_FILTER = 'report';

/** The query parameter that carries search terms to the target page (Pagefind's `highlightParam`). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The file the build writes next to Pagefind's index, read by the browser only to suggest a word. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Where Pagefind's bundle lives: its default folder under the site's base. */
export function pagefindBundlePath(base: string): string {
  return withBase(base, 'pagefind/');
}
