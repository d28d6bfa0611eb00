import type { APIRoute, GetStaticPaths } from 'astro';
import { tableDataPaths, type TableDataProps } from '../routing.ts';
import { tableDataSources } from '../citation/cited-report.ts';
import { tableJson, tableJsonText } from '../table-data.ts';

export const getStaticPaths = tableDataPaths satisfies GetStaticPaths;

/** `<slug>/data/<part>-<n>.json`: the table's cells with its caption, columns, report, part, date and licence. */
export const GET: APIRoute<TableDataProps> = ({ props, site }) =>
  new Response(tableJsonText(tableJson(props.table, tableDataSources(props, site))), { headers: { 'Content-Type': 'application/json' } });
