import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** One printed sheet as pdf.js reads it: the text of its body and of its margins, and how far down the body goes. */
export interface PrintedSheet {
  /** The text between the margins, its lines joined with "\n". */
  body: string;
  /** The text in the top and bottom margins (the @page margin boxes). */
  margins: string;
  /** How much of the body's height the text reaches down to, from 0 to 1. */
  filled: number;
}

/** Text lines of pdf.js items, in content order: a new line where pdf.js ends one. */
function lines(items: readonly TextItem[]): string {
  return items
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Reads a PDF Chromium printed with `margin` points of page margin above and below: each sheet's
 * body and margin text, and how full its body is (the lowest line's baseline against the body's height).
 */
export async function printedSheets(pdf: Uint8Array, margin: number): Promise<PrintedSheet[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, useSystemFonts: false });
  try {
    const doc = await task.promise;
    const sheets: PrintedSheet[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , , height] = page.view as [number, number, number, number];
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item);
      // PDF user space starts at the bottom: a body line's baseline lies between the two margins.
      const inBody = (item: TextItem) => item.transform[5]! > margin && item.transform[5]! < height - margin;
      const body = items.filter(inBody);
      const lowest = Math.min(...body.filter((item) => item.str.trim() !== '').map((item) => item.transform[5]!));
      sheets.push({ body: lines(body), margins: lines(items.filter((item) => !inBody(item))), filled: body.length ? (height - margin - lowest) / (height - 2 * margin) : 0 });
    }
    return sheets;
  } finally {
    await task.destroy();
  }
}
