import { describe, expect, it } from 'vitest';
import { readPage, readerText } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';
import { reportLines } from '../support/report-source.ts';

/** The report's pipe table, as rows of cell texts: the header row first, the separator left out. */
function sourceTable(): string[][] {
  return reportLines()
    .filter((line) => line.trim().startsWith('|') && !/^\|[-|\s]+\|$/.test(line.trim()))
    .map((line) => line.trim().slice(1, -1).split('|').map((cell) => cell.trim()));
}

const cells = (row: Element) => [...row.children].map((cell) => readerText(cell.textContent ?? ''));
const [sourceHeader, ...sourceRows] = sourceTable();

describe('the comparison table on the Section 3 page', () => {
  const page = readPage(rootDist, 'languages-compared/');
  const table = page.querySelector('article[data-pagefind-body] figure.comparison table');

  it('sits in the searchable article, with a caption that says what it compares', () => {
    expect(table).not.toBeNull();
    expect(readerText(table?.querySelector('caption')?.textContent ?? '')).toMatch(/^Rust, Go, C\+\+ and Python compared on /);
  });

  it('heads each column with the report’s heading in a th scoped to the column', () => {
    const headers = [...(table?.querySelectorAll('thead th') ?? [])];
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(headers.map((th) => readerText(th.textContent ?? ''))).toEqual(sourceHeader);
  });

  it('has the report’s 4 rows × 5 columns word for word, each led by a th scoped to the row', () => {
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map(cells)).toEqual(sourceRows);
    expect(rows.map((row) => row.firstElementChild?.matches('th[scope="row"]'))).toEqual([true, true, true, true]);
  });

  it('emphasises the Rust row, and only it', () => {
    const highlighted = [...(table?.querySelectorAll('tbody tr.highlight') ?? [])];
    expect(highlighted.map((row) => row.querySelector('th')?.textContent)).toEqual(['Rust']);
  });

  it('ships no sort buttons in the HTML: without JavaScript the table is static', () => {
    expect(table?.querySelector('button, [aria-sort]')).toBeNull();
  });

  it('wraps the table in a focusable scroll region named by the caption', () => {
    const region = page.querySelector('figure.comparison [role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe(table?.querySelector('caption')?.textContent);
  });

  it('shows the same table on the whole-report page, with no id of its own to collide', () => {
    const report = readPage(rootDist, 'report/');
    const tables = [...report.querySelectorAll('figure.comparison table')];
    expect(tables).toHaveLength(1);
    expect([...tables[0]!.querySelectorAll('tbody tr')].map(cells)).toEqual(sourceRows);
    expect(report.querySelectorAll('figure.comparison [id]')).toHaveLength(0);
  });
});
