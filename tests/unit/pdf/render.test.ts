// The PDF as Typst writes it, read back with pdf.js: report text comes out as itself and is never
// Typst source; every script the importer accepts reads back; layout, metadata, fonts, size.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfComparable, pdfHolder } from '../../../src/checks/pdf/pdf-fidelity.ts';
import { createPdfRenderer, TEMPLATE_PATH, type PdfRenderer, type PdfResult } from '../../../src/pdf/render.ts';
import type { ReportDocument } from '../../../src/site/document.ts';
import { pdfFonts, pdfLinks, pdfMetadata, pdfText, pdfTextItems, textOf, textOutside } from '../../../tools/pdf.ts';
import { DATE, fixtureDocuments, hostileReport, LONG_URL, SCRIPTS, shownTexts, TYPST_TRAPS } from './samples.ts';

const CANARY = 'CANARY-7f3a9c-SECRET';
// A4 with 28 mm side margins: the text block's right edge.
const TEXT_RIGHT = 595.28 - 79.37;

let fixtures: Awaited<ReturnType<typeof fixtureDocuments>>;
let renderer: PdfRenderer;
let rust: PdfResult;
let databases: PdfResult;
let hostile: PdfResult;
beforeAll(async () => {
  fixtures = await fixtureDocuments();
  renderer = createPdfRenderer({ files: { '/secret.txt': new TextEncoder().encode(CANARY) } });
  rust = await renderer.render(fixtures.rust, { date: DATE });
  databases = await renderer.render(fixtures.databases, { date: DATE });
  hostile = await renderer.render(hostileReport(), { date: DATE });
}, 60_000);
afterAll(() => fixtures.dispose());

/** A report whose title, author, part title, findings and paragraphs are `texts`. */
function reportWith(texts: readonly string[]): ReportDocument {
  const doc = hostileReport();
  return {
    ...doc,
    title: texts[0]!,
    author: texts[1],
    parts: [{ slug: 'p', label: 'Section 1', title: texts[2]!, url: doc.url, blocks: texts.map((text) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] })) }],
    findings: texts.slice(0, 3).map((text, i) => ({ id: `finding-${i}`, text, part: 'p' })),
  };
}

// Each test typesets or reads a PDF: seconds on a busy machine.
describe('the template', { timeout: 30_000 }, () => {
  it('reads nothing but /data.json, and evaluates nothing', () => {
    const template = readFileSync(TEMPLATE_PATH, 'utf8');
    expect(template.match(/\b(read|json|yaml|toml|csv|xml|cbor|image|plugin|include|import|eval)\s*\(/g)).toEqual(['json(']);
    expect(template).not.toMatch(/#include|#import/);
  });
  it('is handed to the compiler as a file: report text is never given as source', () => {
    const source = readFileSync(new URL('../../../src/pdf/render.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/mainFileContent\s*:|addSource|inputs\s*:/);
    expect(source).toMatch(/mainFilePath/);
  });
});

describe('report text', { timeout: 30_000 }, () => {
  it('comes out as itself, every Typst trap in every place a string is shown, and reads no file', async () => {
    const texts = [...TYPST_TRAPS, '#read("/secret.txt")', '#raw(read("/secret.txt"))'];
    const text = (await pdfText((await renderer.render(reportWith(texts), { date: DATE })).pdf)).join('\n');
    expect(text).not.toContain(CANARY);
    for (const t of texts) expect(pdfComparable(text), t).toContain(pdfComparable(t));
    // Literally: the characters a parser would have eaten are there.
    for (const t of ['#read("/secret.txt")', '*not bold* _not emphasised_ `not raw`', '$x^2 + y_1$', '<not-a-label>', 'C:\\Users\\x \\n \\\\ \\#', 'brackets ] [ ]] [[ { } (( ))']) expect(text).toContain(t);
  });
  it('would read the canary if it were Typst source (the control: the canary is readable)', async () => {
    const { NodeCompiler } = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler') as typeof import('@myriaddreamin/typst-ts-node-compiler');
    const compiler = NodeCompiler.create({ workspace: '/nonexistent/control' });
    compiler.mapShadow('/nonexistent/control/secret.txt', Buffer.from(CANARY));
    const result = compiler.compile({ mainFileContent: '#set document(title: "t")\n#read("/secret.txt")' });
    expect(result.takeError()).toBeNull();
    expect((await pdfText(new Uint8Array(compiler.pdf(result.result!)))).join('')).toContain(CANARY);
  });
  it('reads back in every script the fonts cover: Hebrew, Arabic, Chinese, Japanese, Korean, emoji, combining marks', async () => {
    expect(hostile.standard).toBe('ua-1');
    const text = (await pdfText(hostile.pdf, { skipArtifacts: true })).join('\n');
    const holder = pdfHolder(text);
    for (const script of Object.values(SCRIPTS)) expect(holder.prose(script), script).toBe(true);
    // A right-to-left paragraph in its reading order, its full stop included.
    expect(text).toContain(SCRIPTS.hebrew);
    for (const { kind, text: shown } of shownTexts(hostileReport())) expect(holder.prose(shown), `${kind}: ${shown}`).toBe(true);
  });
  it('reads Arabic’s lam-alef ligature back reversed in pdf.js, which the check compares alike (a known limit)', async () => {
    const text = (await pdfText((await renderer.render(reportWith(['لا', 'سلام', 'كلام']), { date: DATE })).pdf, { skipArtifacts: true })).join('\n');
    expect(text).toContain('سالم');
    expect(pdfHolder(text).prose('سلام')).toBe(true);
  });
});

describe('the Rust report', { timeout: 30_000 }, () => {
  it('holds every sentence, heading, finding, code line and table cell in its text', async () => {
    const holder = pdfHolder((await pdfText(rust.pdf, { skipArtifacts: true })).join('\n'));
    const expected = shownTexts(fixtures.rust);
    expect(expected.filter((e) => e.kind === 'code line').length).toBeGreaterThan(10);
    expect(expected.filter((e) => !holder.prose(e.text))).toEqual([]);
  });
  it('reads in order: the findings, then the parts in order, their headings and code lines in theirs', async () => {
    const text = pdfComparable((await pdfText(rust.pdf, { skipArtifacts: true })).join('\n'));
    let at = -1;
    for (const e of shownTexts(fixtures.rust).filter((x) => ['finding', 'part', 'heading', 'code line'].includes(x.kind))) {
      const next = text.indexOf(pdfComparable(e.text), at + 1);
      expect(next, `${e.kind}: ${e.text}`).toBeGreaterThan(at);
      at = next;
    }
  });
  it('marks the editors’ touches as theirs', async () => {
    const text = (await pdfText(rust.pdf, { skipArtifacts: true })).join('\n');
    const headings = fixtures.rust.parts.flatMap((p) => p.blocks).filter((b) => b.kind === 'heading').length;
    expect(text.match(/EDITORS’ HEADING/g)?.length).toBe(headings);
    expect(text).toContain('SUMMARY BY THE EDITORS');
    expect((await pdfText(databases.pdf, { skipArtifacts: true })).join('\n')).toMatch(/Storage Engines Built on Object Storage \(CAPTION BY THE SITE\)/);
  });
  it('opens with the title block: site, title, byline, data-as-of date, address', async () => {
    const [first] = await pdfText(rust.pdf);
    expect(first!.split('\n').slice(0, 5)).toEqual(['RESEARCH REPORTS', 'Rust in 2026', 'By iBuidl Research Team', 'Data as of March 2026', 'https://reports.example.org/rust-in-2026/']);
  });
  it('carries a running header with the title (from page 2) and a footer with the address and page numbers, as artifacts', async () => {
    const items = await pdfTextItems(rust.pdf);
    const all = textOf(items);
    const reading = textOf(items, { skipArtifacts: true });
    all.forEach((page, i) => {
      const lines = page.split('\n');
      expect(lines.at(-1)).toBe(`https://reports.example.org/rust-in-2026/ ${i + 1} / ${all.length}`);
      if (i > 0) expect(lines[0]).toMatch(/^Rust in 2026 (Section \d — .+|Verdict)$/);
      expect(reading[i]).not.toContain(`${i + 1} / ${all.length}`);
    });
  });
  it('fits in 300 KB', () => {
    expect(rust.pdf.byteLength).toBeLessThanOrEqual(300_000);
  });
  it('is PDF/UA-1, tagged, with its Title, Author, Subject, creation date and language', async () => {
    expect(rust.standard).toBe('ua-1');
    expect(await pdfMetadata(rust.pdf)).toEqual({
      title: 'Rust in 2026',
      author: 'iBuidl Research Team',
      subject: fixtures.rust.description,
      creator: 'Typst 0.14.2',
      creationDate: DATE,
      pdfVersion: '1.7',
      language: 'en',
      pdfUa: '1',
      pdfA: undefined,
      tagged: true,
    });
  });
  it('can be PDF/A-2a instead, for an archive (typst.ts writes one standard at a time)', async () => {
    const archival = await renderer.render(fixtures.rust, { date: DATE, standard: 'a-2a' });
    expect(archival.standard).toBe('a-2a');
    expect(await pdfMetadata(archival.pdf)).toMatchObject({ pdfA: '2A', pdfUa: undefined, tagged: true });
  });
  it('is the same, byte for byte, from a warm and from a fresh compiler', async () => {
    const again = await renderer.render(fixtures.rust, { date: DATE });
    const fresh = await createPdfRenderer().render(fixtures.rust, { date: DATE });
    expect(Buffer.compare(again.pdf, rust.pdf)).toBe(0);
    expect(Buffer.compare(fresh.pdf, rust.pdf)).toBe(0);
  });
});

describe('layout', { timeout: 30_000 }, () => {
  it('keeps every line of text inside the page, 10 mm from its edges', async () => {
    for (const result of [rust, hostile]) expect(textOutside(await pdfTextItems(result.pdf), 28.35)).toEqual([]);
  });
  it('never lets code run into the margin: every code row ends inside the text block', async () => {
    for (const result of [rust, hostile]) {
      for (const { view, items } of await pdfTextItems(result.pdf)) {
        if (view[2] > view[3]) continue; // a landscape table's page
        for (const item of items.filter((i) => i.mono)) expect(item.x + item.width, item.str).toBeLessThanOrEqual(TEXT_RIGHT + 0.5);
      }
    }
  });
  it('turns a wide table’s pages to landscape, its header row repeated on each (as an artifact)', async () => {
    const pages = await pdfTextItems(hostile.pdf);
    const landscape = pages.filter((p) => p.view[2] > p.view[3]);
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    for (const p of landscape) expect(p.items.some((i) => i.str.startsWith('Description of the row'))).toBe(true);
    expect(textOf(pages, { skipArtifacts: true }).join('\n').match(/Description of the row in words/g)?.length).toBe(1);
  });
  it('makes written-out URLs live links, and never a javascript: one', async () => {
    const urls = (await pdfLinks(hostile.pdf)).flatMap((l) => (l.url ? [l.url] : []));
    expect(urls).toContain(LONG_URL);
    expect(urls.every((u) => u.startsWith('https://'))).toBe(true);
  });
});

describe('fonts', { timeout: 30_000 }, () => {
  it('are all embedded and subset, and only the ones we ship', async () => {
    for (const result of [rust, hostile]) {
      for (const font of await pdfFonts(result.pdf)) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.subset, font.name).toBe(true);
        expect(font.baseName).toMatch(/^(LibertinusSerif-(Regular|Italic|Bold|BoldItalic|Semibold)|DejaVuSansMono(-Bold|-Oblique|-BoldOblique)?|DejaVuSans(-Bold)?|NotoSansSC-Regular|NotoSansKR-Regular|NotoEmoji-Regular)$/);
      }
    }
  });
  it('leave a character none of them has undrawn, rather than take the machine’s: the PDF is then plain tagged, with a warning naming it', async () => {
    const result = await renderer.render(reportWith(['Thai: ภาษาไทย', 'a', 'b']), { date: DATE });
    expect(result.standard).toBe('tagged');
    expect(result.warnings.join('\n')).toMatch(/could not be displayed/);
    expect((await pdfFonts(result.pdf)).map((f) => f.baseName).join(' ')).not.toMatch(/Thai|Garuda|Loma|Norasi|Waree/);
  });
});
