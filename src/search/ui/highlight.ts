// The search terms, highlighted on the page a result leads to (`?pagefind-highlight=…`).
import { holdsTerm, searchWords } from '../core/words.ts';

/** A mark.js instance, as pagefind-highlight.js hands it to markText. */
interface Marker {
  markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
}
/** pagefind-highlight.js's class, as far as we use and extend it. */
type HighlightClass = new (options: { highlightParam: string; addStyles: boolean }) => {
  markOptions: Record<string, unknown>;
  markText(instance: Marker, terms: string[]): void;
};

// Every word of the page, as search's words go (letters, digits, `_`, and accents kept).
const WORD = /[\p{L}\p{N}_\p{M}]+/gu;

// A script element: pagefind-highlight.js is a module that sets a global.
function addScript(doc: Document, src: string): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.append(script);
  return new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
}

/**
 * Highlights the terms with pagefind-highlight.js, whole words only, by the rule that marks the
 * results' excerpts (holdsTerm): mark.js left to itself marks the terms inside any word ("face" in
 * "surface", "a" in every word that has one). Its markText, which the class calls with mark.js and
 * the terms, is ours: every word of the page is offered, and those that hold a term are marked.
 * addStyles would inject a <style> element, which the CSP blocks: search.css styles the marks.
 */
export async function highlightPage(doc: Document, bundle: string, highlightParam: string): Promise<void> {
  await addScript(doc, `${bundle}pagefind-highlight.js`);
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlightClass };
  class WholeWords extends PagefindHighlight {
    override markText(instance: Marker, params: string[]): void {
      const terms = params.flatMap(searchWords);
      instance.markRegExp(WORD, { ...this.markOptions, filter: (_node: Text, word: string) => holdsTerm(word, terms) });
    }
  }
  new WholeWords({ highlightParam, addStyles: false });
}
