import { jsBeforeInteraction, kib, type VisitBytes } from './bytes.ts';
import type { LibraryScale } from './library-scale.ts';
import { BUDGETS, IDLE_MS, LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_TITLES, type LighthouseCategory } from './constants.ts';

/** Lighthouse category scores of one page, 0–100. */
export type LighthouseScores = Record<LighthouseCategory, number>;

/** What the first search costs, or why it could not be measured. */
export type FirstSearch = { status: 'measured'; bytes: number; requests: number; results: number } | { status: 'failed'; error: string };

/** One build of the site: how many sections, how long, how big. */
export interface BuildSize {
  sections: number;
  pages: number;
  /** Median wall-clock seconds of `npm run build` from an empty output folder, over the runs after the first (which typesets every PDF). */
  seconds: number;
  /** Every run's seconds. */
  runs: number[];
  /** Starlight building the same reports, alternating with ours (the budget's yardstick): median (after the first run) and every run. */
  starlightSeconds?: number | undefined;
  starlightRuns?: number[] | undefined;
  distBytes: number;
  /** Size of dist/pagefind/. */
  pagefindBytes: number;
  /** Seconds the PDF stage took in each run: the first with an empty PDF cache, the others with the first's. */
  pdfSeconds: number[];
  ok: boolean;
}

/** The largest report PDF of a build. */
export interface ReportPdfSize {
  /** Its path below the site, e.g. "rust-in-2026/rust-in-2026.pdf". */
  path: string;
  bytes: number;
  pages: number;
}

/** Everything a bench run measures that the budgets look at. */
export interface Measurements {
  /** The report as it is, then the 500-section scale run. */
  builds: BuildSize[];
  /** First visit of each page, by site path. */
  visits: Record<string, VisitBytes>;
  firstSearch: FirstSearch;
  /** Lighthouse runs by site path (one entry per run). */
  lighthouse: Record<string, LighthouseScores[]>;
  /** axe-core violations by "page (scheme)", empty when none. */
  axe: Record<string, string[]>;
  /** The library scale run, smallest library first (absent when not run). */
  library?: LibraryScale[];
  /** The largest report PDF of the site's build (absent when it has none). */
  pdf?: ReportPdfSize | undefined;
}

/** One budget: what it limits, the limit, what was measured and whether it holds. */
export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  ok: boolean;
}

/** The page a largest value was measured on. */
function heaviest(visits: Record<string, VisitBytes>, of: (visit: VisitBytes) => number): [string, number] {
  let best: [string, number] = ['(no page)', 0];
  for (const [path, visit] of Object.entries(visits)) if (of(visit) >= best[1]) best = [path || '/', of(visit)];
  return best;
}

/** Checks the measurements against the budgets. */
export function checkBudgets(m: Measurements): BudgetResult[] {
  const results: BudgetResult[] = [];
  const [report, ...scaled] = m.builds;
  results.push({
    name: 'Build of the published site from an empty dist/ (median of the runs after the first, which typesets the PDFs), against Starlight building the same reports in the same run',
    limit: `≤ ${BUDGETS.buildRatio.toFixed(2)} × Starlight`,
    actual: report?.starlightSeconds ? `${report.seconds.toFixed(1)} s against ${report.starlightSeconds.toFixed(1)} s: ${(report.seconds / report.starlightSeconds).toFixed(2)} ×` : report ? `${report.seconds.toFixed(1)} s (Starlight not run)` : 'not run',
    ok: report !== undefined && report.ok && report.starlightSeconds !== undefined && report.seconds <= BUDGETS.buildRatio * report.starlightSeconds,
  });
  for (const build of scaled) {
    results.push({
      name: `Scale run: ${build.sections} sections build`,
      limit: 'succeeds',
      actual: build.ok ? `${build.seconds.toFixed(1)} s, ${build.pages} pages` : 'build failed',
      ok: build.ok,
    });
  }
  results.push({
    name: 'A report’s PDF (the largest of the site)',
    limit: `≤ ${BUDGETS.reportPdfKB} KB`,
    actual: m.pdf ? `${(m.pdf.bytes / 1000).toFixed(0)} KB, ${m.pdf.pages} pages (${m.pdf.path})` : 'no PDF',
    ok: m.pdf !== undefined && m.pdf.bytes <= BUDGETS.reportPdfKB * 1000,
  });
  const [visitPage, visitBytes] = heaviest(m.visits, (v) => v.total);
  results.push({
    name: `Heaviest first visit (gzipped, until ${IDLE_MS / 1000} s idle)`,
    limit: `≤ ${BUDGETS.firstVisitKiB} KiB`,
    actual: `${kib(visitBytes)} KiB (${visitPage})`,
    ok: Object.keys(m.visits).length > 0 && visitBytes <= BUDGETS.firstVisitKiB * 1024,
  });
  const [jsPage, jsBytes] = heaviest(m.visits, jsBeforeInteraction);
  results.push({
    name: 'JavaScript before interaction, any page (gzipped)',
    limit: `≤ ${BUDGETS.jsKiB} KiB`,
    actual: `${kib(jsBytes)} KiB (${jsPage})`,
    ok: jsBytes <= BUDGETS.jsKiB * 1024,
  });
  const fonts = Object.values(m.visits).reduce((n, v) => n + v.fontFiles, 0);
  results.push({ name: 'Web fonts downloaded', limit: 'none', actual: String(fonts), ok: fonts === BUDGETS.fontFiles });

  const search = m.firstSearch;
  results.push({
    name: 'First search (gzipped)',
    limit: `< ${BUDGETS.firstSearchBelowKiB} KiB (Starlight)`,
    actual: search.status === 'measured' ? `${kib(search.bytes)} KiB, ${search.results} result links` : `failed: ${search.error}`,
    ok: search.status === 'measured' && search.results > 0 && search.bytes < BUDGETS.firstSearchBelowKiB * 1024,
  });

  for (const [path, runs] of Object.entries(m.lighthouse)) {
    const lowest = LIGHTHOUSE_CATEGORIES.map((c) => Math.min(...runs.map((run) => run[c])));
    results.push({
      name: `Lighthouse mobile ${path || '/'} (${LIGHTHOUSE_CATEGORIES.map((c) => LIGHTHOUSE_TITLES[c]).join(' / ')})`,
      limit: LIGHTHOUSE_CATEGORIES.map(() => BUDGETS.lighthouse).join(' / '),
      actual: lowest.join(' / ') + (runs.length > 1 ? ` (lowest of ${runs.length} runs)` : ''),
      ok: runs.length > 0 && lowest.every((score) => score >= BUDGETS.lighthouse),
    });
  }

  results.push(...libraryBudgets(m.library ?? []));

  const broken = Object.entries(m.axe).filter(([, ids]) => ids.length > 0);
  results.push({
    name: 'axe-core violations (every page, light and dark, search dialog open)',
    limit: '0',
    actual: broken.length === 0 ? `0 on ${Object.keys(m.axe).length} views` : broken.map(([view, ids]) => `${view}: ${ids.join(', ')}`).join('; '),
    ok: Object.keys(m.axe).length > 0 && broken.length === 0,
  });
  return results;
}

/**
 * The library scale run's budgets (issue 11), checked on the largest library run: build time, peak
 * memory, first search, first visits of the library and a part page, import time, and dist/ growing
 * no faster than the number of reports (bytes per report within a quarter of the smallest run's).
 */
export function libraryBudgets(runs: readonly LibraryScale[]): BudgetResult[] {
  const largest = runs.at(-1);
  const smallest = runs[0];
  if (!largest || !smallest) return [];
  const n = largest.reports;
  const perReport = (run: LibraryScale) => run.distBytes / run.reports;
  const growth = perReport(largest) / perReport(smallest);
  return [
    {
      name: `Library of ${n} reports: build, every PDF typeset`,
      limit: `≤ ${BUDGETS.libraryBuildSeconds} s`,
      actual: largest.ok ? `${largest.buildSeconds.toFixed(0)} s, ${largest.pages} pages, ${largest.pdfFiles} PDFs (typeset in ${largest.pdfSeconds.toFixed(0)} s)` : 'failed',
      ok: largest.ok && largest.buildSeconds <= BUDGETS.libraryBuildSeconds,
    },
    {
      name: `Library of ${n} reports: build again, nothing changed (PDFs from the cache)`,
      limit: `≤ ${BUDGETS.libraryBuildSeconds} s`,
      actual: largest.ok ? `${largest.rebuildSeconds.toFixed(0)} s (PDF stage ${largest.rebuildPdfSeconds.toFixed(1)} s)` : 'failed',
      ok: largest.ok && largest.rebuildSeconds > 0 && largest.rebuildSeconds <= BUDGETS.libraryBuildSeconds,
    },
    { name: `Library of ${n} reports: peak memory of the build`, limit: `≤ ${BUDGETS.libraryPeakMiB} MiB`, actual: `${largest.peakMiB.toFixed(0)} MiB`, ok: largest.peakMiB > 0 && largest.peakMiB <= BUDGETS.libraryPeakMiB },
    { name: `Library of ${n} reports: first search (everything downloaded)`, limit: `≤ ${BUDGETS.libraryFirstSearchKiB} KiB`, actual: `${kib(largest.firstSearchBytes)} KiB`, ok: largest.firstSearchBytes > 0 && largest.firstSearchBytes <= BUDGETS.libraryFirstSearchKiB * 1024 },
    { name: `Library of ${n} reports: first visit of the library page and a part page`, limit: `≤ ${BUDGETS.firstVisitKiB} KiB`, actual: `${kib(largest.libraryVisitBytes)} / ${kib(largest.partVisitBytes)} KiB`, ok: largest.libraryVisitBytes > 0 && Math.max(largest.libraryVisitBytes, largest.partVisitBytes) <= BUDGETS.firstVisitKiB * 1024 },
    { name: 'Importing a report (median, every size)', limit: `< ${BUDGETS.importMs} ms`, actual: `${Math.max(...runs.map((r) => r.importMs)).toFixed(0)} ms at most`, ok: runs.every((r) => r.importMs < BUDGETS.importMs) },
    { name: 'dist/ grows linearly with the reports', limit: 'bytes per report within ×1.25 of the smallest run', actual: `×${growth.toFixed(2)} (${kib(perReport(smallest))} → ${kib(perReport(largest))} KiB a report)`, ok: growth <= 1.25 },
  ];
}
