// The text Pagefind indexes on a built page, read the way Pagefind reads it: the build's word list
// for "Did you mean …?" (src/integrations/search-index.ts) and the tests that every sentence of a
// report can be found use it.
import { parseHTML } from 'linkedom';
import { BLOCK_ELEMENTS } from '../../checks/fidelity/fidelity.ts';

/**
 * Controls and status messages inside an article (copy buttons and their "Copied", sort buttons)
 * are never the report's text, whether or not their markup remembers data-pagefind-ignore:
 * Pagefind is told to leave them out (its excludeSelectors).
 */
export const EXCLUDE_SELECTORS: readonly string[] = ['button', '[role="status"]'];

// What Pagefind leaves out of a page's body besides EXCLUDE_SELECTORS (https://pagefind.app/docs/indexing/).
const SKIPPED = ['[data-pagefind-ignore]', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'svg', ...EXCLUDE_SELECTORS].join(', ');
// Elements whose edges part words, as the build's check of every word reads them.
const BLOCKS = new Set(BLOCK_ELEMENTS.map((tag) => tag.toUpperCase()));

/** The text Pagefind indexes on a built page (its data-pagefind-body), or nothing when it has none. */
export function indexedText(html: string): string {
  const { document } = parseHTML(html);
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(SKIPPED)) return;
    const block = BLOCKS.has(element.tagName);
    if (block) text += ' ';
    for (const child of element.childNodes) walk(child);
    if (block) text += ' ';
  };
  for (const body of bodies) walk(body);
  return text;
}
