// What a reader takes away from a built report: its citation (the page's "Cite this report", the
// BibTeX and CSL-JSON files, the Scholar tags as Zotero reads them, the JSON-LD), its licence, its
// text, its tables' data (compared cell by cell with the page), and the links to its findings and
// parts. Both test builds: at the root path without SITE_URL (no absolute URL anywhere), and under a
// subpath with SITE_URL.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FILES, reportsDir } from '../../src/report/folders.ts';
import { headersFor, parseHeadersFile } from '../../tools/static-server.ts';
import { readPage, readerText } from '../../tools/dist.ts';
import { testLibrary } from '../support/library.ts';
import { hostileCorpus, libraryContent, rootDist, rustReport, subpathBase, subpathDist } from '../support/paths.ts';
import { zoteroDate, zoteroRead } from '../support/zotero-reader.ts';
import cslSchema from '../unit/site/citation/csl-data.json' with { type: 'json' };

const library = testLibrary();
const origin = 'https://reports.example.org';
const builds = [
  { name: 'the root build, without SITE_URL', dist: rootDist, base: '/', absolute: false },
  { name: 'the subpath build, with SITE_URL', dist: subpathDist, base: subpathBase, absolute: true },
] as const;
const validCsl = new Ajv({ strict: false }).compile(cslSchema);
const file = (dist: string, base: string, url: string) => join(dist, url.slice(base.length));
const parseBib = (source: string) => parseBibtex(source, { english: false, sentenceCase: false, caseProtection: false });

for (const build of builds) {
  const { dist, base, absolute } = build;
  const home = (slug: string) => `${base}${slug}/`;

  describe(`a report’s citation, in ${build.name}`, () => {
    for (const report of library) {
      const page = readPage(dist, `${report.slug}/`);
      const whole = readPage(dist, `${report.slug}/report/`);

      it(`${report.slug}: its home and whole-report page end with “Cite this report”: the reference, and the BibTeX and CSL-JSON to download`, () => {
        for (const doc of [page, whole]) {
          const cite = doc.querySelector('section.cite');
          expect(cite?.querySelector('h2')?.textContent).toBe('Cite this report');
          expect(cite?.querySelector('cite')?.textContent).toBe(report.title);
          const reference = readerText(cite?.querySelector('p')?.textContent ?? '');
          expect(reference.endsWith(absolute ? `${origin}${home(report.slug)}` : '.')).toBe(true);
          const downloads = [...(cite?.querySelectorAll('.downloads a[download]') ?? [])].map((a) => a.getAttribute('href'));
          expect(downloads).toEqual([`${home(report.slug)}cite.bib`, `${home(report.slug)}cite.json`]);
          expect(cite?.closest('[data-pagefind-ignore]')).not.toBeNull();
        }
        expect(whole.querySelector('main > section.cite')).toBe(whole.querySelector('main')?.lastElementChild);
      });

      it(`${report.slug}: its home shows the BibTeX and CSL-JSON it serves, to copy`, () => {
        const [bib, csl] = [...page.querySelectorAll('section.cite figure.code-block code')].map((code) => code.textContent);
        expect(`${bib}\n`).toBe(readFileSync(join(dist, report.slug, 'cite.bib'), 'utf8'));
        expect(`${csl}\n`).toBe(readFileSync(join(dist, report.slug, 'cite.json'), 'utf8'));
      });

      it(`${report.slug}: cite.bib is one @techreport that a BibTeX parser reads back as the report’s title`, () => {
        const bib = parseBib(readFileSync(join(dist, report.slug, 'cite.bib'), 'utf8'));
        expect(bib.errors).toEqual([]);
        expect(bib.entries.map((entry) => [entry.type, entry.key])).toEqual([['techreport', report.slug]]);
        const fields = bib.entries[0]!.fields as Record<string, unknown>;
        expect(fields['title']).toBe(report.title);
        expect(fields['url']).toBe(absolute ? `${origin}${home(report.slug)}` : undefined);
        expect((fields['author'] as { name: string }[] | undefined)?.map((a) => a.name)).toEqual(report.model.author ? [report.model.author.name] : undefined);
      });

      it(`${report.slug}: cite.json is valid CSL-JSON that citation-js reads as the report`, () => {
        const items = JSON.parse(readFileSync(join(dist, report.slug, 'cite.json'), 'utf8')) as unknown[];
        expect(validCsl(items)).toBe(true);
        const [item] = new Cite(items).data as Record<string, unknown>[];
        expect(item).toMatchObject({ id: report.slug, type: 'report', title: report.title });
        expect(item?.['URL']).toBe(absolute ? `${origin}${home(report.slug)}` : undefined);
      });

      it(`${report.slug}: its home is what Zotero saves as a report of the site, and what Scholar indexes; its other pages are not`, () => {
        const item = zoteroRead(page);
        expect(item.itemType).toBe('report');
        expect(item.fields['title']).toBe(report.title);
        expect(item.fields['institution']).toBe('Research reports');
        if (report.model.dataAsOf) expect(zoteroDate(item.fields['date'] ?? '')).toEqual({ year: Number(report.model.dataAsOf.iso.slice(0, 4)), month: Number(report.model.dataAsOf.iso.slice(5)) });
        if (absolute) expect([item.fields['url'], page.querySelector('meta[name="citation_fulltext_html_url"]')?.getAttribute('content')]).toEqual([`${origin}${home(report.slug)}`, `${origin}${home(report.slug)}report/`]);
        else expect(page.querySelector('meta[name$="_url"]')).toBeNull();
        // Zotero attaches the PDF where the report has one (a report no font of the PDF draws has none).
        const pdf = existsSync(join(dist, report.slug, `${report.slug}.pdf`)) && absolute;
        expect(item.attachments).toEqual([pdf ? { title: 'Full Text PDF', url: `${origin}${home(report.slug)}${report.slug}.pdf`, mimeType: 'application/pdf' } : { title: 'Snapshot' }]);
        for (const other of [whole, ...report.parts.map((part) => readPage(dist, part.path))]) expect(other.querySelector('meta[name^="citation_"]')).toBeNull();
      });

      it(`${report.slug}: its home describes it as a schema.org Report in one JSON-LD data block`, () => {
        const scripts = page.querySelectorAll('script[type="application/ld+json"]');
        expect(scripts).toHaveLength(1);
        const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown> & { hasPart: { name: string; url?: string }[] };
        expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', name: report.title, publisher: { '@type': 'Organization', name: 'Research reports' } });
        expect(data.hasPart.map((part) => part.name)).toEqual(report.model.parts.map((part) => part.title));
        expect(data.hasPart.map((part) => part.url)).toEqual(report.parts.map((part) => (absolute ? `${origin}${base}${part.path}` : undefined)));
        expect(whole.querySelector('script[type="application/ld+json"]')).toBeNull();
        const pdf = existsSync(join(dist, report.slug, `${report.slug}.pdf`)) && absolute;
        expect(data['encoding']).toEqual(pdf ? { '@type': 'MediaObject', contentUrl: `${origin}${home(report.slug)}${report.slug}.pdf`, encodingFormat: 'application/pdf' } : undefined);
      });

      it(`${report.slug}: report.txt is its text, byte for byte`, () => {
        expect(readFileSync(join(dist, report.slug, 'report.txt'))).toEqual(readFileSync(join(reportsDir(libraryContent), report.slug, REPORT_FILES.text)));
      });

      it(`${report.slug}: each finding on its home links to itself, and to the part that discusses it where the editors said`, () => {
        const findings = [...page.querySelectorAll('ul.findings > li')];
        expect(findings.map((li) => li.id)).toEqual(report.model.findings.map(() => expect.stringMatching(/^finding-/)));
        for (const li of findings) {
          expect(li.querySelector(':scope > a.anchor-link')?.getAttribute('href')).toBe(`#${li.id}`);
          const part = li.querySelector(':scope > a:not(.anchor-link)')?.getAttribute('href');
          if (part) expect(report.parts.map((p) => `${base}${p.path}`)).toContain(part);
        }
      });

      it(`${report.slug}: each part’s title on the whole-report page links to itself`, () => {
        for (const h2 of whole.querySelectorAll('h2.part-title')) {
          const anchor = h2.querySelector('a.anchor-link');
          expect(anchor?.getAttribute('href')).toBe(`#${h2.id}`);
          expect(anchor?.getAttribute('aria-label')).toBe(`Link to ${h2.textContent}`);
        }
      });
    }

    it('lists every report in llms.txt, linked to its text', () => {
      const text = readFileSync(join(dist, 'llms.txt'), 'utf8');
      expect(text.startsWith('# Research reports\n\n> ')).toBe(true);
      const links = [...text.matchAll(/^- \[.*\]\((\S+)\): /gm)].map((m) => m[1] ?? '');
      expect(links).toEqual(expect.arrayContaining(library.map((report) => `${absolute ? origin : ''}${home(report.slug)}report.txt`)));
      expect(links).toHaveLength(library.length);
      for (const link of links) expect(existsSync(file(dist, base, link.replace(origin, ''))), link).toBe(true);
    });

    it('types what readers download in its _headers', () => {
      const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
      expect(headersFor(rules, `${home(rustReport)}cite.bib`).get('content-type')).toBe('application/x-bibtex; charset=utf-8');
      expect(headersFor(rules, `${home(rustReport)}cite.json`).get('content-type')).toBe('application/vnd.citationstyles.csl+json');
      expect(headersFor(rules, `${home(rustReport)}report.txt`).get('content-type')).toBe('text/plain; charset=utf-8');
      expect(headersFor(rules, `${home(rustReport)}data/languages-compared-1.csv`).get('content-type')).toBe('text/csv; charset=utf-8');
    });
  });

  describe(`a table’s data, in ${build.name}`, () => {
    const tables = library.flatMap((report) =>
      report.parts.flatMap((part) => [...readPage(dist, part.path).querySelectorAll('figure.data-table')].map((figure, index) => ({ report, part, figure, index }))),
    );

    it('is there for every table of the test library', () => {
      expect(tables.length).toBeGreaterThanOrEqual(3);
    });

    for (const { report, part, figure, index } of tables) {
      const shown = [...figure.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
      const [csv, json] = [...figure.querySelectorAll('.downloads a[download]')].map((a) => a.getAttribute('href') ?? '');

      it(`${part.path} table ${index + 1}: its CSV holds exactly the cells the page shows`, () => {
        expect(csv).toMatch(new RegExp(`^${base}${report.slug}/data/[a-z0-9-]+\\.csv$`));
        expect(parseCsv(readFileSync(file(dist, base, csv!), 'utf8'), { bom: true, record_delimiter: '\r\n' })).toEqual(shown);
      });

      it(`${part.path} table ${index + 1}: its JSON holds the same cells, with the caption, columns, report, part and date`, () => {
        const data = JSON.parse(readFileSync(file(dist, base, json!), 'utf8')) as { caption: { text: string; by: string }; columns: { label: string }[]; rows: string[][]; report: { title: string; url: string }; part: { title: string; url: string }; dataAsOf?: { text: string } };
        expect([data.columns.map((c) => c.label), ...data.rows]).toEqual(shown);
        expect(figure.querySelector('caption')?.textContent).toContain(data.caption.text);
        expect(data.report).toEqual({ title: report.title, url: `${absolute ? origin : ''}${home(report.slug)}` });
        expect(data.part).toEqual({ title: part.heading, url: `${absolute ? origin : ''}${base}${part.path}` });
        expect(data.dataAsOf?.text).toBe(report.model.dataAsOf?.text);
      });
    }
  });
}

describe('a report with a licence (the hostile corpus’s, written cc-by-sa-4.0)', () => {
  const slug = hostileCorpus.slug;
  const report = library.find((r) => r.slug === slug)!;

  it('shows it under the report, on every page of it, linked to its terms, with what readers may do', () => {
    for (const path of [`${slug}/`, `${slug}/report/`, ...report.parts.map((part) => part.path)]) {
      const note = readPage(subpathDist, path).querySelector('.license-note');
      expect(note?.querySelector('a[rel="license"]')?.getAttribute('href'), path).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
      expect(readerText(note?.textContent ?? ''), path).toBe('Licence: CC BY-SA 4.0. You may share and adapt this report with attribution, if you share adaptations under the same licence (CC BY-SA 4.0).');
    }
    expect(readPage(subpathDist, `${rustReport}/`).querySelector('.license-note')).toBeNull();
  });

  it('gives it in the JSON-LD, the feeds and its tables’ data', () => {
    const data = JSON.parse(readPage(subpathDist, `${slug}/`).querySelector('script[type="application/ld+json"]')?.textContent ?? '') as { license?: string };
    expect(data.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(readFileSync(join(subpathDist, 'rss.xml'), 'utf8')).toContain('<dc:rights>CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/</dc:rights>');
    const feed = JSON.parse(readFileSync(join(subpathDist, 'feed.json'), 'utf8')) as { items: { url: string; _license?: { id: string } }[] };
    expect(feed.items.find((item) => item.url.endsWith(`/${slug}/`))?._license?.id).toBe('CC-BY-SA-4.0');
    const csv = readPage(subpathDist, report.parts.find((part) => readPage(subpathDist, part.path).querySelector('figure.data-table'))!.path).querySelector('.downloads a[href$=".json"]')?.getAttribute('href') ?? '';
    expect((JSON.parse(readFileSync(file(subpathDist, subpathBase, csv), 'utf8')) as { license?: { id: string } }).license?.id).toBe('CC-BY-SA-4.0');
  });
});
