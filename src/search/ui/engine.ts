// Pagefind's engine (pagefind.js and its WebAssembly), loaded once per page when search opens, and
// the site's word list, fetched only when a query may hold a typo.
//
// Our own results list over Pagefind's JS API, not its Component UI: the Component UI's script and
// stylesheet (48 KiB gzipped) and its Web Worker (a second copy of pagefind.js's engine, 12 KiB)
// made a first search 131 KB; the API in the main thread (noWorker) with our UI is about 85 KB (the
// docs/PERFORMANCE.md has the measured figure), under Starlight's 91 KiB
// (bench/lib/constants.ts). A search of this size runs in a few milliseconds, so the main thread is
// not held up. https://pagefind.app/docs/api/
import { HIGHLIGHT_PARAM, VOCABULARY_FILE } from '../core/bundle.ts';
import { loadOnce } from '../core/load-once.ts';
import type { RankablePage, RankableSubResult } from '../core/page.ts';
import type { Vocabulary } from '../core/suggest.ts';

/** A heading's part of a result, as far as we show it. */
export interface SubResultData extends RankableSubResult {
  title: string;
}
/** A result's data, as far as we read it. */
export interface ResultData extends RankablePage<SubResultData> {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
/** One result of a search, whose data Pagefind loads on demand. */
export interface PagefindResult {
  data(): Promise<ResultData>;
}
/** Pagefind filters: the report a search is scoped to (REPORT_FILTER). */
export type Filters = Record<string, string>;

/** The part of pagefind.js's API we use. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

/** What search asks of the index: the results for a term (null: every page the filters keep). */
export interface Engine {
  search(term: string | null, filters?: Filters): Promise<PagefindResult[]>;
}

let engine: (() => Promise<Engine>) | undefined;

/**
 * Pagefind's engine, loaded and started once per page, and loaded again after a failure. It runs in
 * the page (noWorker): its worker fetches a second copy of the engine, which costs more than it saves
 * at this index's size. Rejects when any part of it, or the index, cannot be fetched.
 */
export function loadEngine(bundle: string, base: string): Promise<Engine> {
  engine ??= loadOnce(async (fresh) => {
    const pagefind = (await import(/* @vite-ignore */ fresh(`${bundle}pagefind.js`))) as Pagefind;
    // baseUrl: the index's URLs are relative to dist/, so result links need the base (BASE_PATH).
    await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await pagefind.init();
    // init() does not wait for the index: a search for nothing loads it, and fails if it cannot.
    await pagefind.search(null);
    return { search: async (term, filters) => (await pagefind.search(term, filters ? { filters } : {}))?.results ?? [] };
  });
  return engine();
}

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** The site's words (written by the build next to the index), fetched the first time a suggestion may help; none if they cannot be. */
export function loadVocabulary(bundle: string): Promise<Vocabulary | undefined> {
  return (vocabulary ??= fetch(`${bundle}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
    .catch(() => undefined));
}
