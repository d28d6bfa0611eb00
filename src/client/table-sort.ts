import { nextDirection, sortRows } from '../lib/table-sort.ts';

/**
 * Turns each `th[data-sortable]` of a `table[data-sortable]` into a sort button: pressing it
 * reorders the body rows by their cells' `data-sort-value` and marks the column with `aria-sort`.
 * Without this script the table is static and complete.
 */
export function initSortableTables(doc: Document): void {
  for (const table of doc.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    if (!body) continue;
    const reportOrder = [...body.rows];
    headers.forEach((th, column) => {
      if (!th.hasAttribute('data-sortable')) return;
      const button = doc.createElement('button');
      button.type = 'button';
      const icon = doc.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(...th.childNodes, icon);
      th.append(button);
      button.addEventListener('click', () => {
        const direction = nextDirection(th.getAttribute('aria-sort'));
        const key = (row: HTMLTableRowElement): number => Number(row.cells[column]?.dataset['sortValue']);
        body.append(...sortRows([...body.rows], key, (row) => reportOrder.indexOf(row), direction));
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
      });
    });
  }
}
