// The PDF stage over a content folder, as the build runs it before the pages: reports imported
// with the real importer, typeset in child processes, kept in the cache by their content's digest.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfProblems } from '../../../src/checks/pdf/check.ts';
import { importReport } from '../../../src/import/import-report.ts';
import { REPORT_FILES, reportsDir } from '../../../src/report/folders.ts';
import { makeReportPdfs } from '../../../src/pdf/build.ts';
import { cachedPdf, hasPdf, pdfCacheDir, readPdfManifest, type PdfManifest } from '../../../src/site/report-pdfs.ts';
import { pdfPath } from '../../../src/site/urls.ts';
import { pdfMetadata } from '../../../tools/pdf.ts';
import { SITE } from './samples.ts';

// A report in the scripts the PDF's fonts cover: each line as the importer accepts it.
const SCRIPTS_REPORT = [
  'Reports in Every Script',
  '- 한국어 보고서의 주요 발견입니다',
  '- التقرير يقول: لا شيء يضيع',
  'Section 1 — 中文与日本語',
  '中文字符测试，日本語のテキスト。这是第二个句子。',
  'Section 2 — עברית ועربية',
  'שלום עולם, זהו דוח בדיקה.',
  'مرحبا بكم في التقرير، لا سلام ولا كلام.',
  'Section 3 — Emoji and Marks',
  'Emoji: 🚀 🦀 ❤️ 👍🏽 🇫🇷, and marks: été, q̇.',
  'Data as of March 2026.',
  '— 연구팀',
].join('\n');

// A report with a script none of the PDF's fonts has (Thai, on line 4).
const THAI_REPORT = ['Thai in a Report', '- A finding in English', 'Section 1 — Thai', 'The word ภาษาไทย is Thai.'].join('\n');

let root: string;
let contentDir: string;
let cacheDir: string;
let first: PdfManifest;
const warnings: string[] = [];
const infos: string[] = [];
const stage = (processes?: number) =>
  makeReportPdfs({ contentDir, cacheDir, site: SITE, info: (m) => infos.push(m), warn: (m) => warnings.push(m), processes });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pdf-stage-'));
  contentDir = join(root, 'content');
  cacheDir = join(root, 'cache');
  for (const [slug, text] of [
    ['scripts', SCRIPTS_REPORT],
    ['thai', THAI_REPORT],
  ] as const) {
    await writeFile(join(root, `${slug}.txt`), `${text}\n`);
    await importReport({ file: join(root, `${slug}.txt`), contentDir });
  }
  first = await stage(2);
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

// Each test typesets or reads a PDF: seconds on a busy machine.
describe('the PDF stage', { timeout: 30_000 }, () => {
  it('typesets a report in Korean, Chinese, Japanese, Hebrew, Arabic and emoji, and its PDF holds every word of it', async () => {
    const entry = first['scripts'];
    if (!hasPdf(entry)) throw new Error(`no PDF: ${JSON.stringify(entry)}`);
    const pdf = new Uint8Array(await readFile(cachedPdf(cacheDir, entry.key)));
    expect(entry).toMatchObject({ pages: 1, bytes: pdf.byteLength, standard: 'ua-1' });
    const folder = join(reportsDir(contentDir), 'scripts');
    const record = await readFile(join(folder, REPORT_FILES.record), 'utf8');
    expect(await pdfProblems({ pdf, record, sourceFile: join(folder, REPORT_FILES.text), pdfName: pdfPath('scripts') }, cacheDir)).toEqual([]);
    expect((await pdfMetadata(pdf)).title).toBe('Reports in Every Script');
  });
  it('gives no PDF to a report with characters no font of the PDF has, and says which, at its line', () => {
    expect(first['thai']).toEqual({ none: 'no font of the PDF can draw “ภ”, “า”, “ษ”, “ไ”, “ท”, “ย”' });
    expect(warnings).toContainEqual(`${join(reportsDir(contentDir), 'thai', REPORT_FILES.text)}:4: the report gets no PDF: no font of the PDF can draw “ภ”, “า”, “ษ”, “ไ”, “ท”, “ย”`);
  });
  it('writes the manifest the pages read', () => {
    expect(readPdfManifest(cacheDir)).toEqual(first);
  });
  it('typesets an unchanged report no more: the next build takes it from the cache', async () => {
    expect(await stage()).toEqual(first);
    expect(infos.at(-1)).toMatch(/^2 report PDF\(s\): 0 typeset, 2 unchanged from the cache/);
  });
  it('typesets a report again when its content changes, and drops the old PDF from the cache', async () => {
    const facts = join(reportsDir(contentDir), 'scripts', REPORT_FILES.facts);
    const json = JSON.parse(await readFile(facts, 'utf8')) as { description?: string };
    await writeFile(facts, JSON.stringify({ ...json, description: 'A report of the editors’ in every script.' }));
    const next = await stage();
    const [before, after] = [first['scripts'], next['scripts']];
    if (!hasPdf(before) || !hasPdf(after)) throw new Error('no PDF');
    expect(after.key).not.toBe(before.key);
    expect((await pdfMetadata(new Uint8Array(await readFile(cachedPdf(cacheDir, after.key))))).subject).toBe('A report of the editors’ in every script.');
    expect(await readdir(pdfCacheDir(cacheDir))).not.toContain(`${before.key}.pdf`);
  });
});
