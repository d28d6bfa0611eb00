/**
 * The report as a BibTeX `@techreport` entry, served as `<slug>/cite.bib`. The entry is assembled
 * here and every value escaped by unicode2latex (the tables of Zotero's Better BibTeX). Not
 * citation-js's BibTeX output: it drops every character it has no LaTeX macro for (Cyrillic, CJK,
 * Hebrew, emoji: citation-js issue #177) and writes organisation names unescaped, so one "{" in a
 * team's name breaks the file. The unit tests read what this writes with @retorquere/bibtex-parser.
 */
import { Transform } from 'unicode2latex';
import { absoluteUrl, authorOf, clean, dataAsOfNote, dateParts, GENRE, type CitedReport } from './facts.ts';

// unicode2latex's `minimal` mode escapes what BibTeX and LaTeX treat specially (# $ % & _ as \#…,
// \ ~ ^ as \textbackslash{}…, < > in math mode, odd spaces as TeX spaces) and leaves every other
// character UTF-8 as written, which biber, XeLaTeX, LuaLaTeX and pdfLaTeX (UTF-8 by default since
// 2018) read. Braces become \textbraceleft/\textbraceright: its \{ still counts as a brace for BibTeX,
// so one "{" in a title would unbalance the entry. `text`: specials with a math form too are written
// in text form, which ends a math run ("<_" is $<$\_, not $<\_$, which parsers read as a subscript).
// Not its `bibtex` mode (all of Unicode as macros): it writes package macros (✁ as \ding{33}), Greek
// as math italics, and loses text (℉ as F, ĸ as K).
const latex = new Transform('minimal', {
  charmap: { '{': { text: '\\textbraceleft' }, '}': { text: '\\textbraceright' } },
  text: '_\\#$%&',
});

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The report as one `@techreport` entry (key = slug), "\n"-terminated; throws rather than write unbalanced braces. */
export function bibtex(report: CitedReport): string {
  const fields: [string, string][] = [];
  const author = authorOf(report);
  // Double braces: an organisation is one name (BibTeX would split "Smith and Sons" and invert "Acme
  // Labs"), and the title keeps its case (styles lowercase it otherwise).
  if (author) fields.push(['author', group(tex(author))]);
  fields.push(['title', group(tex(clean(report.title)))]);
  // biblatex reads `institution` as a list split at " and ": one group keeps it whole.
  fields.push(['institution', group(tex(clean(report.site)))]);
  fields.push(['type', `{${tex(GENRE)}}`]);
  const issued = dateParts(report.dataAsOf?.iso);
  if (issued) {
    fields.push(['year', `{${issued[0]}}`]);
    // The month macro (mar) is what BibTeX styles localise and biblatex parses; {3} prints as "3".
    if (issued[1] !== undefined) fields.push(['month', MONTHS[issued[1] - 1]!]);
  }
  const note = dataAsOfNote(report);
  if (note) fields.push(['note', `{${tex(note)}}`]);
  const url = absoluteUrl(report.url);
  if (url) fields.push(['url', `{${bibUrl(url)}}`]);
  const entry = `@techreport{${bibKey(report.slug)},\n${fields.map(([name, value]) => `  ${name} = ${value},\n`).join('')}}\n`;
  if (!balanced(entry)) throw new Error(`bibtex: the entry for ${report.slug} has unbalanced braces`);
  return entry;
}

// Where the text is cut before unicode2latex sees it, the pieces joined by an empty group {}:
// - between two characters TeX would join into another: `--` is an en dash, ``` `` ``` and `''`
//   quotation marks, `!`` ¡, `?`` ¿, `,,` „;
// - between an ASCII special and a combining mark, which unicode2latex 7.0.33 passes through raw
//   ("{" + U+0301 came out as a raw, unbalancing "{"). The mark stays, UTF-8, after the {}.
const CUT = /(?<=[-`',!?])(?=[-`',])|(?<=[{}\\%&#_$~^<>])(?=\p{M})/u;

/** Text → LaTeX for a braced BibTeX value. */
function tex(text: string): string {
  return text
    .split(CUT)
    .map((piece) => latex.tolatex(piece))
    .join('{}');
}

/**
 * `{{value}}`. A group that starts with a backslash is a BibTeX "special character", inside which
 * styles do change case, so a value that would (a title starting "{" or "#") starts with an empty group.
 */
function group(value: string): string {
  return value.startsWith('\\') ? `{{{}${value}}}` : `{{${value}}}`;
}

/** URLs are verbatim in biblatex and \url: only braces and backslashes, which a query may keep raw, are encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A citation key BibTeX accepts: the slug (already [a-z0-9-]), anything else a hyphen. */
function bibKey(slug: string): string {
  return slug.replace(/[^A-Za-z0-9_:.-]/gu, '-') || 'report';
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
