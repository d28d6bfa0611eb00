/**
 * Typesets a report as PDF with Typst 0.14 (typst.ts's native Node compiler). The template
 * (report.typ) is ours and fixed; the report is only data: pdf-data.ts turns it into JSON, which
 * is mapped into the compiler's virtual workspace as /data.json and read there with json(). Report
 * text never becomes Typst source: it is never handed to the compiler as `mainFileContent`, a
 * source file or an input.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeCompiler as NodeCompilerType, NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import type { ReportDocument } from '../site/document.ts';
import { pdfData, type PdfData, type PdfDataOptions } from './pdf-data.ts';

const require = createRequire(import.meta.url);

/** The template on disk; the compiler sees it as a shadow file, never the folder around it. */
export const TEMPLATE_PATH = fileURLToPath(new URL('./report.typ', import.meta.url));

/**
 * The compiler's workspace root. Virtual: every file the template opens (itself and /data.json) is
 * a shadow mapped from memory. A path no machine has, so a stray read finds nothing.
 */
const ROOT = '/nonexistent/report-pdf';

/** A font the PDF may embed: where it comes from and the licence that lets us embed and redistribute it. */
export interface PdfFont {
  /** The npm package that ships it. */
  pkg: string;
  /** The file inside the package. */
  file: string;
  licence: string;
}

/**
 * The fonts loaded as blobs, besides Libertinus Serif (SIL Open Font License 1.1), which is built
 * into the typst.ts binary. typst.ts also indexes the machine's fonts and puts them before its
 * built-in ones, and a Debian machine has another DejaVu Sans Mono: blobs come first of all, so
 * these npm copies win on every machine, and the template names only these families with
 * `fallback: false`. DejaVu Sans draws Greek, Cyrillic, Hebrew and Arabic (one glyph per letter, so
 * the text reads back exactly), Noto Sans SC Chinese and Japanese, Noto Sans KR Korean, Noto Emoji
 * emoji (monochrome).
 */
export const PDF_FONTS: readonly PdfFont[] = [
  ...['DejaVuSansMono', 'DejaVuSansMono-Bold', 'DejaVuSansMono-Oblique', 'DejaVuSansMono-BoldOblique', 'DejaVuSans', 'DejaVuSans-Bold'].map((name) => ({
    pkg: 'dejavu-fonts-ttf',
    file: `ttf/${name}.ttf`,
    licence: 'Bitstream Vera Fonts licence, DejaVu changes in the public domain',
  })),
  { pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf', licence: 'SIL Open Font License 1.1' },
  { pkg: '@expo-google-fonts/noto-sans-kr', file: '400Regular/NotoSansKR_400Regular.ttf', licence: 'SIL Open Font License 1.1' },
  { pkg: '@expo-google-fonts/noto-emoji', file: '400Regular/NotoEmoji_400Regular.ttf', licence: 'SIL Open Font License 1.1' },
];

/** The font files' bytes, read once per renderer. */
function fontBlobs(): Buffer[] {
  return PDF_FONTS.map((font) => readFileSync(join(dirname(require.resolve(`${font.pkg}/package.json`)), font.file)));
}

/**
 * The standard the PDF is written to. typst.ts takes one at a time (Typst itself could combine
 * PDF/A and PDF/UA): "ua-1" PDF/UA-1, accessible, the default; "a-2a" PDF/A-2a, archival and
 * tagged; "tagged" a plain tagged PDF 1.7. Typst checks the standard's rules at export and fails
 * when the document breaks one.
 */
export type PdfStandard = 'ua-1' | 'a-2a' | 'tagged';

/** What one render produced. */
export interface PdfResult {
  pdf: Uint8Array;
  /** The standard the file meets: the one asked for, or "tagged" when the report could not meet it (see warnings). */
  standard: PdfStandard;
  /** Typst's warnings, and why the standard asked for was not met when it was not. */
  warnings: string[];
  pages: number;
}

/** Options of one render. */
export interface RenderOptions extends PdfDataOptions {
  /** PDF/UA-1 by default; when a report cannot meet it (a character no font we ship has), the plain tagged PDF is kept, with a warning. */
  standard?: PdfStandard | undefined;
}

/** A compiler kept warm across reports: create once per build, render many. */
export interface PdfRenderer {
  /** Typesets one report. */
  render(doc: ReportDocument, options: RenderOptions): Promise<PdfResult>;
  /** Typesets data already built (the Typst step alone). */
  renderData(data: PdfData, options?: Pick<RenderOptions, 'standard'>): PdfResult;
}

function messages(error: NodeError | null): string[] {
  if (!error) return [];
  return (error.shortDiagnostics as { message?: string }[]).map((d) => String(d.message ?? JSON.stringify(d)));
}

/** Options of a renderer. */
export interface RendererOptions {
  /** More files mapped into the virtual workspace, by absolute path inside it ("/secret.txt"): a canary for the tests that report text cannot read. */
  files?: Readonly<Record<string, Uint8Array>> | undefined;
}

/** Creates the compiler (tens of milliseconds, most of it indexing the fonts) and a renderer that reuses it. */
export function createPdfRenderer(options: RendererOptions = {}): PdfRenderer {
  const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as { NodeCompiler: typeof NodeCompilerType };
  const compiler = NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontBlobs: fontBlobs() }] });
  compiler.mapShadow(`${ROOT}/report.typ`, readFileSync(TEMPLATE_PATH));
  for (const [path, bytes] of Object.entries(options.files ?? {})) compiler.mapShadow(`${ROOT}${path}`, Buffer.from(bytes));
  let renders = 0;

  function renderData(data: PdfData, { standard: wanted = 'ua-1' }: Pick<RenderOptions, 'standard'> = {}): PdfResult {
    compiler.mapShadow(`${ROOT}/data.json`, Buffer.from(JSON.stringify(data)));
    const compiled = compiler.compile({ mainFilePath: `${ROOT}/report.typ` });
    const errors = messages(compiled.takeError());
    const doc = compiled.result;
    if (errors.length > 0 || !doc) throw new Error(`Typst could not typeset the report: ${errors.join('; ') || 'no document'}`);
    const warnings = messages(compiled.takeWarnings());
    let standard = wanted;
    let pdf: Buffer;
    try {
      pdf = compiler.pdf(doc, standard === 'tagged' ? {} : { pdfStandard: standard });
    } catch (error) {
      if (standard === 'tagged') throw error;
      warnings.push(`not ${standard}: ${error instanceof Error ? error.message : String(error)}`);
      standard = 'tagged';
      pdf = compiler.pdf(doc, {});
    }
    // Typst memoizes across compilations; drop what recent reports no longer use, now and then.
    if (++renders % 25 === 0) compiler.evictCache(10);
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), standard, warnings, pages: doc.numOfPages };
  }

  return {
    renderData,
    async render(doc, renderOptions) {
      return renderData(await pdfData(doc, renderOptions), renderOptions);
    },
  };
}
