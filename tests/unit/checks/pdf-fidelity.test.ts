import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFromPdf, pdfComparable, pdfHolder } from '../../../src/checks/pdf/pdf-fidelity.ts';
import { verdictsDir } from '../../../src/checks/pdf/check.ts';
import { checkPdfs } from '../../../src/checks/pdf/step.ts';
import { documentSite } from '../../../src/pdf/build.ts';
import { cachedPdf, writePdfManifest } from '../../../src/site/report-pdfs.ts';
import { createPdfRenderer } from '../../../src/pdf/render.ts';
import { REPORT_FILES, reportsDir } from '../../../src/report/folders.ts';
import type { Report } from '../../../src/report/model.ts';
import { reportDocument } from '../../../src/site/document.ts';
import { pdfPath } from '../../../src/site/urls.ts';
import { makeLibrary } from '../../../tools/library.ts';
import { sampleReport } from '../../support/paths.ts';
import { DATE, SITE } from '../pdf/samples.ts';

const report: Report = {
  title: 'T',
  findings: [{ text: 'One finding.', line: 2 }],
  parts: [
    {
      kind: 'section',
      number: 1,
      title: 'S',
      line: 3,
      endLine: 9,
      blocks: [
        { kind: 'paragraph', text: 'A well-known fact. Another sentence here.', line: 4 },
        { kind: 'code', source: ['fn main() {', 'run();', '}'], lines: ['fn main() {', '    run();', '}'], line: 5, language: 'rust' },
        { kind: 'table', header: ['Language', 'Speed'], rows: [['C++', 'Fastest (unsafe)']], line: 8 },
      ],
    },
  ],
  dataAsOf: { text: 'March 2026', iso: '2026-03', line: 11 },
  author: { name: 'Team', line: 12 },
};

describe('pdfComparable', () => {
  it('compares text as typesetting leaves it: lines wrapped, words hyphenated, NFKC', () => {
    expect(pdfComparable('infra-\nstructure ﬁne')).toBe(pdfComparable('infrastructure fine'));
    expect(pdfComparable('e\u0301te\u0301')).toBe(pdfComparable('été'));
  });
  it('reads the lam-alef ligature and a twice-read mark alike on both sides', () => {
    expect(pdfComparable('ال')).toBe(pdfComparable('لا'));
    expect(pdfComparable('q\u0307q\u0307 xx\u0323')).toBe(pdfComparable('q\u0307 x\u0323'));
  });
  it('still tells different words apart', () => {
    expect(pdfHolder('The quick brown fox.').prose('The quick red fox.')).toBe(false);
  });
});

describe('missingFromPdf', () => {
  const text = 'One finding.\nA well-\nknown fact. Another sentence here.\nfn main() {\n  run();\n}\nLanguage Speed\nC++ Fastest (unsafe)\nData as of March 2026.\n— Team';
  it('finds every sentence, line of code, cell and closing line in the PDF’s text', () => {
    expect(missingFromPdf(report, text)).toEqual([]);
  });
  it('names the line of each that is missing', () => {
    const lost = text.replace('Another sentence here.', '').replace('  run();', '').replace('Fastest (unsafe)', '').replace('— Team', '');
    expect(missingFromPdf(report, lost)).toEqual([
      { line: 4, text: 'Another sentence here.' },
      { line: 6, text: 'run();' },
      { line: 10, text: 'Fastest (unsafe)' },
      { line: 12, text: '— Team' },
    ]);
  });
});

// Each test typesets a PDF: seconds on a busy machine.
describe('the build step', { timeout: 30_000 }, () => {
  let root: string;
  let contentDir: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pdf-check-'));
    contentDir = join(root, 'content');
    await makeLibrary(contentDir, [{ slug: sampleReport.slug, file: sampleReport.file }]);
  }, 60_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** The step run over a site whose PDF is made from `doc`; what it logged, or the error it threw. */
  async function runStep(edit: (doc: ReturnType<typeof reportDocument>) => void, cache?: string): Promise<string> {
    const doc = reportDocument(contentDir, sampleReport.slug, documentSite(SITE));
    edit(doc);
    const { pdf, pages } = await createPdfRenderer().render(doc, { date: DATE });
    const cacheDir = cache ?? (await mkdtemp(join(root, 'cache-')));
    const dist = await mkdtemp(join(root, 'dist-'));
    writePdfManifest(cacheDir, { [sampleReport.slug]: { key: 'k', pages, bytes: pdf.byteLength, standard: 'ua-1' } });
    await mkdir(dirname(cachedPdf(cacheDir, 'k')), { recursive: true });
    await mkdir(dirname(join(dist, pdfPath(sampleReport.slug))), { recursive: true });
    await writeFile(join(dist, pdfPath(sampleReport.slug)), pdf);
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), fork: () => logger } as unknown as AstroIntegrationLogger;
    try {
      await checkPdfs.run({ dir: dist, base: '/', contentDir, cacheDir, logger });
      return said.join('\n');
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('passes a PDF that holds every word', async () => {
    expect(await runStep(() => {})).toBe('every sentence of 1 report(s) is in its PDF (0 checked before, unchanged)');
  });
  it('keeps the verdict on an unchanged PDF, and only this build’s verdicts', async () => {
    const cacheDir = await mkdtemp(join(root, 'cache-'));
    await runStep((doc) => void (doc.title = 'An older title'), cacheDir);
    await runStep(() => {}, cacheDir);
    expect(await runStep(() => {}, cacheDir)).toBe('every sentence of 1 report(s) is in its PDF (1 checked before, unchanged)');
    expect(await readdir(verdictsDir(cacheDir))).toHaveLength(1);
  });
  it('fails the build naming source.txt’s line of a sentence the PDF lacks', async () => {
    const source = join(reportsDir(contentDir), sampleReport.slug, REPORT_FILES.text);
    const lines = (await readFile(source, 'utf8')).split('\n');
    const sentence = 'A laptop with 32 GB of memory now scans a billion rows in seconds, which removes the warehouse from a large class of questions.';
    const message = await runStep((doc) => {
      for (const part of doc.parts) for (const block of part.blocks) if (block.kind === 'paragraph') for (const inline of block.inlines) inline.text = inline.text.replace(sentence, '');
    });
    expect(message).toBe(`Words of a report are missing from its PDF:\n  ${source}:${lines.findIndex((l) => l.includes(sentence)) + 1}: “${sentence}” is not in the PDF ${pdfPath(sampleReport.slug)}`);
  });
});
