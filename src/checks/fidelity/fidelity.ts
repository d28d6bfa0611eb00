import { decodeEntities } from '../../lib/html-text.ts';

/**
 * The check that no word of a report is lost between its text and its pages: each part's
 * paragraphs, code and table cells must all be in the text of the page built for it.
 */

/** What the check needs of a block of the report's text. */
export type SourceBlock =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'code'; lines: readonly string[]; line: number }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[]; line: number };

/** A sentence, snippet or cell of the source that a page does not hold. */
export interface MissingText {
  line: number;
  text: string;
}

/**
 * Elements that end a run of text, though compressHTML leaves no white space between them: a space
 * stands in for their tags. Inline tags (a, code, time, span) sit inside a sentence and vanish
 * without one. Search's reading of a page reads them by the same rule (indexed-text.ts).
 */
export const BLOCK_ELEMENTS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];
const BLOCK_TAGS = new RegExp(`<\\/?(?:${BLOCK_ELEMENTS.join('|')})\\b[^>]*>`, 'gi');

/** The text of a piece of HTML as a reader sees it: block tags as spaces, inline tags gone, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(BLOCK_TAGS, ' ')
      .replace(/<[^>]+>/g, ''),
  );
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The sentences of a paragraph, split after . ! ? (or a closing quote after them) and a space. */
export function sentences(paragraph: string): string[] {
  return words(paragraph)
    .split(/(?<=[.!?]["”’)]?)\s+/)
    .filter((sentence) => sentence !== '');
}

/**
 * Every sentence, snippet and cell of `blocks` that `pageText` does not hold. Prose is compared
 * with white space collapsed (HTML reflows it); code with white space removed (the importer
 * re-indents it, and highlighting splits it into spans).
 */
export function missingText(blocks: readonly SourceBlock[], pageText: string): MissingText[] {
  const page = words(pageText);
  const pageCode = squeezed(pageText);
  const missing: MissingText[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (page.includes(words(block.text))) continue;
      const lost = sentences(block.text).filter((sentence) => !page.includes(sentence));
      missing.push(...(lost.length ? lost : [words(block.text)]).map((text) => ({ line: block.line, text })));
    } else if (block.kind === 'code') {
      if (!pageCode.includes(squeezed(block.lines.join('\n')))) {
        const lost = block.lines.map((line, index) => ({ line: block.line + index, text: line })).filter((l) => !pageCode.includes(squeezed(l.text)));
        missing.push(...(lost.length ? lost : [{ line: block.line, text: block.lines[0] ?? '' }]));
      }
    } else {
      [block.header, ...block.rows].forEach((row, index) => {
        for (const cell of row) if (cell.trim() && !page.includes(words(cell))) missing.push({ line: block.line + (index === 0 ? 0 : index + 1), text: cell });
      });
    }
  }
  return missing;
}

/** The inner HTML of the `<article>` a page built for a report's part (or home, `part` undefined). */
export function articleHtml(html: string, report: string, part: string | undefined): string | undefined {
  for (const match of html.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const attributes = match[1] ?? '';
    if (!attributes.includes(`data-report="${report}"`)) continue;
    const partAttr = /data-part="([^"]*)"/.exec(attributes)?.[1];
    if (partAttr === part) return match[2];
  }
  return undefined;
}
