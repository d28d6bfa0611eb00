/**
 * A PDF's text as a reader's copy-and-paste or a search engine gets it, read with pdf.js
 * (pdfjs-dist's Node build): every run with its place on the page, then each page's lines in
 * reading order. The build's check of every report's PDF reads it (src/checks/pdf), and so do the
 * tests and the bench (tools/pdf.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** Runs `read` on the opened PDF and always releases it (pdf.js takes ownership of the bytes it is given: it gets a copy). */
export async function withPdf<T>(pdf: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // Loaded on first use: pdf.js is large, and a build whose PDFs were all checked before never reads one.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, fontExtraProperties: true, useSystemFonts: false });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** A run of text with its box in PDF user space (origin bottom left), as pdf.js reads it. */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
  /** Drawn in a monospace font (code). */
  mono: boolean;
  /** Inside /Artifact marked content (running header, footer, a repeated table header): not the document's reading text. */
  artifact: boolean;
}

/** One page's text runs and its box. */
export interface PageText {
  page: number;
  /** The page box: [x0, y0, x1, y1]. */
  view: [number, number, number, number];
  items: PositionedText[];
}

/** Every page's text runs with positions, in content order. */
export async function pdfTextItems(pdf: Uint8Array): Promise<PageText[]> {
  return withPdf(pdf, async (doc) => {
    const pages: PageText[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items: PositionedText[] = [];
      // The marked-content sections open at this point: true for an /Artifact one.
      const open: boolean[] = [];
      for (const item of content.items) {
        if ('str' in item) {
          const t = item as TextItem;
          const mono = content.styles[t.fontName]?.fontFamily === 'monospace';
          items.push({ str: t.str, x: t.transform[4] as number, y: t.transform[5] as number, width: t.width, height: t.height, hasEOL: t.hasEOL, mono, artifact: open.includes(true) });
        } else if (item.type === 'endMarkedContent') open.pop();
        else open.push((item as { tag?: string }).tag === 'Artifact');
      }
      pages.push({ page: p, view: page.view as [number, number, number, number], items });
    }
    return pages;
  });
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** A run's direction by its characters: rtl, ltr, or neutral (spaces, punctuation). */
function strength(str: string): 'rtl' | 'ltr' | 'neutral' {
  if (RTL.test(str)) return 'rtl';
  return /[\p{L}\p{N}]/u.test(str) ? 'ltr' : 'neutral';
}

/** Reverses every maximal run of `dir` items, taking in the neutral items between two of them. */
function reverseRuns(line: readonly PositionedText[], dir: 'rtl' | 'ltr'): PositionedText[] {
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  const out: PositionedText[] = [];
  for (let i = 0; i < line.length; ) {
    if (strength(line[i]!.str) !== dir) {
      out.push(line[i++]!);
      continue;
    }
    let end = i;
    for (let j = i; j < line.length && strength(line[j]!.str) !== other; j++) if (strength(line[j]!.str) === dir) end = j;
    out.push(...line.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}

/**
 * A visual line's runs (sorted left to right as drawn) in reading order: a small part of the
 * Unicode bidi algorithm, since pdf.js gives each right-to-left word in logical order but the words
 * in the order they are drawn. A mostly right-to-left line is read right to left, its left-to-right
 * runs kept in order; in a left-to-right line, each run of right-to-left words is read right to left.
 */
function logicalOrder(line: readonly PositionedText[]): PositionedText[] {
  const count = (dir: 'rtl' | 'ltr') => line.filter((i) => strength(i.str) === dir).reduce((n, i) => n + i.str.length, 0);
  if (count('rtl') > count('ltr')) return reverseRuns([...line].reverse(), 'ltr');
  return reverseRuns(line, 'rtl');
}

/** Options of the text readers. */
export interface TextOptions {
  /** Leave out artifacts (running header and footer, repeated table headers): the text a screen reader reads. */
  skipArtifacts?: boolean | undefined;
}

/** The text of each page, its lines joined with "\n", right-to-left runs in logical order. */
export function textOf(pages: readonly PageText[], options: TextOptions = {}): string[] {
  return pages.map(({ items }) => {
    const lines: PositionedText[][] = [[]];
    for (const item of items) {
      if (options.skipArtifacts && item.artifact) continue;
      const line = lines.at(-1)!;
      // A new line where pdf.js says so, or where the baseline moves by more than half a line.
      const prev = line.at(-1);
      if (prev && Math.abs(prev.y - item.y) > Math.max(prev.height, item.height, 1) / 2 && item.str.trim() !== '') lines.push([item]);
      else line.push(item);
      if (item.hasEOL) lines.push([]);
    }
    return (
      lines
        // Left to right as drawn (content order is logical for some runs and visual for others), then bidi.
        .map((line) =>
          logicalOrder([...line].sort((a, b) => a.x - b.x))
            .map((i) => i.str)
            .join(''),
        )
        .filter((line) => line.trim() !== '')
        .join('\n')
    );
  });
}

/** The PDF's text, one string per page. */
export async function pdfText(pdf: Uint8Array, options: TextOptions = {}): Promise<string[]> {
  return textOf(await pdfTextItems(pdf), options);
}
