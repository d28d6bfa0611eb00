// Each report's PDF in the two test builds, read back: every word (the build's own check, run
// again), its length, metadata, outline, fonts and links, a page drawn as a viewer draws it; and how
// the pages and feeds offer it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingFromPdf } from '../../src/checks/pdf/pdf-fidelity.ts';
import { documentSite } from '../../src/pdf/build.ts';
import { labelledTitle } from '../../src/report/labels.ts';
import type { Report } from '../../src/report/model.ts';
import { reportDocument } from '../../src/site/document.ts';
import { site } from '../../src/site/site-facts.ts';
import { pdfPath, siteUrls } from '../../src/site/urls.ts';
import { readPage } from '../../tools/dist.ts';
import { inkBox, isInk, pdfFonts, pdfLinks, pdfMetadata, pdfOutline, pdfText, pdfTextItems, renderPage, textOutside } from '../../tools/pdf.ts';
import { testLibrary } from '../support/library.ts';
import { libraryContent, rootDist, rustReport, subpathBase, subpathDist } from '../support/paths.ts';

const ORIGIN = 'https://reports.example.org';
const builds = [
  { name: 'root build', dist: rootDist, base: '/', origin: undefined },
  { name: 'subpath build', dist: subpathDist, base: subpathBase, origin: ORIGIN },
] as const;
const MM = 72 / 25.4;

/**
 * The pages a report's text needs: at least one per 5,000 characters (a page of prose holds no
 * more), at most one per 1,500 characters, one per 45 rows of code or table, one per three parts
 * (each starts below the last), and the title block's.
 */
function pageBounds(model: Report): [number, number] {
  const blocks = model.parts.flatMap((part) => part.blocks);
  const chars = [...model.findings.map((f) => f.text), ...blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'code' ? b.lines : [...b.header, ...b.rows.flat()]))].join('').length;
  const rows = blocks.reduce((n, b) => n + (b.kind === 'code' ? b.lines.length : b.kind === 'table' ? b.rows.length : 0), 0);
  return [Math.max(1, Math.ceil(chars / 5000)), Math.ceil(chars / 1500) + Math.ceil(rows / 45) + Math.ceil(model.parts.length / 3) + 1];
}

for (const build of builds) {
  const urls = siteUrls(build.base);
  for (const report of testLibrary()) {
    describe(`${report.slug} in the ${build.name}`, () => {
      const pdf = new Uint8Array(readFileSync(join(build.dist, pdfPath(report.slug))));
      const doc = reportDocument(libraryContent, report.slug, documentSite({ name: site.name, base: build.base, origin: build.origin }));

      it('holds every sentence, line of code and cell of the report’s text', async () => {
        expect(missingFromPdf(report.model, (await pdfText(pdf, { skipArtifacts: true })).join('\n'))).toEqual([]);
      });
      it('has as many pages as its text needs', async () => {
        const [least, most] = pageBounds(report.model);
        const pages = (await pdfTextItems(pdf)).length;
        expect(pages).toBeGreaterThanOrEqual(least);
        expect(pages).toBeLessThanOrEqual(most);
      });
      it('says what it is: title, author, subject, a creation date, language, PDF/UA-1, tagged', async () => {
        const meta = await pdfMetadata(pdf);
        expect(meta).toMatchObject({ title: report.title, author: report.model.author?.name, language: 'en', pdfUa: '1', tagged: true, creator: 'Typst 0.14.2' });
        expect(meta.subject).toBe(doc.description ?? `The report “${report.title}”${doc.author ? ` by ${doc.author}` : ''}, as published by ${site.name}.`);
        expect(meta.creationDate?.getTime()).toBeLessThanOrEqual(Date.now());
      });
      it('has an outline of its findings and parts, each part’s editors’ headings under it, in page order', async () => {
        const outline = await pdfOutline(pdf);
        expect(outline.map((o) => o.title)).toEqual([...(doc.findings.length ? ['Key findings'] : []), ...doc.parts.map((p) => labelledTitle(p.label, p.title))]);
        for (const part of doc.parts) {
          const entry = outline.find((o) => o.title === labelledTitle(part.label, part.title));
          expect(entry?.children.map((c) => c.title)).toEqual(part.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
        }
        const pages = outline.flatMap((o) => [o.page, ...o.children.map((c) => c.page)]);
        expect(pages).toEqual([...pages].sort((a, b) => (a ?? 0) - (b ?? 0)));
      });
      it('embeds every font it draws with, subset', async () => {
        const fonts = await pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThan(0);
        for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
      });
      it('links each finding to its part’s page, and the report’s address outward when the site has one', async () => {
        const links = await pdfLinks(pdf);
        const outline = await pdfOutline(pdf);
        const linked = doc.findings.filter((f) => f.part !== undefined);
        const pageOf = (slug: string | undefined) => outline.find((o) => o.title === labelledTitle(doc.parts.find((p) => p.slug === slug)?.label, doc.parts.find((p) => p.slug === slug)?.title ?? ''))?.page;
        expect(links.filter((l) => l.url === undefined).map((l) => l.targetPage)).toEqual(linked.map((f) => pageOf(f.part)));
        // The report's address in the title block and the colophon (when the site has one), and every URL its text writes out.
        const address = build.origin ? [`${ORIGIN}${urls.report(report.slug)}`, `${ORIGIN}${urls.report(report.slug)}`] : [];
        const written = doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.inlines.flatMap((i) => (i.kind === 'link' && /^(https?:|mailto:)/.test(i.url) ? [i.url] : [])) : [])));
        expect(links.flatMap((l) => (l.url === undefined ? [] : [l.url])).sort()).toEqual([...address, ...written].sort());
        for (const link of links) expect(link.contents).toBeTruthy();
      });
      it('keeps its text on the page, 10 mm from every edge', async () => {
        expect(textOutside(await pdfTextItems(pdf), 10 * MM)).toEqual([]);
      });
      it('draws its first page as its text says: ink where each line is, none outside the margins', async () => {
        const [page] = await pdfTextItems(pdf);
        const drawn = await renderPage(pdf, 1, 2);
        const [left, top, right, bottom] = inkBox(drawn) ?? [0, 0, 0, 0];
        expect(left).toBeGreaterThanOrEqual(10 * MM);
        expect(top).toBeGreaterThanOrEqual(10 * MM);
        expect(right).toBeLessThanOrEqual(page!.view[2] - 10 * MM);
        expect(bottom).toBeLessThanOrEqual(page!.view[3] - 10 * MM);
        for (const item of page!.items.filter((i) => i.str.trim() !== '')) {
          // The run's box, in pixels from the top left (PDF space has its origin at the bottom left).
          const [x0, x1] = [item.x * drawn.scale, (item.x + item.width) * drawn.scale];
          const [y0, y1] = [(page!.view[3] - item.y - item.height) * drawn.scale, (page!.view[3] - item.y) * drawn.scale];
          let ink = false;
          for (let y = Math.floor(y0); y < y1 && !ink; y++) for (let x = Math.floor(x0); x < x1 && !ink; x++) ink = isInk(drawn, x, y);
          expect(ink, `no ink where “${item.str}” is`).toBe(true);
        }
      });
      it('is offered on the report’s home and whole-report page, with its pages and size', async () => {
        const pages = (await pdfTextItems(pdf)).length;
        const size = `${Math.max(1, Math.round(pdf.byteLength / 1000))} KB`;
        for (const path of [urls.report(report.slug), urls.wholeReport(report.slug)]) {
          const page = readPage(build.dist, path.slice(build.base.length));
          const link = page.querySelector(`a[type="application/pdf"][href="${urls.pdf(report.slug)}"]`);
          expect(link?.textContent, path).toBe(`Download the report (PDF, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${size})`);
          const alternate = page.querySelector('link[rel="alternate"][type="application/pdf"]');
          expect(alternate?.getAttribute('href'), path).toBe(urls.pdf(report.slug));
          expect(alternate?.getAttribute('title')).toBe(`${report.title} (PDF)`);
        }
      });
    });
  }
}

describe('the feeds', () => {
  const urls = siteUrls(subpathBase);
  const reports = testLibrary();
  const bytes = (slug: string) => readFileSync(join(subpathDist, pdfPath(slug))).byteLength;
  it('enclose each report’s PDF in its RSS item, with its length and type', () => {
    const xml = readFileSync(join(subpathDist, 'rss.xml'), 'utf8');
    for (const report of reports) expect(xml).toContain(`<enclosure url="${ORIGIN}${urls.pdf(report.slug)}" length="${bytes(report.slug)}" type="application/pdf"/>`);
  });
  it('attach each report’s PDF to its JSON Feed item, with its size', () => {
    const feed = JSON.parse(readFileSync(join(subpathDist, 'feed.json'), 'utf8')) as { items: { url: string; attachments?: unknown[] }[] };
    for (const report of reports) {
      const item = feed.items.find((i) => i.url === `${ORIGIN}${urls.report(report.slug)}`);
      expect(item?.attachments).toEqual([{ url: `${ORIGIN}${urls.pdf(report.slug)}`, mime_type: 'application/pdf', title: `${report.title} (PDF)`, size_in_bytes: bytes(report.slug) }]);
    }
  });
});

describe('the Rust report’s PDF', () => {
  it('fits in 300 KB', () => {
    expect(readFileSync(join(rootDist, pdfPath(rustReport))).byteLength).toBeLessThanOrEqual(300_000);
  });
});
