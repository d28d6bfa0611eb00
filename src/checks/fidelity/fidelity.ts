import { tagPattern } from '../../lib/html-text.ts';
import type { Block } from '../../report/model.ts';

/**
 * The check that no word of a report is lost between its text and its pages: each part's
 * paragraphs, code and table cells must all be in the text of the page built for it.
 */

/** A sentence, snippet or cell of the source that a page does not hold. */
export interface MissingText {
  line: number;
  text: string;
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
export function missingText(blocks: readonly Block[], pageText: string): MissingText[] {
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
        const lost = block.lines.map((line, index) => ({ line: block.line + index, text: line.trim() })).filter((l) => !pageCode.includes(squeezed(l.text)));
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
  for (const match of html.matchAll(new RegExp(`${tagPattern('article')}([\\s\\S]*?)<\\/article>`, 'g'))) {
    const attributes = match[1] ?? '';
    if (!attributes.includes(`data-report="${report}"`)) continue;
    const partAttr = /data-part="([^"]*)"/.exec(attributes)?.[1];
    if (partAttr === part) return match[2];
  }
  return undefined;
}
