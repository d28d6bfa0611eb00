/**
 * Readers of a PDF for the tests and the bench: its metadata, outline, fonts, links and pages, the
 * text runs outside the page, and a page rendered to pixels. The text itself is the build check's
 * reader (src/checks/pdf/pdf-text.ts). All of it pdf.js (pdfjs-dist), rendering on @napi-rs/canvas,
 * which pdfjs-dist installs for Node.
 */
import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdf, type PageText, type PositionedText } from '../src/lib/pdf-text.ts';

export { pdfText, pdfTextItems, textOf } from '../src/lib/pdf-text.ts';

/** Number of pages. */
export function pageCount(pdf: Uint8Array): Promise<number> {
  return withPdf(pdf, async (doc) => doc.numPages);
}

/** The document's metadata: Info dictionary, XMP claims of conformance, tagging. */
export interface PdfMetadata {
  title: string | undefined;
  author: string | undefined;
  subject: string | undefined;
  creator: string | undefined;
  creationDate: Date | undefined;
  pdfVersion: string | undefined;
  language: string | undefined;
  /** `pdfuaid:part` from XMP ("1" for PDF/UA-1). */
  pdfUa: string | undefined;
  /** `pdfaid:part` + `pdfaid:conformance` from XMP ("2A"). */
  pdfA: string | undefined;
  /** The catalog's MarkInfo /Marked: a tagged PDF. */
  tagged: boolean;
}

/** "D:20260315120000Z" (or with +hh'mm') → Date. */
export function parsePdfDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz = 'Z'] = m;
  const zone = tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5)}`;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
}

/** Title, Author, Subject, Creator, CreationDate, version, language, PDF/UA and PDF/A claims, tagging. */
export function pdfMetadata(pdf: Uint8Array): Promise<PdfMetadata> {
  return withPdf(pdf, async (doc) => {
    const { info, metadata } = (await doc.getMetadata()) as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    // pdf.js gives the catalog's MarkInfo as a plain object or a Map, by version.
    const mark = (await doc.getMarkInfo()) as Map<string, boolean> | { Marked?: boolean } | null;
    const marked = mark instanceof Map ? mark.get('Marked') : mark?.Marked;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const xmp = (name: string) => str(metadata?.get(name) ?? undefined);
    const aPart = xmp('pdfaid:part');
    return {
      title: str(info['Title']),
      author: str(info['Author']),
      subject: str(info['Subject']),
      creator: str(info['Creator']),
      creationDate: parsePdfDate(info['CreationDate']),
      pdfVersion: str(info['PDFFormatVersion']),
      language: str(info['Language']),
      pdfUa: xmp('pdfuaid:part'),
      pdfA: aPart ? `${aPart}${xmp('pdfaid:conformance') ?? ''}` : undefined,
      tagged: marked === true,
    };
  });
}

/** One bookmark: its title, the page it opens (1-based), its children. */
export interface OutlineEntry {
  title: string;
  page: number | null;
  children: OutlineEntry[];
}

async function destinationPage(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit[0] == null) return null;
  const ref = explicit[0] as { num: number; gen: number } | number;
  return typeof ref === 'number' ? ref + 1 : (await doc.getPageIndex(ref)) + 1;
}

/** The PDF outline (bookmarks), nested as in the file. */
export function pdfOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  return withPdf(pdf, async (doc) => {
    type Raw = { title: string; dest: unknown; items: Raw[] };
    const walk = (items: Raw[]): Promise<OutlineEntry[]> => Promise.all(items.map(async (i) => ({ title: i.title, page: await destinationPage(doc, i.dest), children: await walk(i.items) })));
    return walk(((await doc.getOutline()) ?? []) as Raw[]);
  });
}

/** A font the pages draw with: its PostScript name, whether its program is embedded, whether subset (an ABCDEF+ prefix). */
export interface FontInfo {
  name: string;
  /** The name without the subset prefix. */
  baseName: string;
  embedded: boolean;
  subset: boolean;
}

/** Every font the pages draw with (from their operator lists), by name. */
export function pdfFonts(pdf: Uint8Array): Promise<FontInfo[]> {
  return withPdf(pdf, async (doc) => {
    const fonts = new Map<string, FontInfo>();
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const font = page.commonObjs.get((ops.argsArray[i] as [string])[0]) as { name: string; missingFile?: boolean };
        const subset = /^[A-Z]{6}\+/.test(font.name);
        fonts.set(font.name, { name: font.name, baseName: subset ? font.name.slice(7) : font.name, embedded: font.missingFile !== true, subset });
      });
    }
    return [...fonts.values()].sort((a, b) => a.baseName.localeCompare(b.baseName));
  });
}

/** A link annotation: an external `url`, or an internal destination and the page it opens. */
export interface LinkInfo {
  page: number;
  rect: [number, number, number, number];
  url: string | undefined;
  /** The 1-based page an internal link opens. */
  targetPage: number | null | undefined;
  /** The link's description (/Contents), which PDF/UA asks for. */
  contents: string | undefined;
}

/** Every link annotation of every page. */
export function pdfLinks(pdf: Uint8Array): Promise<LinkInfo[]> {
  return withPdf(pdf, async (doc) => {
    const links: LinkInfo[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const annotations = (await (await doc.getPage(p)).getAnnotations()) as {
        subtype: string;
        rect: [number, number, number, number];
        url?: string;
        unsafeUrl?: string;
        dest?: unknown;
        contentsObj?: { str?: string };
      }[];
      for (const a of annotations) {
        if (a.subtype !== 'Link') continue;
        const internal = a.dest !== undefined && a.dest !== null;
        links.push({ page: p, rect: a.rect, url: a.url ?? a.unsafeUrl, targetPage: internal ? await destinationPage(doc, a.dest) : undefined, contents: a.contentsObj?.str || undefined });
      }
    }
    return links;
  });
}

/** Text runs that lie outside the page box, or within `margin` points of its edge (none, in a good PDF). */
export function textOutside(pages: readonly PageText[], margin = 0): { page: number; item: PositionedText }[] {
  const out: { page: number; item: PositionedText }[] = [];
  for (const { page, view, items } of pages) {
    const [x0, y0, x1, y1] = view;
    for (const item of items) {
      if (item.str.trim() === '') continue;
      if (item.x < x0 + margin - 0.5 || item.x + item.width > x1 - margin + 0.5 || item.y < y0 + margin - 0.5 || item.y + item.height > y1 - margin + 0.5) out.push({ page, item });
    }
  }
  return out;
}

/** A page drawn to pixels: RGBA, `scale` pixels per point, origin top left. */
export interface RenderedPage {
  width: number;
  height: number;
  scale: number;
  data: Uint8ClampedArray;
}

/** Draws one page of the PDF as a reader's viewer would (pdf.js on @napi-rs/canvas), on white. */
export function renderPage(pdf: Uint8Array, pageNumber: number, scale = 1): Promise<RenderedPage> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    // pdf.js's own canvas factory: @napi-rs/canvas under Node.
    const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: { width: number; height: number }; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
    return { width: canvas.width, height: canvas.height, scale, data: context.getImageData(0, 0, canvas.width, canvas.height).data };
  });
}

/** Whether a pixel is ink: clearly darker than the white page. */
export function isInk(page: RenderedPage, x: number, y: number): boolean {
  const i = (Math.floor(y) * page.width + Math.floor(x)) * 4;
  return (page.data[i] ?? 255) + (page.data[i + 1] ?? 255) + (page.data[i + 2] ?? 255) < 3 * 200;
}

/** The smallest box holding every ink pixel, in points from the top left: [left, top, right, bottom]; undefined for a blank page. */
export function inkBox(page: RenderedPage): [number, number, number, number] | undefined {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      if (!isInk(page, x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? undefined : [left / page.scale, top / page.scale, (right + 1) / page.scale, (bottom + 1) / page.scale];
}
