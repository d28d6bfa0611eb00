import type { LibraryScale } from './library-scale.ts';
import type { BudgetResult, Measurements } from './budgets.ts';
import { kib } from './bytes.ts';
import { BUDGETS, COMPARISON, IDLE_MS, LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_TITLES } from './constants.ts';

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The other frameworks' figures, under the budgets table of every report. */
export function comparisonNote(): string {
  const c = COMPARISON;
  return (
    `For comparison (issue 6, same report, same machine): Starlight ${c.starlightFirstVisitKiB} KiB first visit with its ` +
    `idle-time search UI, ${c.starlightFirstSearchKiB} KiB first search; its build is measured in every run, beside ours; ` +
    `VitePress ${c.vitepressFirstVisitKiB} KiB first visit.`
  );
}

/** The budgets in a sentence, as the README's Performance section states them. */
export function budgetsSummary(): string {
  const c = COMPARISON;
  return (
    `The budgets, from issue 6, against the best docs frameworks built from the same report on the same machine: ` +
    `first visit ≤ ${BUDGETS.firstVisitKiB} KiB (Starlight: ${c.starlightFirstVisitKiB} KiB with its idle-time search UI; ` +
    `VitePress: ${c.vitepressFirstVisitKiB} KiB); JavaScript before interaction ≤ ${BUDGETS.jsKiB} KiB on every page; ` +
    `no web font (a system font stack); first search smaller than Starlight's ${BUDGETS.firstSearchBelowKiB} KiB; ` +
    `Lighthouse ${BUDGETS.lighthouse} in every category (${LIGHTHOUSE_CATEGORIES.map((cat) => LIGHTHOUSE_TITLES[cat]).join(', ')}) ` +
    `on every run; no axe-core violation; a build no slower than Starlight's building the same reports in the same run (≤ ${BUDGETS.buildRatio} ×).`
  );
}

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
    runs.map((r, i) => [path || '/', i + 1, ...LIGHTHOUSE_CATEGORIES.map((c) => r[c])]),
  );
  const builds = m.builds.map((b) => [
    b.sections,
    b.pages,
    b.ok ? `${b.seconds.toFixed(1)} s` : 'failed',
    b.runs.map((s) => s.toFixed(1)).join(', '),
    mib(b.distBytes),
    mib(b.pagefindBytes),
    b.pdfSeconds.map((s) => s.toFixed(1)).join(', '),
  ]);
  return [
    `# Bench results`,
    '',
    `${context.date} · ${context.machine} · \`npm run bench\``,
    '',
    '## Budgets',
    '',
    markdownTable(['budget', 'limit', 'measured', 'holds'], budgets.map((b) => [b.name, b.limit, b.actual, b.ok ? 'yes' : '**NO**'])),
    '',
    comparisonNote(),
    '',
    `## First visit of each page (KiB, gzipped bodies, fresh cache, until ${IDLE_MS / 1000} s idle, no interaction)`,
    '',
    markdownTable(['page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total', 'requests'], visits),
    '',
    '## Lighthouse (mobile, default throttling)',
    '',
    markdownTable(['page', 'run', ...LIGHTHOUSE_CATEGORIES.map((c) => LIGHTHOUSE_TITLES[c])], lighthouse),
    '',
    '## Build',
    '',
    markdownTable(['parts', 'pages', 'build (median)', 'runs (s)', 'dist/', 'pagefind/', 'PDF stage, each run (s; the first with an empty PDF cache)'], builds),
    '',
    ...(m.library?.length ? ['## Library scale (generated reports imported through the importer)', '', libraryTable(m.library), ''] : []),
  ].join('\n');
}

/** The library scale run as a table: one row per library size. */
export function libraryTable(runs: readonly LibraryScale[]): string {
  return markdownTable(
    ['reports', 'pages', 'import (median)', 'build', 'of which PDFs', 'build again (caches)', 'of which PDFs', 'peak memory', 'PDFs', 'dist/', 'dist/ files', 'pagefind/', 'pagefind/ files', 'library page', 'part page', 'first search', 'filtered search', 'query (median)'],
    runs.map((r) => [
      r.reports,
      r.pages,
      `${r.importMs.toFixed(0)} ms`,
      r.ok ? `${r.buildSeconds.toFixed(1)} s` : 'failed',
      `${r.pdfSeconds.toFixed(1)} s`,
      `${r.rebuildSeconds.toFixed(1)} s`,
      `${r.rebuildPdfSeconds.toFixed(1)} s`,
      `${r.peakMiB.toFixed(0)} MiB`,
      `${r.pdfFiles}, ${mib(r.pdfBytes)}`,
      mib(r.distBytes),
      r.distFiles,
      mib(r.pagefindBytes),
      r.pagefindFiles,
      `${kib(r.libraryVisitBytes)} KiB`,
      `${kib(r.partVisitBytes)} KiB`,
      `${kib(r.firstSearchBytes)} KiB`,
      `${kib(r.filteredSearchBytes)} KiB`,
      `${r.medianQueryMs.toFixed(0)} ms`,
    ]),
  );
}
