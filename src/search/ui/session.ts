// One search box's state, without the page: what was typed, the report it searches, the results of
// exactly the box's text (never those of a prefix that arrive late), the next page of them, and what
// Enter does. As in Pagefind's modular UI, an instance with a stale-result guard that tells its
// listeners (the rendering, in search-ui.ts) what to show.
import { REPORT_FILTER } from '../core/bundle.ts';
import { landingUrl } from '../core/ranking.ts';
import { hintFor, NO_HINT, type Hint, type Vocabulary } from '../core/suggest.ts';
import { holdsEveryWord } from '../core/words.ts';
import type { Engine, PagefindResult, ResultData } from './engine.ts';

/**
 * Reports shown at first and per "More results": each costs one fragment file to fetch (the
 * report's whole text: 3.9 KiB gzipped for "Rust in 2026").
 */
export const PAGE_SIZE = 5;

/** The report a box searches first: the one whose page it is on, or the search page's `?report=`. */
export interface Scope {
  slug: string;
  /** The report's title, once known. */
  title: string | undefined;
}

/** A search's outcome: every result, those loaded so far (a page at first), and what is offered beside them. */
export interface Outcome {
  /** The text searched, exactly as typed. */
  term: string;
  /** The report searched, when the search was scoped to one. */
  report: Scope | undefined;
  results: readonly PagefindResult[];
  /** The data of the results shown so far, in order. */
  loaded: ResultData[];
  /** For a scoped search that found nothing: how many other reports hold the words. */
  elsewhere: number;
  hint: Hint;
}

/** What Enter does once the results of the box's text are in: take the suggested spelling, or go to a place. */
export type EnterAction = { suggest: string } | { go: string };

/** What a session tells its listeners. */
export interface SessionEvents {
  /** The outcome of the box's text, once its suggestion (if any may help) is known: one message per state. */
  results: Outcome;
  /** The next page of an outcome's results, loaded. */
  more: { outcome: Outcome; page: ResultData[] };
  /** A part of the index could not be fetched; the next search or Enter tries again. */
  failed: undefined;
  /** Enter, pressed for the box's text: what it leads to. */
  enter: EnterAction;
}

/** One search box's session (searchSession). */
export interface SearchSession {
  /** The report the box searches first, if any. */
  readonly home: Scope | undefined;
  /** Whether searches are scoped to `home`. */
  scoped(): boolean;
  on<K extends keyof SessionEvents>(type: K, listener: (value: SessionEvents[K]) => void): void;
  /** Searches a text, unless it is the one searched last (in the same scope). */
  search(term: string): void;
  /** Scopes searches to `home` or to every report, and searches the text again. */
  setScoped(scoped: boolean, term: string): void;
  /** The box's text changed: an Enter pressed for the text before no longer stands. */
  typed(): void;
  /** Enter: once the results of exactly this text are in, tells `enter` where it leads. */
  enter(term: string): void;
  /** Loads the next page of the results shown. */
  more(): void;
}

/**
 * A session over an engine. `home` is the report it searches first; `vocabulary` gives the site's
 * words, asked for only when the first result lacks a typed word (the word may be a typo).
 */
export function searchSession(engine: Engine, home: Scope | undefined, vocabulary: () => Promise<Vocabulary | undefined>): SearchSession {
  const listeners = new Map<keyof SessionEvents, ((value: never) => void)[]>();
  const emit = <K extends keyof SessionEvents>(type: K, value: SessionEvents[K]): void => {
    for (const listener of listeners.get(type) ?? []) (listener as (value: SessionEvents[K]) => void)(value);
  };
  let scoped = !!home;
  // The search last started (scope and text), and the outcome on screen with its key.
  let started: string | undefined;
  let shown: { key: string; outcome: Outcome } | undefined;
  let enterFor: string | undefined;
  // How often the box's text has changed: a search whose text changed before its results came
  // fetches no report's text for them, since the reader is still typing.
  let edits = 0;
  let loadingMore = false;
  const keyOf = (term: string): string => `${scoped ? home?.slug : ''}\u0000${term}`;

  const hint = async (term: string, first: ResultData | undefined): Promise<Hint> => {
    if (!term.trim() || (first && holdsEveryWord(first.content, term))) return NO_HINT;
    const words = await vocabulary();
    return words ? hintFor(term, words, !!first) : NO_HINT;
  };
  const enter = ({ hint, loaded, term }: Outcome): void => {
    if (hint.better) emit('enter', { suggest: hint.better });
    else if (loaded[0]) emit('enter', { go: landingUrl(loaded[0], term) });
  };
  const run = async (term: string, key: string): Promise<void> => {
    const report = scoped ? home : undefined;
    const filters = report ? { [REPORT_FILTER]: report.slug } : undefined;
    const typing = edits;
    let outcome: Outcome;
    try {
      const results = term.trim() ? await engine.search(term, filters) : [];
      if (started !== key) return;
      if (edits !== typing) {
        started = undefined;
        return;
      }
      const loaded = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
      // Nothing in this report: are the words in others? (No text is fetched to count them.)
      const elsewhere = filters && term.trim() && results.length === 0 ? (await engine.search(term)).length : 0;
      outcome = { term, report, results, loaded, elsewhere, hint: await hint(term, loaded[0]) };
    } catch {
      // Said, unless a later search has started, whose own outcome is what the reader should see.
      if (started !== key) return;
      started = undefined;
      emit('failed', undefined);
      return;
    }
    // A later search has started: this outcome would be stale.
    if (started !== key) return;
    shown = { key, outcome };
    emit('results', outcome);
    if (enterFor === key) {
      enterFor = undefined;
      enter(outcome);
    }
  };
  const session: SearchSession = {
    home,
    scoped: () => scoped,
    on(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    search(term) {
      const key = keyOf(term);
      if (started === key) return;
      started = key;
      void run(term, key);
    },
    setScoped(value, term) {
      scoped = value && !!home;
      session.search(term);
    },
    typed() {
      enterFor = undefined;
      edits++;
    },
    enter(term) {
      if (!term.trim()) return;
      const key = keyOf(term);
      if (shown?.key === key) return enter(shown.outcome);
      enterFor = key;
      session.search(term);
    },
    more() {
      const now = shown?.outcome;
      if (!now || loadingMore) return;
      loadingMore = true;
      const from = now.loaded.length;
      Promise.all(now.results.slice(from, from + PAGE_SIZE).map((result) => result.data()))
        .then(
          (page) => {
            if (shown?.outcome !== now) return;
            now.loaded.push(...page);
            emit('more', { outcome: now, page });
          },
          // A result's text could not be fetched: said; the next call tries again.
          () => shown?.outcome === now && emit('failed', undefined),
        )
        .finally(() => (loadingMore = false));
    },
  };
  return session;
}
