import { initThemeSwitch } from './theme.ts';
import { initSearch } from './search.ts';
import { initSearchPage } from './search-page.ts';
import { initCopyButtons } from './copy-code.ts';
import { initSortableTables } from './table-sort.ts';

/**
 * The site's one script, run on every page: each part finds its own elements and does nothing
 * where there are none. One file rather than one per component: four files cost a gzip stream and
 * a request each, 0.7 kB more on the whole-report page than this bundle (bench/, the 2 KiB budget).
 * Everything it adds is an enhancement; every page reads fully without it.
 */
export function initSite(doc: Document, base: string): void {
  initThemeSwitch(doc);
  initSearch(doc, base);
  initSearchPage(doc, base);
  initCopyButtons(doc);
  initSortableTables(doc);
}
