/**
 * Reports for the PDF's unit tests: the fixture reports as the build reads them (imported into a
 * fresh content folder, then reportDocument), and a hostile one made to break a template that
 * would let report text become Typst source.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeLibrary } from '../../../tools/library.ts';
import { reportDocument, type ReportDocument } from '../../../src/site/document.ts';
import { documentSite } from '../../../src/pdf/build.ts';
import { rustFixture, sampleReport } from '../../support/paths.ts';

/** The date every test render carries. */
export const DATE = new Date('2026-03-15T12:00:00Z');

/** The site the samples point to. */
export const SITE = { name: 'Research reports', base: '/', origin: 'https://reports.example.org' };

/** The fixture reports imported into a temporary content folder, as documents; `dispose` removes the folder. */
export async function fixtureDocuments(): Promise<{ rust: ReportDocument; databases: ReportDocument; contentDir: string; dispose(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'pdf-fixtures-'));
  const contentDir = join(root, 'content');
  await makeLibrary(contentDir, [rustFixture, { slug: sampleReport.slug, file: sampleReport.file }]);
  const site = documentSite(SITE);
  return {
    rust: reportDocument(contentDir, rustFixture.slug, site),
    databases: reportDocument(contentDir, sampleReport.slug, site),
    contentDir,
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** Strings that would do something if Typst ever parsed them: each must come out as itself. */
export const TYPST_TRAPS = [
  '#read("/etc/passwd")',
  '#import "@preview/cetz:0.3.0": *',
  '#eval("1 + 1") and #let x = 1',
  '#set page(fill: red) #show: none',
  '*not bold* _not emphasised_ `not raw` ``` fenced ```',
  '$x^2 + y_1$ and $$ dollars $$',
  '@not-a-ref and <not-a-label> and <a:b>',
  'backslashes: C:\\Users\\x \\n \\\\ \\#',
  'brackets ] [ ]] [[ { } (( ))',
  'comments // line /* block */ -- em — en – dash',
  '#while true { } #for x in range(10) [x]',
  '= Not a heading',
  '- not a list + not an enum / term: not',
];

/** A paragraph each: right-to-left, CJK, emoji and combining marks. */
export const SCRIPTS = {
  hebrew: 'שלום עולם, זהו דוח בדיקה.',
  arabic: 'مرحبا بكم في التقرير، لا سلام ولا كلام.',
  chinese: '中文字符测试，日本語のテキスト。',
  korean: '한국어 보고서입니다.',
  emoji: 'Emoji: 😀 🚀 🦀 ❤️ 👍🏽 🇫🇷',
  combining: 'Combining: e\u0301te\u0301, n\u0303, a\u0308\u0304, A\u030A, q\u0307.',
};

/** 200 characters with no break opportunity. */
export const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5).slice(0, 200);
/** A long URL, written out (and linked). */
export const LONG_URL = `https://example.org/${'very-long-path-segment/'.repeat(6)}?query=${'q'.repeat(60)}&x=#read`;
/** A 200-character line of code. */
export const LONG_CODE_LINE = `let value = compute("${'x'.repeat(120)}", another_argument_with_a_long_name, yet_another_argument) + more(); // end`;

const text = (value: string) => ({ kind: 'paragraph' as const, inlines: [{ kind: 'text' as const, text: value }] });

/** The hostile report: markup and code characters in every string, every script, long words, a wide long table, a long code line. */
export function hostileReport(): ReportDocument {
  const url = 'https://reports.example.org/hostile/';
  return {
    slug: 'hostile',
    title: 'Hostile #read("/etc/passwd") *report* $x$ <lbl> @ref \\ ] [',
    author: ']#eval("1+1")[ <author> \\',
    dataAsOf: { text: '$$ March 2026 #none', iso: '2026-03' },
    description: '*not bold* #set page(fill: red) and a summary by the editors.',
    license: '#import "@preview/x:0.1.0" CC-BY-4.0',
    url,
    site: 'Research #reports',
    lang: 'en',
    findings: [
      { id: 'finding-traps', text: TYPST_TRAPS[0]!, part: 'traps' },
      { id: 'finding-scripts', text: `${SCRIPTS.hebrew} ${SCRIPTS.chinese}`, part: 'scripts' },
      { id: 'finding-nowhere', text: '#link("https://evil.example")[click] points nowhere', part: 'no-such-part' },
      { id: 'bad id <x>', text: 'A finding with a hostile id.' },
    ],
    parts: [
      {
        slug: 'traps',
        label: 'Section 1',
        title: '#heading[pwn] <lbl> = Title',
        url: `${url}traps/`,
        blocks: [
          { kind: 'heading', text: '#set text(red) *editors* heading', id: 'x' },
          ...TYPST_TRAPS.map(text),
          {
            kind: 'paragraph',
            inlines: [
              { kind: 'text', text: 'A link: ' },
              { kind: 'link', url: LONG_URL, text: LONG_URL },
              { kind: 'text', text: ' and a javascript: one ' },
              { kind: 'link', url: 'javascript:alert(1)', text: 'javascript:alert(1)' },
              { kind: 'text', text: ' end.' },
            ],
          },
          text(`A long word: ${LONG_WORD} end.`),
        ],
      },
      { slug: 'scripts', label: 'Section 2', title: 'Scripts: עברית, العربية, 中文, 한국어, 😀', url: `${url}scripts/`, blocks: Object.values(SCRIPTS).map(text) },
      {
        slug: '../etc/passwd',
        label: 'Section 3 ] #x',
        title: 'Code and tables',
        url: `${url}code/`,
        blocks: [
          {
            kind: 'code',
            language: 'text',
            label: 'Text',
            title: 'evil.typ #read("/etc/passwd")',
            marks: [2, 3],
            lines: ['#read("/etc/passwd")', '#eval("panic()") // marked', '\t$math$ *bold* <label> @ref', LONG_CODE_LINE, '', '    indented ]['],
          },
          { kind: 'code', language: 'rust', label: 'Rust', title: undefined, marks: [1], lines: [`fn main() { let s = "${'#'.repeat(150)}"; println!("{}", s); }`, '    // 中文 comment 😀 שלום'] },
          {
            kind: 'table',
            id: 'hostile/code-1',
            caption: 'A #table(columns: 7) caption *with* markup',
            captionByEditors: true,
            columns: [
              { label: 'Name #x', numeric: false },
              { label: 'Count', numeric: true },
              { label: 'Share %', numeric: true },
              { label: 'Description of the row in words', numeric: false },
              { label: 'Notes $x$', numeric: false },
              { label: 'URL', numeric: false },
              { label: 'Latency', numeric: true },
            ],
            rows: Array.from({ length: 40 }, (_, i) => ({
              cells: [
                `Row ${i + 1} #strong[x]`,
                String((i + 1) * 1234),
                `${(i * 7.5).toFixed(1)}%`,
                'A fairly long description that will have to wrap over several lines in its cell *not bold*',
                i % 2 ? LONG_WORD.slice(0, 60) : 'short',
                `https://example.org/row/${i}/${'segment/'.repeat(4)}`,
                `${i * 3} ms`,
              ],
              highlight: i === 2,
            })),
          },
        ],
      },
      { slug: 'traps', title: 'Verdict ] [ #', url: `${url}verdict/`, blocks: [text('The verdict: nothing above ran. ]#[')] },
    ],
  };
}

/** Every string of a report its PDF must show, by kind (the template's own words aside). */
export function shownTexts(doc: ReportDocument): { kind: string; text: string }[] {
  const out = [{ kind: 'title', text: doc.title }];
  if (doc.author) out.push({ kind: 'byline', text: `By ${doc.author}` });
  if (doc.dataAsOf) out.push({ kind: 'data as of', text: `Data as of ${doc.dataAsOf.text}` });
  for (const f of doc.findings) out.push({ kind: 'finding', text: f.text });
  for (const p of doc.parts) {
    out.push({ kind: 'part', text: p.label ? `${p.label} — ${p.title}` : p.title });
    for (const b of p.blocks) {
      if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: b.inlines.map((i) => i.text).join('') });
      if (b.kind === 'heading') out.push({ kind: 'heading', text: b.text });
      if (b.kind === 'code') {
        if (b.title) out.push({ kind: 'code title', text: b.title });
        for (const line of b.lines) if (line.trim() !== '') out.push({ kind: 'code line', text: line });
      }
      if (b.kind === 'table') {
        out.push({ kind: 'caption', text: b.caption });
        for (const c of b.columns) out.push({ kind: 'column', text: c.label });
        for (const r of b.rows) for (const c of r.cells) out.push({ kind: 'cell', text: c });
      }
    }
  }
  return out;
}
