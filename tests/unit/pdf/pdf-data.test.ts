import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakLongWords, cleanText, CODE_COLUMNS, columnsOf, pdfData, startsRtl, tableLayout, typstLang, wrapLine, type PdfBlock, type PdfData } from '../../../src/pdf/pdf-data.ts';
import type { ReportDocument } from '../../../src/site/document.ts';
import { DATE, fixtureDocuments, hostileReport, LONG_CODE_LINE, TYPST_TRAPS } from './samples.ts';

const width = (toks: readonly { t: string }[]) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(toks.map((t) => t.t).join(''))].reduce((n, g) => n + columnsOf(g.segment), 0);
const blocksOf = <K extends PdfBlock['kind']>(data: PdfData, kind: K) => data.parts.flatMap((p) => p.blocks).filter((b): b is Extract<PdfBlock, { kind: K }> => b.kind === kind);

let fixtures: Awaited<ReturnType<typeof fixtureDocuments>>;
let rust: ReportDocument;
beforeAll(async () => {
  fixtures = await fixtureDocuments();
  rust = fixtures.rust;
}, 60_000);
afterAll(() => fixtures.dispose());

describe('strings', () => {
  it('keeps markup characters as they are', () => {
    for (const trap of TYPST_TRAPS) expect(cleanText(trap)).toBe(trap);
  });
  it('drops control characters and lone surrogates, which Typst or PDF/UA refuse', () => {
    expect(cleanText('a\u0000b\u0007c\u009Fd')).toBe('abcd');
    expect(cleanText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanText('one\ntwo\tthree')).toBe('one two three');
  });
  it('adds break opportunities only inside overlong words, and only U+200B', () => {
    expect(breakLongWords('short words stay as they are')).toBe('short words stay as they are');
    const long = 'x'.repeat(100);
    const broken = breakLongWords(long);
    expect(broken.replaceAll('\u200B', '')).toBe(long);
    expect(broken.split('\u200B').every((piece) => piece.length <= 16)).toBe(true);
  });
  it('decides a paragraph’s direction from its first strong character', () => {
    expect(startsRtl('שלום world')).toBe(true);
    expect(startsRtl('  123 مرحبا')).toBe(true);
    expect(startsRtl('Hello שלום')).toBe(false);
  });
  it('maps a BCP 47 tag to Typst’s lang and region, and anything else to English', () => {
    expect(typstLang('en')).toEqual({ lang: 'en', region: null });
    expect(typstLang('pt-BR')).toEqual({ lang: 'pt', region: 'BR' });
    expect(typstLang('zh-Hant-TW')).toEqual({ lang: 'zh', region: 'TW' });
    expect(typstLang('#evil')).toEqual({ lang: 'en', region: null });
  });
});

describe('code rows', () => {
  it('never pass the column limit, and lose no character', () => {
    const rows = wrapLine([{ t: LONG_CODE_LINE, c: '#000000' }]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.indent + width(row.toks)).toBeLessThanOrEqual(CODE_COLUMNS);
    expect(rows.map((r) => r.toks.map((t) => t.t).join('')).join('')).toBe(LONG_CODE_LINE);
  });
  it('count wide characters as two columns', () => {
    const rows = wrapLine([{ t: '中'.repeat(60), c: '#000000' }]);
    for (const row of rows) expect(row.indent + width(row.toks)).toBeLessThanOrEqual(CODE_COLUMNS);
    expect(rows.length).toBe(2);
  });
  it('hang continuations under the line’s indentation', () => {
    const rows = wrapLine([{ t: `        ${'word '.repeat(30)}`, c: '#000000' }]);
    expect(rows.map((r) => r.indent)).toEqual([0, 10]);
  });
  it('keep an empty line as one empty row', () => {
    expect(wrapLine([])).toEqual([{ indent: 0, toks: [] }]);
  });
});

// Shiki loads a language's grammar on its first snippet: seconds on a busy machine.
describe('pdfData', { timeout: 30_000 }, () => {
  it('highlights code in the site’s light theme and marks the editors’ lines', async () => {
    const [code] = blocksOf(await pdfData(rust, { date: DATE }), 'code');
    expect(code).toMatchObject({ title: 'src/lib.rs', label: 'Rust', bg: '#ffffff' });
    // github-light-high-contrast's keyword red (src/site/code/shiki.ts names the theme).
    const colours = new Set(code!.rows.flatMap((r) => r.toks.map((t) => t.c)));
    expect(colours.size).toBeGreaterThan(4);
    expect(colours).toContain('#a0111f');
    expect(code!.rows.filter((r) => r.mark).map((r) => r.n)).toEqual([9]);
  });
  it('fills the metadata, with a Subject of ours when the editors wrote no summary', async () => {
    const doc = fixtures.databases;
    const data = await pdfData({ ...doc, description: undefined }, { date: DATE, keywords: ['databases'] });
    expect(data.meta).toEqual({ title: 'Databases in 2026', author: 'iBuidl Research Team', description: 'The report “Databases in 2026” by iBuidl Research Team, as published by Research reports.', keywords: ['databases'] });
    expect(data.description).toBeNull();
    expect(data.date).toEqual({ year: 2026, month: 3, day: 15, hour: 12, minute: 0, second: 0 });
  });
  it('ends with the report’s closing lines, as the site does', async () => {
    expect((await pdfData(rust, { date: DATE })).closing).toEqual(['Data as of March 2026.', '— iBuidl Research Team']);
  });
  it('links each finding to the part the editors named', async () => {
    const data = await pdfData(rust, { date: DATE });
    expect(data.findings.map((f) => f.target)).toEqual(['trajectory', 'ml-infrastructure', 'cpp-replacement', 'learning-curve']);
    expect(data.findings[0]!.partName).toBe("Section 1 — Rust's Trajectory: Beyond the Hype Cycle");
  });
  it('makes safe, unique anchors, and links findings only to parts that exist', async () => {
    const data = await pdfData(hostileReport(), { date: DATE });
    expect(data.parts.map((p) => p.anchor)).toEqual(['traps', 'scripts', 'part-3', 'part-4']);
    expect(data.findings.map((f) => f.target)).toEqual(['traps', 'scripts', null, null]);
    expect(data.findings.map((f) => f.anchor)).toEqual(['finding-traps', 'finding-scripts', 'finding-nowhere', 'finding-4']);
  });
  it('links only http(s) and mailto URLs', async () => {
    const data = await pdfData(hostileReport(), { date: DATE });
    const runs = blocksOf(data, 'paragraph').flatMap((b) => b.runs);
    expect(runs.filter((r) => r.url).map((r) => r.url!.slice(0, 8))).toEqual(['https://']);
    expect(runs.some((r) => r.text === 'javascript:alert(1)' && r.url === undefined)).toBe(true);
  });
  it('turns a wide table’s page to landscape and keeps a narrow one upright', () => {
    expect(tableLayout(['a', 'b', 'c'], [['1', '2', '3']])).toEqual({ landscape: false, size: 9 });
    const long = 'a long cell that goes on and on and on';
    expect(tableLayout(['1', '2', '3', '4', '5', '6', '7'], [[long, long, long, long, long, long, long]]).landscape).toBe(true);
  });
  it('refuses an invalid date rather than write one', async () => {
    await expect(pdfData(rust, { date: new Date('nope') })).rejects.toThrow(/date/);
  });
});
