import type { APIRoute, GetStaticPaths } from 'astro';
import { tableDataPaths, type TableDataProps } from '../routing.ts';
import { downloadType } from '../security.ts';
import { tableCsv } from '../table-data.ts';
import { tableDataPath } from '../urls.ts';

export const getStaticPaths = tableDataPaths satisfies GetStaticPaths;

/** `<slug>/data/<part>-<n>.csv`: the table's cells, exactly as its page shows them. */
export const GET: APIRoute<TableDataProps> = ({ props: { table } }) =>
  new Response(tableCsv(table), { headers: { 'Content-Type': downloadType(tableDataPath(table.id, 'csv'))! } });
