// The words of search, and the one rule for when a word holds what the reader typed: ranking the
// places of a result, judging a typo, marking an excerpt and highlighting the page a result leads to
// all use it, so what is marked is what was ranked.

/**
 * The words of a text as search compares them: lower case, accents dropped, split at anything but
 * letters, digits and `_` (so `TcpListener::bind(…)` gives `tcplistener`, `bind`).
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? []
  );
}

/**
 * Whether a word of the text holds a query term: the word starts with the term (the reader may
 * still be typing it), or the term is the word with a plural ending (`tokenizers` holds in
 * `tokenizer`). Unlike Pagefind's stemmer, `face` does not hold in `facing`.
 */
export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  return word.length >= 4 && /^(s|es)$/.test(term.slice(word.length)) && term.startsWith(word);
}

/** Whether a word as written ("Pingora", "Zürich") holds one of the terms (searchWords of the query). */
export function holdsTerm(word: string, terms: readonly string[]): boolean {
  return searchWords(word).some((folded) => terms.some((term) => wordMatches(folded, term)));
}

/** Whether `words` hold every term, and the terms in a row as typed (the exact phrase). */
export function wordsHold(words: readonly string[], terms: readonly string[]): { all: boolean; phrase: boolean } {
  const all = terms.every((term) => words.some((word) => wordMatches(word, term)));
  let phrase = false;
  if (all && terms.length > 1) {
    for (let i = 0; i + terms.length <= words.length && !phrase; i++) {
      phrase = terms.every((term, j) => wordMatches(words[i + j] ?? '', term));
    }
  }
  return { all, phrase: all && (phrase || terms.length === 1) };
}

/**
 * Whether a text holds every word of a query (as `wordMatches` compares them). A result that lacks
 * one may have been found for the others, or by a stem: the typed word may be a typo.
 */
export function holdsEveryWord(text: string, query: string): boolean {
  return wordsHold(searchWords(text), searchWords(query)).all;
}

/**
 * A page's words as Pagefind's word locations count them (pagefind.js splits its `content` at
 * /[^\S\uFEFF]+/): a word here is what lies between spaces, punctuation and all (`store_.put(name,`).
 */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}
