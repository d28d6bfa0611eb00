/**
 * One report's PDF checked against its text: the PDF's text extracted with pdf.js, then every
 * sentence, line of code and cell of source.json looked for in it. The verdict is kept in the
 * build's cache under a digest of the PDF's bytes, of source.json and of this check's code, so an
 * unchanged PDF is not read again (at a thousand reports, reading every PDF would cost a minute).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeDigest, digest } from '../../lib/digest.ts';
import { pdfText } from '../../lib/pdf-text.ts';
import { sourceLocation } from '../../report/errors.ts';
import { sourceSchema } from '../../report/schemas/source.ts';
import { missingFromPdf } from './pdf-fidelity.ts';

/** Where a report's PDF and text are. */
export interface PdfCheckFiles {
  /** The PDF in the built site. */
  pdfFile: string;
  /** source.json. */
  recordFile: string;
  /** source.txt, to name lines by. */
  sourceFile: string;
  /** The PDF as the messages name it ("rust-in-2026/rust-in-2026.pdf"). */
  pdfName: string;
}

/** What the check reads of a report. */
export interface PdfCheckInput {
  pdf: Uint8Array;
  /** source.json's text, as the importer wrote it. */
  record: string;
  sourceFile: string;
  pdfName: string;
}

/** Reads a report's PDF and source.json. */
export async function readCheckInput(files: PdfCheckFiles): Promise<PdfCheckInput> {
  const [pdf, record] = await Promise.all([readFile(files.pdfFile), readFile(files.recordFile, 'utf8')]);
  return { pdf: new Uint8Array(pdf), record, sourceFile: files.sourceFile, pdfName: files.pdfName };
}

let checkCode: string | undefined;

/** The folder of the kept verdicts in a build's cache folder. */
export function verdictsDir(cacheDir: string): string {
  return join(cacheDir, 'report-pdf', 'verdicts');
}

/** Where the verdict on `input` is kept in a build's cache folder. */
export function verdictFile(input: PdfCheckInput, cacheDir: string): string {
  checkCode ??= codeDigest(new URL(import.meta.url), { packages: ['pdfjs-dist'] });
  return join(verdictsDir(cacheDir), `${digest(input.pdf, input.record, input.sourceFile, input.pdfName, checkCode)}.json`);
}

/** The verdict on `input` kept from an earlier build, if any. */
export async function keptVerdict(input: PdfCheckInput, cacheDir: string): Promise<string[] | undefined> {
  return readFile(verdictFile(input, cacheDir), 'utf8').then(
    (text) => JSON.parse(text) as string[],
    () => undefined,
  );
}

/**
 * The lines of a report's text that its PDF lacks, as "<source.txt>:<line>: “…” is not in the PDF
 * <name>"; none when the PDF holds every word. The verdict is kept in `cacheDir`.
 */
export async function pdfProblems(input: PdfCheckInput, cacheDir: string): Promise<string[]> {
  const kept = await keptVerdict(input, cacheDir);
  if (kept) return kept;
  const { report } = sourceSchema.parse(JSON.parse(input.record));
  const text = (await pdfText(input.pdf, { skipArtifacts: true })).join('\n');
  const problems = missingFromPdf(report, text).map((m) => `${sourceLocation(input.sourceFile, m.line)}“${m.text}” is not in the PDF ${input.pdfName}`);
  const file = verdictFile(input, cacheDir);
  await mkdir(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  await writeFile(temporary, JSON.stringify(problems));
  await rename(temporary, file);
  return problems;
}
