// What search says: one message for each state a search can end in, so that the reader never hears
// "2 reports for “Acme”" and "“acme” is not in the reports" at once.

/** Counted as the results list shows them: reports, or places when one report holds the words. */
export interface Found {
  reports: number;
  places: number;
  /** For a scoped search that found nothing: how many other reports hold the words. */
  elsewhere?: number;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * What the results' live region says: how many reports hold the query, or, when one report does
 * (or the search is scoped to one), how many of its places do, and in which report.
 */
export function resultsSummary(found: Found, query: string, report?: string | undefined): string {
  const what = found.reports === 0 ? 'No results' : found.reports === 1 ? count(found.places, 'result', 'results') : count(found.reports, 'report', 'reports');
  // A scoped search that found nothing says whether other reports hold the words.
  const others = found.reports === 0 && found.elsewhere ? `; ${count(found.elsewhere, 'other report holds', 'other reports hold')} it` : '';
  return `${what} for “${query.trim()}”${report ? ` in ${report}` : ''}${others}`;
}

/**
 * What search says when typed words are nowhere in the reports yet results came back (for the
 * other words, or for a shorter start of the word that Pagefind searched instead: "haskell" → "has").
 */
export function missingWordsNote(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return `${list} ${missing.length === 1 ? 'is' : 'are'} not in the reports.`;
}

/** What a search ended in, as the reader is told it: the summary's line and the note beside "Did you mean …?". */
export interface SearchMessage {
  summary: string;
  note: string;
}

/**
 * The one message for a search's outcome. When typed words are not in the reports, the results came
 * for other words or shorter starts, so no count "for" the query is given: the note says which
 * words are missing, and the summary stays empty. Otherwise the summary counts what was found.
 */
export function searchMessage(found: Found, query: string, missing: readonly string[], report?: string | undefined): SearchMessage {
  if (!query.trim()) return { summary: '', note: '' };
  if (found.reports > 0 && missing.length > 0) return { summary: '', note: missingWordsNote(missing) };
  return { summary: resultsSummary(found, query, report), note: '' };
}

/**
 * What the search box says when search cannot load. The dev server searches the last build
 * (src/search/build/dev-middleware.ts), so there the likely cause is that there is none yet.
 */
export function searchFailureMessage(dev: boolean): string {
  return dev
    ? 'Search could not be loaded: the development server searches the last build, and there is none yet. Run npm run build once.'
    : 'Search could not be loaded. Try again, or use the contents.';
}
