// The search page keeps its search in its address (`?q=…&report=<slug>`), so that it can be linked,
// bookmarked and reloaded.
import { searchWithQuery, searchWithReport } from '../core/address.ts';

/** Puts a query string in the page's address, in place (no new history entry), if it differs. */
function replaceSearch(search: string): void {
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Keeps `?q=` in step with the box: the text typed, or none once it is cleared. */
export function showQuery(term: string): void {
  replaceSearch(searchWithQuery(location.search, term));
}

/** Keeps `&report=` in step with the scope: the report searched, or none for every report. */
export function showReport(slug: string | undefined): void {
  replaceSearch(searchWithReport(location.search, slug));
}
