import { describe, expect, it, vi } from 'vitest';
import { REPORT_FILTER } from '../../../../src/search/core/bundle.ts';
import type { Vocabulary } from '../../../../src/search/core/suggest.ts';
import type { Engine, Filters, PagefindResult, ResultData } from '../../../../src/search/ui/engine.ts';
import { PAGE_SIZE, searchSession, type EnterAction, type Outcome, type SearchSession } from '../../../../src/search/ui/session.ts';

/** A report's indexed page, as Pagefind's result data gives it. */
const page = (slug: string, content: string): ResultData => ({
  url: `/${slug}/report/`,
  content,
  anchors: [],
  sub_results: [],
  meta: { title: slug },
  filters: { [REPORT_FILTER]: [slug] },
});

/** A result whose data is fetched on demand, counting the fetches. */
const result = (data: ResultData, fetched: string[]): PagefindResult => ({
  data: async () => {
    fetched.push(data.url);
    return data;
  },
});

/**
 * An index of reports, each holding its words: a term's results are the reports whose text holds its
 * every word. A search for a held term waits until it is released, as a slow fetch does.
 */
function fakeEngine(reports: Record<string, string>) {
  const fetched: string[] = [];
  const searches: { term: string | null; filters: Filters | undefined }[] = [];
  const gates = new Map<string, Promise<void>>();
  const failing = new Set<string>();
  const engine: Engine = {
    async search(term, filters) {
      searches.push({ term, filters });
      await gates.get(term ?? '');
      if (term && failing.has(term)) throw new Error('fragment not found');
      return Object.entries(reports)
        .filter(([slug, text]) => (!filters || filters[REPORT_FILTER] === slug) && (term === null || term.toLowerCase().split(' ').every((word) => text.toLowerCase().includes(word))))
        .map(([slug, text]) => result(page(slug, text), fetched));
    },
  };
  const hold = (term: string): (() => void) => {
    let release = () => {};
    gates.set(term, new Promise<void>((resolve) => (release = resolve)));
    return release;
  };
  return Object.assign(engine, { fetched, searches, failing, hold });
}

/** Lets every promise already settled run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A session's events, as a list, and a wait for the next of a kind. */
function record(session: SearchSession) {
  const outcomes: Outcome[] = [];
  const enters: EnterAction[] = [];
  let failures = 0;
  let more: ResultData[][] = [];
  session.on('results', (outcome) => outcomes.push(outcome));
  session.on('enter', (action) => enters.push(action));
  session.on('failed', () => failures++);
  session.on('more', ({ page }) => (more = [...more, page]));
  return { outcomes, enters, failures: () => failures, more: () => more };
}

const noVocabulary = async (): Promise<Vocabulary | undefined> => undefined;

describe('searchSession', () => {
  it('shows the results of exactly the last text searched, never those of an earlier one that arrive late', async () => {
    const engine = fakeEngine({ rust: 'Pingora proxies' });
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    const release = engine.hold('Pi');
    session.search('Pi');
    session.search('Pingora');
    await vi.waitFor(() => expect(events.outcomes.map((o) => o.term)).toEqual(['Pingora']));
    release();
    // The late results of "Pi" are dropped, without fetching the text of any of them.
    await settle();
    expect(events.outcomes.map((o) => o.term)).toEqual(['Pingora']);
    expect(engine.fetched).toEqual(['/rust/report/']);
  });

  it('searches a text once, until the scope changes', async () => {
    const engine = fakeEngine({ rust: 'memory safety', db: 'memory maps' });
    const session = searchSession(engine, { slug: 'rust', title: 'Rust in 2026' }, noVocabulary);
    const events = record(session);
    session.search('memory');
    session.search('memory');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(1));
    expect(engine.searches).toEqual([{ term: 'memory', filters: { [REPORT_FILTER]: 'rust' } }]);
    expect(events.outcomes[0]?.report?.slug).toBe('rust');
    session.setScoped(false, 'memory');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(2));
    expect(events.outcomes[1]?.results).toHaveLength(2);
    expect(events.outcomes[1]?.report).toBeUndefined();
  });

  it('counts, when its report holds nothing, the other reports that do', async () => {
    const engine = fakeEngine({ rust: 'Pingora', db: 'Postgres' });
    const session = searchSession(engine, { slug: 'db', title: 'Databases' }, noVocabulary);
    const events = record(session);
    session.search('Pingora');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(1));
    expect(events.outcomes[0]).toMatchObject({ results: [], elsewhere: 1 });
  });

  it('loads a page of results, and the next on request, fetching only the texts it shows', async () => {
    const reports = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`report-${i}`, 'and']));
    const engine = fakeEngine(reports);
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    session.search('and');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(1));
    expect(events.outcomes[0]?.results).toHaveLength(12);
    expect(events.outcomes[0]?.loaded).toHaveLength(PAGE_SIZE);
    expect(engine.fetched).toHaveLength(PAGE_SIZE);
    session.more();
    await vi.waitFor(() => expect(events.more()).toHaveLength(1));
    session.more();
    await vi.waitFor(() => expect(events.more()).toHaveLength(2));
    expect(events.more().map((p) => p.length)).toEqual([PAGE_SIZE, 12 - 2 * PAGE_SIZE]);
    expect(events.outcomes[0]?.loaded.map((d) => d.url)).toEqual(Object.keys(reports).map((slug) => `/${slug}/report/`));
  });

  it('says so when the index cannot be fetched, and searches the same text again on the next try', async () => {
    const engine = fakeEngine({ rust: 'Android' });
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    engine.failing.add('Android');
    session.search('Android');
    await vi.waitFor(() => expect(events.failures()).toBe(1));
    engine.failing.clear();
    session.enter('Android');
    await vi.waitFor(() => expect(events.enters).toEqual([{ go: '/rust/' }]));
  });

  it('follows the first result of exactly the box’s text on Enter, once its results are in', async () => {
    const engine = fakeEngine({ rust: 'Pingora proxies' });
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    session.search('Pi');
    session.enter('Pingora');
    await vi.waitFor(() => expect(events.enters).toEqual([{ go: '/rust/' }]));
    expect(events.outcomes.at(-1)?.term).toBe('Pingora');
  });

  it('forgets an Enter once the box’s text changes', async () => {
    const engine = fakeEngine({ rust: 'Pingora proxies' });
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    const release = engine.hold('Pingora');
    session.enter('Pingora');
    session.typed();
    release();
    await settle();
    // The box comes back to the same text (a letter typed and deleted), and its results come in.
    session.search('Pingora');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(1));
    await settle();
    expect(events.enters).toEqual([]);
  });

  it('fetches no report’s text for a search whose text changed before its results came, and searches that text again when asked', async () => {
    const engine = fakeEngine({ rust: 'memory safety', db: 'memory maps' });
    const session = searchSession(engine, undefined, noVocabulary);
    const events = record(session);
    const release = engine.hold('memory');
    session.search('memory');
    session.typed();
    release();
    await vi.waitFor(() => expect(engine.searches).toHaveLength(1));
    await settle();
    expect(engine.fetched).toEqual([]);
    expect(events.outcomes).toEqual([]);
    session.search('memory');
    await vi.waitFor(() => expect(events.outcomes.map((o) => o.term)).toEqual(['memory']));
  });

  it('asks for the site’s words only when the first result lacks a typed word, and offers the better spelling on Enter', async () => {
    const engine = fakeEngine({ rust: 'Android phones' });
    const vocabulary = vi.fn(async () => ({ words: ['Android', 'phones'] }));
    const session = searchSession(engine, undefined, vocabulary);
    const events = record(session);
    session.search('Android');
    await vi.waitFor(() => expect(events.outcomes).toHaveLength(1));
    expect(vocabulary).not.toHaveBeenCalled();
    session.enter('Andriod');
    await vi.waitFor(() => expect(events.enters).toEqual([{ suggest: 'Android' }]));
    expect(events.outcomes.at(-1)?.hint).toEqual({ better: 'Android', missing: [] });
    expect(vocabulary).toHaveBeenCalledOnce();
  });
});
