// What a page's address says about search: the search page's query and scope (`?q=…&report=<slug>`,
// named in src/site/urls.ts), and the terms a result carried to the page it leads to.
import { SEARCH_PARAMS } from '../../site/urls.ts';
import { HIGHLIGHT_PARAM } from './bundle.ts';

const { query: QUERY_PARAM, report: REPORT_PARAM } = SEARCH_PARAMS;

/** A query string with one parameter set to a value, or removed when there is none, keeping the rest in place. */
function withParam(search: string, name: string, value: string | undefined): string {
  const params = new URLSearchParams(search);
  if (value) params.set(name, value);
  else params.delete(name);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search terms in a location's query string (`?q=…`), trimmed; empty when there are none. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAM)?.trim() ?? '';
}

/**
 * The query string to show for a search term, keeping any other parameters:
 * `?q=term` while the reader types, nothing once the box is cleared.
 */
export function searchWithQuery(search: string, query: string): string {
  return withParam(search, QUERY_PARAM, query.trim());
}

/** The report a location's query string scopes search to (`?report=<slug>`), if any. */
export function reportFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get(REPORT_PARAM)?.trim() || undefined;
}

/** The query string with search scoped to `report` (or to every report when undefined), keeping the rest. */
export function searchWithReport(search: string, report: string | undefined): string {
  return withParam(search, REPORT_PARAM, report);
}

/** Whether a page was reached from a search result (`?pagefind-highlight=…`), so its terms should be highlighted. */
export function hasHighlightTerms(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((term) => term.trim() !== '');
}
