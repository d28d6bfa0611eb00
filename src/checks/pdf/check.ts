/**
 * One report's PDF checked against its text: the PDF's text extracted with pdf.js, then every
 * sentence, line of code and cell of source.json looked for in it. The verdict is kept in the
 * build's cache under a digest of the PDF's bytes, of source.json and of this check's code, so an
 * unchanged PDF is not read again (at a thousand reports, reading every PDF would cost a minute).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeDigest, digest } from '../../lib/digest.ts';
import { sourceSchema } from '../../report/schemas/source.ts';
import { missingFromPdf } from './pdf-fidelity.ts';
import { pdfText } from './pdf-text.ts';

let checkCode: string | undefined;

/** Where verdicts are kept in a build's cache folder. */
function verdictsDir(cacheDir: string): string {
  return join(cacheDir, 'report-pdf', 'verdicts');
}

/** What the check needs of a report besides its PDF. */
export interface PdfCheckInput {
  /** The PDF's bytes. */
  pdf: Uint8Array;
  /** source.json's text, as the importer wrote it. */
  record: string;
  /** source.txt's path, to name lines by. */
  sourceFile: string;
  /** The PDF as the messages name it ("rust-in-2026/rust-in-2026.pdf"). */
  pdfName: string;
}

/**
 * The lines of a report's text that its PDF lacks, as "<source.txt>:<line>: “…” is not in the PDF
 * <name>"; none when the PDF holds every word. `cacheDir` keeps the verdict.
 */
export async function pdfProblems(input: PdfCheckInput, cacheDir: string): Promise<string[]> {
  checkCode ??= codeDigest(new URL(import.meta.url), { packages: ['pdfjs-dist'] });
  const file = join(verdictsDir(cacheDir), `${digest(input.pdf, input.record, input.sourceFile, input.pdfName, checkCode)}.json`);
  const kept = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as string[],
    () => undefined,
  );
  if (kept) return kept;
  const { report } = sourceSchema.parse(JSON.parse(input.record));
  const text = (await pdfText(input.pdf, { skipArtifacts: true })).join('\n');
  const problems = missingFromPdf(report, text).map((m) => `${input.sourceFile}:${m.line}: “${m.text}” is not in the PDF ${input.pdfName}`);
  await mkdir(verdictsDir(cacheDir), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  await writeFile(temporary, JSON.stringify(problems));
  await rename(temporary, file);
  return problems;
}
