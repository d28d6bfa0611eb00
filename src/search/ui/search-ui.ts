// Search, once a reader opens it. The site's script (src/client/search.ts) loads this file by URL
// only then: it bundles the search code it imports, is handed the bundle path, and hands back its
// functions as `window.reportSearchUi`, since that build keeps no exports. Everything search adds
// lives under src/search/ui, not in the site's script, so that pages cost no more JavaScript
// before a reader searches: the engine (engine.ts), a session per box (session.ts), the elements
// it shows (render.ts), its keys (keys.ts), its scope (scope.ts), the search page's address
// (address.ts), and the highlight on the page a result leads to (highlight.ts).
//
// The box and the dialog are ours and in the HTML from the start: the dialog and its shortcuts work
// before any Pagefind file is loaded, and what a reader types while it loads is kept. Esc, the
// close button (form method="dialog"), a backdrop click (closedby="any") and returning focus are the
// browser's own dialog behaviour. What Pagefind's Component UI gave we keep: a live region that says
// how many results, arrow keys through the results, places per heading (sub-results); and we need
// no eval, no inline script and no inline style (strict CSP).
import { showQuery, showReport } from './address.ts';
import { loadEngine, loadVocabulary } from './engine.ts';
import { highlightPage } from './highlight.ts';
import { moveWithArrows, onEnter } from './keys.ts';
import { searchParts, showMore, showOutcome, showScope } from './render.ts';
import { homeScope } from './scope.ts';
import { searchSession, type SearchSession } from './session.ts';

// How long the box waits after a keystroke before searching.
const DEBOUNCE_MS = 150;

/**
 * Connects a box to its session: what the reader types is searched once they pause, what the
 * session finds is shown, and, on the search page, the address keeps the box's text and scope.
 */
function connect(container: HTMLElement, input: HTMLInputElement, session: SearchSession, base: string): void {
  const parts = searchParts(container);
  const onPage = container.classList.contains('search-page');
  const { home } = session;
  // A text for the box, from the reader or a suggestion taken: searched, and put in the address.
  const searchText = (term: string): void => {
    if (onPage) showQuery(term);
    session.search(term);
  };
  const take = (better: string): void => {
    input.value = better;
    session.typed();
    searchText(better);
    input.focus();
  };
  const scopeLine = (): void => {
    if (!home) return;
    showScope(parts.scope, home, session.scoped(), () => {
      session.setScoped(!session.scoped(), input.value);
      if (onPage) showReport(session.scoped() ? home.slug : undefined);
      scopeLine();
      input.focus();
    });
  };

  session.on('results', (outcome) => showOutcome(parts, outcome, base, take));
  session.on('more', ({ outcome, page }) => showMore(parts, outcome, page, base));
  session.on('failed', () => {
    if (parts.status) parts.status.hidden = false;
  });
  session.on('enter', (action) => ('suggest' in action ? take(action.suggest) : location.assign(action.go)));
  if (parts.more) parts.more.onclick = () => session.more();

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    session.typed();
    clearTimeout(timer);
    timer = setTimeout(() => searchText(input.value), DEBOUNCE_MS);
  });
  moveWithArrows(container, input, parts.list);
  scopeLine();
  // What was typed while search loaded.
  searchText(input.value);
}

const opened = new WeakMap<HTMLElement, Promise<boolean>>();

/**
 * Loads Pagefind for a container (the dialog, or the search page's main) and connects its box:
 * Enter in the box follows the first result for the box's text (also when pressed while search
 * loads), and a failure to load is said, not silent. Resolves whether search is ready.
 */
export function openSearchUi(container: HTMLElement, bundle: string, base: string): Promise<boolean> {
  const ready = opened.get(container);
  if (ready) return ready;
  const input = container.querySelector<HTMLInputElement>('.search-input');
  const status = container.querySelector<HTMLElement>('.search-status');
  let session: SearchSession | undefined;
  // Enter pressed before this module loaded (recorded by src/client/search.ts), or while Pagefind loads.
  let enterPressed = container.dataset['enter'] !== undefined;
  delete container.dataset['enter'];
  const enter = (): void => {
    if (session && input) session.enter(input.value);
    else enterPressed = true;
  };
  onEnter(container, enter);
  const loaded = loadEngine(bundle, base)
    .then(async (engine) => ({ engine, home: await homeScope(container, engine) }))
    .then(
      ({ engine, home }) => {
        if (status) status.hidden = true;
        if (!input) return false;
        session = searchSession(engine, home, () => loadVocabulary(bundle));
        connect(container, input, session, base);
        if (enterPressed) enter();
        return true;
      },
      () => {
        // Opening search again tries again (loadEngine forgets a failure).
        opened.delete(container);
        if (status) status.hidden = false;
        return false;
      },
    );
  opened.set(container, loaded);
  return loaded;
}

/** What this module gives the site's script once loaded. */
export interface SearchUi {
  openSearchUi: typeof openSearchUi;
  highlightPage: typeof highlightPage;
}
declare global {
  interface Window {
    reportSearchUi?: SearchUi;
  }
}
window.reportSearchUi = { openSearchUi, highlightPage };
