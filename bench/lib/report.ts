import type { BudgetResult, Measurements } from './budgets.ts';
import { jsBeforeInteraction, kib } from './bytes.ts';

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The whole bench run as Markdown: budgets first, then the figures behind them. */
export function markdownReport(m: Measurements, budgets: readonly BudgetResult[], context: { date: string; machine: string }): string {
  const visits = Object.entries(m.visits).map(([path, v]) => [
    path || '/',
    kib(v.html),
    kib(v.css),
    `${kib(v.js)} + ${kib(v.inlineJs)} inline`,
    kib(v.fonts),
    kib(v.other),
    kib(v.total),
    v.requests,
  ]);
  const lighthouse = Object.entries(m.lighthouse).flatMap(([path, runs]) =>
    runs.map((r, i) => [path || '/', i + 1, r.performance, r.accessibility, r['best-practices'], r.seo]),
  );
  const builds = m.builds.map((b) => [
    b.sections,
    b.pages,
    b.ok ? `${b.seconds.toFixed(1)} s` : 'failed',
    b.runs.map((s) => s.toFixed(1)).join(', '),
    mib(b.distBytes),
    mib(b.pagefindBytes),
  ]);
  const js = Math.max(0, ...Object.values(m.visits).map(jsBeforeInteraction));
  return [
    `# Bench results`,
    '',
    `${context.date} · ${context.machine} · \`npm run bench\``,
    '',
    '## Budgets',
    '',
    markdownTable(['budget', 'limit', 'measured', 'holds'], budgets.map((b) => [b.name, b.limit, b.actual, b.ok ? 'yes' : '**NO**'])),
    '',
    `For comparison (issue 6, same report, same machine): Starlight 54 KiB first visit with its idle-time search UI,`,
    `91 KiB first search; VitePress 151 KiB first visit. Heaviest JavaScript here: ${kib(js)} KiB.`,
    '',
    '## First visit of each page (KiB, gzipped bodies, fresh cache, until 5 s idle, no interaction)',
    '',
    markdownTable(['page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total', 'requests'], visits),
    '',
    '## Lighthouse (mobile, default throttling)',
    '',
    markdownTable(['page', 'run', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouse),
    '',
    '## Build and scale',
    '',
    markdownTable(['sections', 'pages', 'build (median)', 'runs (s)', 'dist/', 'pagefind/'], builds),
    '',
  ].join('\n');
}
