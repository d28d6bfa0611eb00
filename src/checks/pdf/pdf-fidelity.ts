/**
 * The check that no word of a report is lost between its text and its PDF: the same check as the
 * pages' (src/checks/fidelity, missingText over the blocks of source.json), over the text a PDF
 * reader extracts, compared as typesetting legitimately changes it.
 */
import { dataAsOfLine, signOffLine } from '../../report/labels.ts';
import type { Block, Report } from '../../report/model.ts';
import { missingText, type MissingText, type TextHolder } from '../fidelity/fidelity.ts';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * Text as it compares between the source and a PDF's extracted text. Typesetting wraps lines and
 * hyphenates words, and pdf.js returns NFKC, so white space, hyphens, soft hyphens and zero-width
 * characters go and both sides are NFKC. Two readings of pdf.js are made the same on both sides:
 * the Arabic lam-alef ligature, which it reads reversed (Typst writes right-to-left runs as
 * /ReversedChars, and the ligature's two letters are reversed with them), and a letter with a mark
 * no font has precomposed, whose letter it reads twice ("q̇q̇", "xx̣": Typst maps the base and the
 * mark glyph each to the cluster, or the base to itself, and gives the base an /ActualText, which
 * pdf.js ignores).
 */
export function pdfComparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00AD\u200B-\u200D\u2060\u2010\u2011-]/gu, '')
    .replace(/\u0644([\u0622\u0623\u0625\u0627])/gu, '$1\u0644')
    .replace(/(\P{M}\p{M}+)\1/gu, '$1')
    .replace(/(\P{M})\1(?=\p{M})/gu, '$1');
}

/** The words of a text, without the punctuation that bidi reordering moves about. */
function bareWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => pdfComparable(word.replace(/\p{P}/gu, '')))
    .filter((word) => word !== '');
}

/**
 * A PDF's extracted text as a TextHolder. Right-to-left text that is not found as it is (in a line
 * of mixed directions, the reader's bidi step may put its runs in another order) is looked for
 * word by word: each of its words must be in the PDF.
 */
export function pdfHolder(pdfText: string): TextHolder {
  const text = pdfComparable(pdfText);
  const holds = (piece: string) => text.includes(pdfComparable(piece)) || (RTL.test(piece) && bareWords(piece).every((word) => text.includes(word)));
  return { prose: holds, code: holds };
}

/**
 * Everything of a report's text (source.json) that its PDF's text does not hold: the findings,
 * every part's paragraphs, code and cells, and the closing lines.
 */
export function missingFromPdf(report: Report, pdfText: string): MissingText[] {
  const holder = pdfHolder(pdfText);
  const blocks: Block[] = [
    ...report.findings.map(({ text, line }): Block => ({ kind: 'paragraph', text, line })),
    ...report.parts.flatMap((part) => part.blocks),
    ...(report.dataAsOf ? [{ kind: 'paragraph' as const, text: dataAsOfLine(report.dataAsOf), line: report.dataAsOf.line }] : []),
    ...(report.author ? [{ kind: 'paragraph' as const, text: signOffLine(report.author), line: report.author.line }] : []),
  ];
  return missingText(blocks, holder);
}
