/** A link whose text runs into the word before or after it, as a reader sees it ("orread"). */
export interface GluedLink {
  /** The link's text. */
  text: string;
  /** The few characters around the join, e.g. "or|read". */
  join: string;
}

const WORD = /[\p{L}\p{N}]/u;

// Elements that flow inside a line of text. Block elements (a heading beside its anchor link, a
// paragraph after a list's link) and other links (previous / next, laid out apart) start anew.
const INLINE = new Set(['ABBR', 'B', 'CITE', 'CODE', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

/** The text of a node beside a link, or nothing when it does not continue the link's line. */
function inlineText(node: ChildNode | null): string {
  if (!node) return '';
  if (node.nodeType === 3) return node.textContent ?? '';
  return node.nodeType === 1 && INLINE.has((node as Element).tagName) ? (node.textContent ?? '') : '';
}

/**
 * Links in `root` whose first or last character touches a letter or digit of the text beside them.
 * compressHTML drops white space that spans a line break between text and a tag, so `or\n<a>` in a
 * template reads "or<a>" on the page; only the rendered text shows it.
 */
export function findGluedLinks(root: ParentNode): GluedLink[] {
  const glued: GluedLink[] = [];
  for (const link of root.querySelectorAll('a')) {
    const text = link.textContent ?? '';
    const before = inlineText(link.previousSibling);
    const after = inlineText(link.nextSibling);
    if (WORD.test(before.slice(-1)) && WORD.test(text.charAt(0))) glued.push({ text, join: `${before.slice(-8)}|${text.slice(0, 8)}` });
    if (WORD.test(text.slice(-1)) && WORD.test(after.charAt(0))) glued.push({ text, join: `${text.slice(-8)}|${after.slice(0, 8)}` });
  }
  return glued;
}
