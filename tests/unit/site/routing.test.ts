import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportSchema } from '../../../src/report/schemas/report.ts';
import { partSchema } from '../../../src/report/schemas/part.ts';
import { tableSchema } from '../../../src/report/schemas/table.ts';

// Routing reads the library through astro:content; here the collections are entries made through
// the real schemas, as Starlight's routing tests do, so every page's path is tested without a build.
const collections = vi.hoisted(() => ({ reports: [] as unknown[], parts: [] as unknown[], tables: [] as unknown[] }));
vi.mock('astro:content', () => ({ getCollection: vi.fn(async (name: 'reports' | 'parts' | 'tables') => collections[name]) }));
const routing = await import('../../../src/site/routing.ts');

/** A report entry as the glob loader gives it, its data parsed by the real schema. */
function addReport(slug: string, facts: Record<string, unknown> = {}, parts: string[] = ['one']): void {
  const data = reportSchema.parse({ title: `Report ${slug}`, titleFrom: 'text', lang: 'en', findings: [], dataAsOf: { text: 'May 2026', iso: '2026-05' }, ...facts });
  collections.reports.push({ id: slug, filePath: `reports/${slug}/report.json`, data });
  parts.forEach((part, index) => {
    const frontmatter = partSchema.parse({ report: slug, key: `section-${index + 1}`, number: index + 1, title: part, slug: part, order: index + 1, line: 10 * index + 2 });
    collections.parts.push({ id: `${slug}/${part}`, filePath: `reports/${slug}/parts/${part}.mdx`, data: frontmatter });
  });
}

/** A table entry of a report, its header row on `line` of the report's text. */
function addTable(report: string, name: string, line: number): void {
  const data = tableSchema.parse({ report, line, caption: `Table ${name}`, columns: [{ label: 'A' }, { label: 'B' }], rows: [{ cells: ['1', 'x'] }] });
  collections.tables.push({ id: `${report}/${name}`, filePath: `reports/${report}/tables/${name}.json`, data });
}

beforeEach(() => {
  collections.reports.length = 0;
  collections.parts.length = 0;
  collections.tables.length = 0;
});

describe('routing', () => {
  it('gives every report its home and whole-report page, and each part its page', async () => {
    addReport('alpha', {}, ['one', 'two']);
    addReport('beta', {}, ['intro']);
    expect((await routing.reportPaths()).map((p) => p.params.report)).toEqual(['alpha', 'beta']);
    expect((await routing.partPaths()).map((p) => `${p.params.report}/${p.params.part}`)).toEqual(['alpha/one', 'alpha/two', 'beta/intro']);
  });

  it('pages the library 20 reports a page, the first at the base address', async () => {
    for (let i = 0; i < 45; i++) addReport(`r-${String(i).padStart(2, '0')}`);
    expect((await routing.firstLibraryPage()).items).toHaveLength(20);
    expect((await routing.libraryPagePaths()).map((p) => [p.params.page, p.props.page.items.length])).toEqual([
      ['2', 20],
      ['3', 5],
    ]);
  });

  it('makes a redirect page for each old address: the editors’ (below the base) and the importer’s (below the report)', async () => {
    addReport('alpha', { formerPaths: { 'verdict/': 'one/', 'old-home/': '' }, formerParts: { 'first/': 'one/' } }, ['one']);
    expect((await routing.redirectPaths()).map((p) => [p.params.moved, p.props.redirect.to])).toEqual([
      ['alpha/first', 'alpha/one/'],
      ['old-home', 'alpha/'],
      ['verdict', 'alpha/one/'],
    ]);
  });

  it('refuses an old address that is a page of the site, naming both files', async () => {
    addReport('alpha', { formerPaths: { 'beta/one/': '' } });
    addReport('beta');
    await expect(routing.redirectPaths()).rejects.toThrow('reports/alpha/editorial.yaml: the old address "beta/one/" is the page of the part "beta/one/" (reports/beta/parts/one.mdx): a redirect there would replace it.');
  });

  it.each([
    ['search/', 'in "search", where the site keeps the search page'],
    ['page/2/', `in "page", where the site keeps the library's later pages`],
    ['pagefind/', 'in "pagefind", where the site keeps the search index'],
    ['favicon.svg/', `in "favicon.svg", where the site keeps the site's icon`],
    ['rss.xml/', 'in "rss.xml", where the site keeps the RSS feed'],
    ['sitemap-0.xml/', 'in "sitemap-0.xml", where the site keeps the sitemap'],
    ['beta/', 'the home of the report "beta" (reports/beta/report.json)'],
    ['beta/report/', 'in "beta/report", where the site keeps the whole-report page of "beta" (reports/beta/report.json)'],
    ['beta/cite.bib/', 'in "beta/cite.bib", where the site keeps the BibTeX citation of "beta"'],
    ['beta/beta.pdf/', 'in "beta/beta.pdf", where the site keeps the PDF of "beta"'],
    ['beta/data/', `in "beta/data", where the site keeps the tables' data of "beta"`],
  ])('refuses the old address %s: the site writes something there', async (from, what) => {
    addReport('alpha', { formerPaths: { [from]: '' } });
    addReport('beta');
    await expect(routing.redirectPaths()).rejects.toThrow(`reports/alpha/editorial.yaml: the old address "${from}" is ${what}`);
  });

  it('refuses a redirect to a page its report does not have, naming the ones it has', async () => {
    addReport('alpha', { formerPaths: { 'verdict/': 'gone/' } }, ['one']);
    await expect(routing.redirectPaths()).rejects.toThrow('reports/alpha/editorial.yaml: the new place of "verdict/", "gone/", is no page of the report "alpha": give "" (its home), "report/" or a part\'s address ("report/", "one/").');
  });

  it('lets a redirect lead to an address the report itself redirects (a part renamed since)', async () => {
    addReport('alpha', { formerPaths: { 'verdict/': 'old/' }, formerParts: { 'old/': 'one/' } }, ['one']);
    expect((await routing.redirectPaths()).map((p) => [p.params.moved, p.props.redirect.to])).toEqual([
      ['alpha/old', 'alpha/one/'],
      ['verdict', 'alpha/old/'],
    ]);
  });

  it('refuses an old address two reports redirect, naming both files', async () => {
    addReport('alpha', { formerPaths: { 'verdict/': '' } });
    addReport('beta', { formerPaths: { 'verdict/': '' } });
    await expect(routing.redirectPaths()).rejects.toThrow(/reports\/(alpha|beta)\/editorial\.yaml: the old address "verdict\/" is redirected by reports\/(alpha|beta)\/editorial\.yaml too/);
  });

  it('gives each table its data files, in the part whose heading is the last above it in the text', async () => {
    addReport('alpha', {}, ['one', 'two']); // the parts' headings are on lines 2 and 12
    addTable('alpha', 'one-1', 5);
    addTable('alpha', 'two-1', 40);
    const paths = await routing.tableDataPaths();
    expect(paths.map((p) => [p.params.report, p.params.table, p.props.part.slug, p.props.table.id])).toEqual([
      ['alpha', 'one-1', 'one', 'alpha/one-1'],
      ['alpha', 'two-1', 'two', 'alpha/two-1'],
    ]);
    expect(paths[0]?.props.table.columns).toEqual([{ label: 'A', numeric: true }, { label: 'B', numeric: false }]);
  });

  it('refuses a table above every part of its report, naming its file', async () => {
    addReport('alpha', {}, ['one']);
    addTable('alpha', 'one-1', 1);
    await expect(routing.tableDataPaths()).rejects.toThrow('reports/alpha/tables/one-1.json: the table is in no part');
  });
});
