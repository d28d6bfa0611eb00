// The text Pagefind indexes on a built page, read the way Pagefind reads it: the build's word list
// for "Did you mean …?" (src/search/build/index-step.ts) and the tests that every sentence of a
// report can be found use it.
import { parseHTML } from 'linkedom';
import { htmlText } from '../../lib/html-text.ts';

/**
 * Controls and status messages inside an article (copy buttons and their "Copied", sort buttons)
 * are never the report's text, whether or not their markup remembers data-pagefind-ignore:
 * Pagefind is told to leave them out (its excludeSelectors).
 */
export const EXCLUDE_SELECTORS: readonly string[] = ['button', '[role="status"]'];

// What Pagefind leaves out of a page's body besides EXCLUDE_SELECTORS (https://pagefind.app/docs/indexing/).
const SKIPPED = ['[data-pagefind-ignore]', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'svg', ...EXCLUDE_SELECTORS].join(', ');
/** The text Pagefind indexes on a built page (its data-pagefind-body), or nothing when it has none. */
export function indexedText(html: string): string {
  // Most pages have no body for Pagefind (search indexes one page a report): no need to parse those.
  if (!html.includes('data-pagefind-body')) return '';
  const { document } = parseHTML(html);
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  for (const body of bodies) for (const skipped of body.querySelectorAll(SKIPPED)) skipped.remove();
  // Read as the build's every-word check reads a page (block edges part words, entities decoded).
  return bodies.map((body) => htmlText(body.outerHTML)).join(' ');
}
