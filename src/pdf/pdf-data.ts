/**
 * A report as the PDF template reads it: ReportDocument (src/site/document.ts) → the JSON that
 * report.typ reads with json("/data.json"). Everything the template shows arrives here as data:
 * strings stay strings (the template sets them as text, never as markup), code arrives highlighted
 * (Shiki's tokens in the site's light theme) and wrapped to the code column, tables arrive with
 * their layout decided (upright or on a landscape page, type size).
 */
import { createHighlighter, type BundledLanguage, type Highlighter, type ThemedToken } from 'shiki';
import { dataAsOfLine, labelledTitle, signOffLine } from '../report/labels.ts';
import type { DocumentBlock, Inline, ReportDocument } from '../site/document.ts';
import { shikiConfig } from '../site/code/shiki.ts';

/** The site's light code theme: paper is light, so the PDF's code has the light theme's colours. */
export const CODE_THEME = shikiConfig.themes.light;
/** Characters of DejaVu Sans Mono that fit one code row (8 pt type on the 154 mm measure, less padding and gutter); report.typ's measure, code size and padding are tied to it. */
export const CODE_COLUMNS = 85;

/** One highlighted run of a code row: text, #rrggbb colour, and b(old)/i(talic)/u(nderline) flags. */
export interface PdfToken {
  t: string;
  c: string;
  s?: string;
}

/** One printed row of a code block: a source line or a continuation of the one above it. */
export interface PdfCodeRow {
  /** 1-based source line. */
  n: number;
  /** A wrapped continuation: the template draws the continuation mark in the gutter. */
  cont: boolean;
  /** The editors marked this line. */
  mark: boolean;
  /** Columns of hanging indent for a continuation row. */
  indent: number;
  toks: PdfToken[];
}

/** A run of a paragraph, with break opportunities added; `url` set only for http(s) and mailto links. */
export interface PdfRun {
  text: string;
  url?: string;
}

/** A block as the template draws it. */
export type PdfBlock =
  | { kind: 'paragraph'; runs: PdfRun[]; rtl: boolean; ragged: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'code'; label: string; title: string | null; bg: string; fg: string; rows: PdfCodeRow[] }
  | {
      kind: 'table';
      caption: string;
      byEditors: boolean;
      landscape: boolean;
      /** Type size in pt. */
      size: number;
      columns: { label: string; numeric: boolean }[];
      rows: { cells: string[]; highlight: boolean }[];
    };

/** A part as the template draws it. */
export interface PdfPart {
  /** The part's anchor: its slug when that is a safe, unique name, else part-<n>; a named destination in the PDF. */
  anchor: string;
  /** The part's name for the running header, shortened. */
  running: string;
  label: string | null;
  title: string;
  blocks: PdfBlock[];
}

/** The whole JSON the template reads (it checks `version`). Display strings carry break opportunities; `meta` is clean. */
export interface PdfData {
  version: 1;
  /** The PDF's metadata: Title, Author, Subject, Keywords. */
  meta: { title: string; author: string | null; description: string; keywords: string[] };
  /** The running header's text (the title, shortened). */
  running: { title: string };
  title: string;
  author: string | null;
  dataAsOf: string | null;
  /** The report's closing lines as the site ends it ("Data as of March 2026.", "— Author"): its own words. */
  closing: string[];
  /** The editors' one-sentence summary, shown marked as theirs; null when they wrote none. */
  description: string | null;
  license: string | null;
  url: string;
  /** The URL as shown, with break opportunities. */
  urlText: string;
  /** `url` is absolute (http/https): then it is a live link. */
  urlLink: boolean;
  site: string;
  lang: string;
  region: string | null;
  date: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** `anchor` names the finding's place; `target` the anchor of its part when the editors link one. */
  findings: { text: string; anchor: string; target: string | null; partName: string | null }[];
  parts: PdfPart[];
}

/** What pdfData needs besides the report. */
export interface PdfDataOptions {
  /** The PDF's creation date (deterministic: the time the report's content was first typeset, or SOURCE_DATE_EPOCH; never a new clock per build). */
  date: Date;
  /** Keywords for the PDF's metadata; none by default. */
  keywords?: readonly string[] | undefined;
}

const ZWSP = '\u200B';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text safe to carry: well-formed UTF-16 (Typst's JSON parser rejects a lone surrogate) and
 * without control characters, which no font draws and PDF/UA refuses; tabs and line breaks become
 * spaces (a line break inside a paragraph's string means nothing). The importer refuses all of
 * these already: this is the second lock, not the first.
 */
export function cleanText(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\t\n\r\f\v]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, '');
}

/**
 * Adds invisible break opportunities (U+200B) inside runs of `min` or more non-space graphemes,
 * after URL punctuation and at least every `every` graphemes, so that a long token wraps instead
 * of running past the margin. The template turns the pieces into boxes: U+200B never reaches the PDF.
 */
export function breakLongWords(text: string, min = 24, every = 16): string {
  return text.replace(/\S+/gu, (word) => {
    const parts = [...graphemes.segment(word)].map((g) => g.segment);
    if (parts.length < min) return word;
    let out = '';
    let since = 0;
    for (const [i, g] of parts.entries()) {
      out += g;
      since++;
      if (i < parts.length - 1 && (/[/_.\-?&=,:;@]/.test(g) || since >= every)) {
        out += ZWSP;
        since = 0;
      }
    }
    return out;
  });
}

/** The first strong character is right-to-left (as HTML's dir="auto" decides). */
export function startsRtl(text: string): boolean {
  const m = /\p{L}/u.exec(text);
  return m !== null && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(m[0]);
}

/** Columns a grapheme takes in the monospace code font (wide East Asian characters and emoji take two). */
export function columnsOf(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  if (/\p{Extended_Pictographic}/u.test(g) && cp > 0xff) return 2;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** A tab expanded to the next multiple of 4 columns, as the site's tab-size shows it. */
function expandTabs(line: string): string {
  let col = 0;
  let out = '';
  for (const { segment } of graphemes.segment(line)) {
    if (segment === '\t') {
      const n = 4 - (col % 4);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += segment;
      col += columnsOf(segment);
    }
  }
  return out;
}

// Shiki's FontStyle bits: 1 italic, 2 bold, 4 underline.
const STYLE_FLAGS: readonly [number, string][] = [
  [1, 'i'],
  [2, 'b'],
  [4, 'u'],
];

function toToken(tok: ThemedToken, fg: string): PdfToken {
  const s = STYLE_FLAGS.filter(([bit]) => ((tok.fontStyle ?? 0) & bit) !== 0)
    .map(([, flag]) => flag)
    .join('');
  const c = (tok.color ?? fg).slice(0, 7).toLowerCase();
  return s ? { t: tok.content, c, s } : { t: tok.content, c };
}

/**
 * Splits one highlighted line into rows of at most `columns`, breaking after a space or
 * punctuation in the row's last third when there is one (identifiers stay whole), else exactly at
 * the margin. Continuation rows hang under the line's own indentation plus two columns.
 */
export function wrapLine(tokens: readonly PdfToken[], columns = CODE_COLUMNS): { indent: number; toks: PdfToken[] }[] {
  type Cell = { g: string; tok: number; w: number };
  const cells: Cell[] = [];
  for (const [i, tok] of tokens.entries()) for (const { segment } of graphemes.segment(tok.t)) cells.push({ g: segment, tok: i, w: columnsOf(segment) });
  const lead = cells.findIndex((cell) => cell.g !== ' ');
  const hang = Math.min(lead < 0 ? 0 : lead, Math.floor(columns / 2)) + 2;
  const rows: { indent: number; toks: PdfToken[] }[] = [];
  let start = 0;
  do {
    const indent = rows.length === 0 ? 0 : hang;
    const room = columns - indent;
    let end = start;
    let width = 0;
    while (end < cells.length && width + cells[end]!.w <= room) width += cells[end++]!.w;
    if (end < cells.length) {
      for (let k = end; k > start + Math.floor(room * 0.66); k--) {
        if (/[\s,;.)\]}>(=+\-*/|&:]/.test(cells[k - 1]!.g)) {
          end = k;
          break;
        }
      }
      if (end === start) end = start + 1;
    }
    const toks: PdfToken[] = [];
    for (const cell of cells.slice(start, end)) {
      const last = toks.at(-1);
      const source = tokens[cell.tok]!;
      if (last && last.c === source.c && last.s === source.s) last.t += cell.g;
      else toks.push(source.s ? { t: cell.g, c: source.c, s: source.s } : { t: cell.g, c: source.c });
    }
    rows.push({ indent, toks });
    start = end;
  } while (start < cells.length);
  return rows;
}

let highlighter: Promise<Highlighter> | undefined;

/** The one Shiki highlighter of the process, with the light theme; languages load on first use. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [CODE_THEME], langs: [] });
  return highlighter;
}

/** A snippet's lines as Shiki tokens in the light theme, with the theme's colours. */
async function highlight(lines: readonly string[], language: string): Promise<{ bg: string; fg: string; lines: PdfToken[][] }> {
  const h = await getHighlighter();
  let lang = language.toLowerCase();
  if (!h.getLoadedLanguages().includes(lang)) {
    try {
      await h.loadLanguage(lang as BundledLanguage);
    } catch {
      lang = 'text'; // Unknown to Shiki: plain, as the site shows it (the content check refuses such fences anyway).
    }
  }
  const code = lines.map((line) => expandTabs(line.toWellFormed().replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ''))).join('\n');
  const result = h.codeToTokens(code, { lang: lang as BundledLanguage, theme: CODE_THEME });
  const fg = (result.fg ?? '#0e1116').slice(0, 7).toLowerCase();
  const bg = (result.bg ?? '#ffffff').slice(0, 7).toLowerCase();
  return { bg, fg, lines: result.tokens.map((line) => line.map((tok) => toToken(tok, fg))) };
}

/** A paragraph's runs; only http(s) and mailto URLs become links (a javascript: one stays text). */
function runs(inlines: readonly Inline[]): PdfRun[] {
  return inlines.map((inline) => {
    const text = breakLongWords(cleanText(inline.text));
    if (inline.kind === 'link' && /^(https?:\/\/|mailto:)/i.test(inline.url)) return { text, url: inline.url.toWellFormed() };
    return { text };
  });
}

/** The layout a table gets: wide ones on a landscape page, every one in type smaller than the text. */
export function tableLayout(columns: readonly string[], rows: readonly (readonly string[])[]): { landscape: boolean; size: number } {
  const length = (s: string) => [...graphemes.segment(s)].length;
  const widest = columns.map((label, c) => Math.min(48, Math.max(length(label), ...rows.map((row) => length(row[c] ?? '')))));
  // Libertinus Serif at 9 pt averages about 4 pt a character, and each column adds about 12 pt of
  // padding. Up to about 1.6 measures a table wraps acceptably upright; wider ones (or more than
  // six columns) get the page turned.
  const natural = widest.reduce((a, b) => a + b, 0) * 4 + columns.length * 12;
  const landscape = columns.length > 6 || (columns.length > 4 && natural > 436 * 1.6);
  return { landscape, size: landscape || columns.length > 4 ? 8.5 : 9 };
}

async function block(b: DocumentBlock): Promise<PdfBlock> {
  switch (b.kind) {
    case 'paragraph': {
      const text = b.inlines.map((i) => i.text).join('');
      // A paragraph with a 30-character token is set ragged: justified, its other lines would gape.
      return { kind: 'paragraph', runs: runs(b.inlines), rtl: startsRtl(text), ragged: /\S{30,}/u.test(text) };
    }
    case 'heading':
      return { kind: 'heading', text: breakLongWords(cleanText(b.text)) };
    case 'code': {
      const { bg, fg, lines } = await highlight(b.lines, b.language);
      const marks = new Set(b.marks);
      const rows = lines.flatMap((toks, i) => wrapLine(toks).map((row, k): PdfCodeRow => ({ n: i + 1, cont: k > 0, mark: marks.has(i + 1), indent: row.indent, toks: row.toks })));
      return { kind: 'code', label: cleanText(b.label), title: b.title === undefined ? null : breakLongWords(cleanText(b.title)), bg, fg, rows };
    }
    case 'table': {
      const labels = b.columns.map((c) => cleanText(c.label));
      const cells = b.rows.map((r) => labels.map((_, i) => cleanText(r.cells[i] ?? '')));
      // Cells break inside a token of 20 characters or more (a URL, a path); shorter words hyphenate as prose does.
      return {
        kind: 'table',
        caption: breakLongWords(cleanText(b.caption)),
        byEditors: b.captionByEditors,
        ...tableLayout(labels, cells),
        columns: b.columns.map((c, i) => ({ label: breakLongWords(labels[i]!, 20, 14), numeric: c.numeric })),
        rows: b.rows.map((r, k) => ({ cells: cells[k]!.map((cell) => breakLongWords(cell, 20, 14)), highlight: r.highlight })),
      };
    }
  }
}

/** Typst's `lang` and `region` from a BCP 47 tag ("en", "pt-BR"); English when it is not one. */
export function typstLang(tag: string): { lang: string; region: string | null } {
  const m = /^([a-z]{2,3})(?:-[a-z]{4})?(?:-([a-z]{2}))?(?:-|$)/i.exec(tag);
  return m ? { lang: m[1]!.toLowerCase(), region: m[2]?.toUpperCase() ?? null } : { lang: 'en', region: null };
}

/** A name safe and unique as a Typst label and a PDF named destination: `wanted` if it is one, else the fallback. */
function anchorFor(wanted: string, fallback: string, taken: Set<string>): string {
  const name = /^[a-z0-9][a-z0-9-]{0,63}$/.test(wanted) && !taken.has(wanted) ? wanted : fallback;
  taken.add(name);
  return name;
}

/** At most `max` graphemes, with an ellipsis when cut (the running header has one line). */
function shorten(text: string, max: number): string {
  const gs = [...graphemes.segment(text)].map((g) => g.segment);
  return gs.length <= max ? text : `${gs.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The PDF's Subject: the editors' description, else a sentence of ours saying what the file is (PDF/UA wants one). */
export function pdfSubject(doc: Pick<ReportDocument, 'title' | 'author' | 'description' | 'site'>): string {
  if (doc.description) return cleanText(doc.description);
  return `The report “${cleanText(doc.title)}”${doc.author ? ` by ${cleanText(doc.author)}` : ''}, as published by ${cleanText(doc.site)}.`;
}

/** The template's data for one report; async because Shiki loads grammars on first use. */
export async function pdfData(doc: ReportDocument, options: PdfDataOptions): Promise<PdfData> {
  const d = options.date;
  if (Number.isNaN(d.getTime())) throw new Error('pdfData: options.date is not a valid date');
  const taken = new Set<string>(['key-findings']);
  // Part anchors first: findings point at them.
  const partAnchors = doc.parts.map((p, i) => anchorFor(p.slug, `part-${i + 1}`, taken));
  const bySlug = new Map<string, number>();
  for (const [i, p] of doc.parts.entries()) if (!bySlug.has(p.slug)) bySlug.set(p.slug, i);
  const title = cleanText(doc.title);
  const author = doc.author ? cleanText(doc.author) : null;
  const description = doc.description ? cleanText(doc.description) : null;
  const shown = (text: string | null) => (text === null ? null : breakLongWords(text));
  return {
    version: 1,
    meta: { title, author, description: pdfSubject(doc), keywords: (options.keywords ?? []).map(cleanText).filter((k) => k !== '') },
    running: { title: shorten(title, 70) },
    title: breakLongWords(title),
    author: shown(author),
    dataAsOf: doc.dataAsOf ? breakLongWords(cleanText(doc.dataAsOf.text)) : null,
    closing: [...(doc.dataAsOf ? [dataAsOfLine(doc.dataAsOf)] : []), ...(doc.author ? [signOffLine(doc.author)] : [])].map((line) => breakLongWords(cleanText(line))),
    description: shown(description),
    license: doc.license ? breakLongWords(cleanText(doc.license)) : null,
    url: doc.url.toWellFormed(),
    urlText: breakLongWords(cleanText(doc.url), 1, 24),
    urlLink: /^https?:\/\//i.test(doc.url),
    site: breakLongWords(cleanText(doc.site)),
    ...typstLang(doc.lang),
    date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    findings: doc.findings.map((f, i) => {
      const part = f.part === undefined ? undefined : bySlug.get(f.part);
      const target = part === undefined ? undefined : doc.parts[part];
      return {
        text: breakLongWords(cleanText(f.text)),
        anchor: anchorFor(f.id, `finding-${i + 1}`, taken),
        target: part === undefined ? null : partAnchors[part]!,
        partName: target ? breakLongWords(cleanText(labelledTitle(target.label, target.title))) : null,
      };
    }),
    parts: await Promise.all(
      doc.parts.map(async (p, i) => ({
        anchor: partAnchors[i]!,
        running: shorten(cleanText(labelledTitle(p.label, p.title)), 60),
        label: p.label ? breakLongWords(cleanText(p.label)) : null,
        title: breakLongWords(cleanText(p.title)),
        blocks: await Promise.all(p.blocks.map(block)),
      })),
    ),
  };
}
