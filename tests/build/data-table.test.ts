import { describe, expect, it } from 'vitest';
import { readPage, readerText } from '../../tools/dist.ts';
import { rootDist, rustReport } from '../support/paths.ts';
import { testLibrary } from '../support/library.ts';

const cells = (row: Element) => [...row.children].map((cell) => cell.textContent ?? '');
const tables = testLibrary().flatMap((report) =>
  report.parts.flatMap((part) => part.source.blocks.flatMap((block) => (block.kind === 'table' ? [{ report: report.slug, page: part.path, block }] : []))),
);

describe('every pipe table of every report', () => {
  it('the test library has a table in each report', () => {
    expect(tables.map((t) => t.page)).toEqual(expect.arrayContaining([`${rustReport}/languages-compared/`, 'sample-databases-2026/storage-engines-built-on-object-storage/']));
  });

  for (const { report, page, block } of tables) {
    describe(`the table at line ${block.line} of ${report}`, () => {
      const doc = readPage(rootDist, page);
      const table = doc.querySelector('article[data-report] figure.data-table table');

      it('sits in its part’s article with a caption', () => {
        expect(table).not.toBeNull();
        expect(readerText(table?.querySelector('caption')?.textContent ?? '').length).toBeGreaterThan(10);
      });

      it('heads each column with the report’s heading, word for word, in a th scoped to the column', () => {
        const headers = [...(table?.querySelectorAll('thead th') ?? [])];
        expect(headers.map((th) => th.getAttribute('scope'))).toEqual(block.header.map(() => 'col'));
        expect(headers.map((th) => th.textContent)).toEqual(block.header);
      });

      it('has every row and cell word for word, each row led by a th scoped to the row', () => {
        const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
        expect(rows.map(cells)).toEqual(block.rows);
        expect(rows.every((row) => row.firstElementChild?.matches('th[scope="row"]'))).toBe(true);
      });

      it('ships no sort buttons in the HTML: without JavaScript the table is static', () => {
        expect(table?.querySelector('button, [aria-sort]')).toBeNull();
      });

      it('wraps the table in a focusable scroll region named by the caption', () => {
        const region = doc.querySelector('figure.data-table [role="region"]');
        expect(region?.getAttribute('tabindex')).toBe('0');
        expect(table?.querySelector('caption')?.textContent).toContain(region?.getAttribute('aria-label') ?? '-');
      });

      it('shows the same table on the whole-report page, with no id of its own to collide', () => {
        const whole = readPage(rootDist, `${report}/report/`);
        const found = [...whole.querySelectorAll('figure.data-table table')].filter((t) => cells(t.querySelector('tbody tr')!)[0] === block.rows[0]![0]);
        expect(found).toHaveLength(1);
        expect([...found[0]!.querySelectorAll('tbody tr')].map(cells)).toEqual(block.rows);
        expect(whole.querySelectorAll('figure.data-table [id]')).toHaveLength(0);
      });
    });
  }

  it('the Rust table carries the editors’ caption and highlights the Rust row, and only it', () => {
    const table = readPage(rootDist, `${rustReport}/languages-compared/`).querySelector('figure.data-table table');
    expect(readerText(table?.querySelector('caption')?.textContent ?? '')).toMatch(/^Rust, Go, C\+\+ and Python compared on /);
    expect([...(table?.querySelectorAll('tbody tr.highlight') ?? [])].map((row) => row.querySelector('th')?.textContent)).toEqual(['Rust']);
  });

  it('a table without editorial touches gets a caption from its part’s title, marked as the site’s', () => {
    const caption = readPage(rootDist, 'sample-databases-2026/storage-engines-built-on-object-storage/').querySelector('figure.data-table caption');
    expect(readerText(caption?.textContent ?? '')).toBe('The table of Section 3 — Storage Engines Built on Object Storage (caption by the site)');
    expect(caption?.querySelector('.editorial-tag')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});
