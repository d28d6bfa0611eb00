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
 * Whether an output's text holds a piece of the source: prose (a paragraph, a sentence, a cell)
 * and code (a snippet or one of its lines). Each output compares in its own way: a page's HTML
 * reflows prose, a PDF also hyphenates it (pdfHolder, src/checks/pdf).
 */
export interface TextHolder {
  prose(text: string): boolean;
  code(text: string): boolean;
}

/**
 * A page's text as a TextHolder: prose compared with white space collapsed (HTML reflows it), code
 * with white space removed (the importer re-indents it, and highlighting splits it into spans).
 */
export function pageHolder(pageText: string): TextHolder {
  const page = words(pageText);
  const pageCode = squeezed(pageText);
  return { prose: (text) => page.includes(words(text)), code: (text) => pageCode.includes(squeezed(text)) };
}

/**
 * Every sentence, snippet and cell of `blocks` that the output does not hold (a page's text, or a
 * TextHolder of another output's): a paragraph is looked for whole, then sentence by sentence to
 * name the ones lost; a snippet whole, then line by line.
 */
export function missingText(blocks: readonly Block[], output: string | TextHolder): MissingText[] {
  const holds = typeof output === 'string' ? pageHolder(output) : output;
  const missing: MissingText[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (holds.prose(block.text)) continue;
      const lost = sentences(block.text).filter((sentence) => !holds.prose(sentence));
      missing.push(...(lost.length ? lost : [words(block.text)]).map((text) => ({ line: block.line, text })));
    } else if (block.kind === 'code') {
      if (!holds.code(block.lines.join('\n'))) {
        const lost = block.lines.map((line, index) => ({ line: block.line + index, text: line.trim() })).filter((l) => !holds.code(l.text));
        missing.push(...(lost.length ? lost : [{ line: block.line, text: block.lines[0] ?? '' }]));
      }
    } else {
      [block.header, ...block.rows].forEach((row, index) => {
        for (const cell of row) if (cell.trim() && !holds.prose(cell)) missing.push({ line: block.line + (index === 0 ? 0 : index + 1), text: cell });
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
