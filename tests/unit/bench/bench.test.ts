import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, libraryBudgets, type BuildSize, type LighthouseScores, type Measurements } from '../../../bench/lib/budgets.ts';
import { jsBeforeInteraction, kib, median, medianAfterFirst, sumBytes, type Fetched } from '../../../bench/lib/bytes.ts';
import { BUDGETS, COMPARISON, IDLE_MS, LIGHTHOUSE_CATEGORIES } from '../../../bench/lib/constants.ts';
import { budgetsSummary, comparisonNote, markdownReport, markdownTable } from '../../../bench/lib/report.ts';
import { generatedReport } from '../../../bench/lib/generated-report.ts';
import type { LibraryScale } from '../../../bench/lib/library-scale.ts';
import { readReport } from '../../../src/import/read/read-report.ts';
import { pdfStageSeconds } from '../../../bench/lib/pdf-stage.ts';
import { pdfStageMessage } from '../../../src/pdf/build.ts';
import { projectRoot } from '../../support/paths.ts';

const KiB = 1024;

const fetched: Fetched[] = [
  { url: '/', type: 'Document', bytes: 3000 },
  { url: '/a.css', type: 'Stylesheet', bytes: 2000 },
  { url: '/b.js', type: 'Script', bytes: 400 },
  { url: '/c.js', type: 'Script', bytes: 300 },
  { url: '/f.woff2', type: 'Font', bytes: 20_000 },
  { url: '/favicon.svg', type: 'Other', bytes: 200 },
];

describe('summing a visit’s bytes', () => {
  it('adds up every response, and each kind on its own', () => {
    const sum = sumBytes(fetched, 100);
    expect(sum).toEqual({ total: 25_900, html: 3000, css: 2000, js: 700, inlineJs: 100, fonts: 20_000, other: 200, requests: 6, fontFiles: 1 });
  });

  it('counts inline scripts into the JavaScript before interaction', () => {
    expect(jsBeforeInteraction(sumBytes(fetched, 100))).toBe(800);
  });

  it('rounds KiB to one decimal and takes medians of odd and even counts', () => {
    expect(kib(14 * KiB)).toBe(14);
    expect(kib(1536)).toBe(1.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves the first run out of a build’s median (it typesets every PDF), unless it is the only one', () => {
    expect(medianAfterFirst([9, 3, 4, 2, 5])).toBe(3.5);
    expect(medianAfterFirst([9])).toBe(9);
  });
});

const build = (over: Partial<BuildSize> = {}): BuildSize => ({ sections: 7, pages: 9, seconds: 2, runs: [2], starlightSeconds: 4, starlightRuns: [4], distBytes: 1, pagefindBytes: 2 * 1024 * 1024, pdfSeconds: [1.2, 0.1], ok: true, ...over });
const perfect = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, BUDGETS.lighthouse])) as LighthouseScores;
const good = (over: Partial<Measurements> = {}): Measurements => ({
  builds: [build(), build({ sections: 507, pages: 509, seconds: 40 })],
  visits: { '': sumBytes(fetched.slice(0, 4)), 'verdict/': sumBytes(fetched.slice(0, 2)) },
  firstSearch: { status: 'measured', bytes: 40 * KiB, requests: 5, results: 3 },
  lighthouse: { '': [perfect, perfect] },
  axe: { '/ (light)': [], '/ (dark)': [] },
  pdf: { path: 'rust-in-2026/rust-in-2026.pdf', bytes: 112_000, pages: 4 },
  ...over,
});
const broken = (m: Measurements) => checkBudgets(m).filter((b) => !b.ok).map((b) => b.name);

describe('checking the budgets', () => {
  it('passes a site within every budget', () => {
    expect(broken(good())).toEqual([]);
  });

  it(`passes a first visit of exactly ${BUDGETS.firstVisitKiB} KiB and ${BUDGETS.jsKiB} KiB of JavaScript: the limits are inclusive`, () => {
    const visits = { 'report/': sumBytes([{ url: '/', type: 'Document', bytes: BUDGETS.firstVisitKiB * KiB - BUDGETS.jsKiB * KiB }, { url: '/a.js', type: 'Script', bytes: BUDGETS.jsKiB * KiB }]) };
    expect(broken(good({ visits }))).toEqual([]);
  });

  it(`fails a first visit over ${BUDGETS.firstVisitKiB} KiB, and names the heaviest page`, () => {
    const results = checkBudgets(good({ visits: { 'report/': sumBytes([{ url: '/', type: 'Document', bytes: BUDGETS.firstVisitKiB * KiB + 1 }]) } }));
    expect(results.filter((b) => !b.ok).map((b) => b.actual)).toEqual([`${BUDGETS.firstVisitKiB} KiB (report/)`]);
  });

  it(`fails more than ${BUDGETS.jsKiB} KiB of JavaScript, inline scripts included`, () => {
    const visits = { '': sumBytes([{ url: '/a.js', type: 'Script', bytes: BUDGETS.jsKiB * KiB - 50 }], 100) };
    expect(broken(good({ visits: { '': sumBytes([{ url: '/a.js', type: 'Script', bytes: BUDGETS.jsKiB * KiB - 50 }], 50) } }))).toEqual([]);
    expect(broken(good({ visits }))).toEqual(['JavaScript before interaction, any page (gzipped)']);
  });

  it('fails any web font download', () => {
    expect(broken(good({ visits: { '': sumBytes(fetched.slice(4, 5)) } }))).toContain('Web fonts downloaded');
  });

  it('fails a Lighthouse category below 100 in any run', () => {
    const lighthouse = { 'ml-infrastructure/': [perfect, { ...perfect, performance: BUDGETS.lighthouse - 1 }] };
    const results = checkBudgets(good({ lighthouse }));
    expect(results.filter((b) => !b.ok).map((b) => b.actual)).toEqual(['99 / 100 / 100 / 100 (lowest of 2 runs)']);
  });

  it('fails any axe-core violation, and a run that checked no page', () => {
    expect(broken(good({ axe: { '/ (dark)': ['color-contrast .x'] } }))).toHaveLength(1);
    expect(broken(good({ axe: {} }))).toHaveLength(1);
  });

  it('fails a build slower than Starlight’s in the same run, and a scale build that broke', () => {
    expect(broken(good({ builds: [build({ seconds: 4.5 }), build({ sections: 507, ok: false })] }))).toEqual([
      'Build of the published site from an empty dist/ (median of the runs after the first, which typesets the PDFs), against Starlight building the same reports in the same run',
      'Scale run: 507 sections build',
    ]);
  });

  it(`fails a report PDF over ${BUDGETS.reportPdfKB} KB, and a site without one`, () => {
    const pdf = (bytes: number) => good({ pdf: { path: 'r/r.pdf', bytes, pages: 9 } });
    expect(broken(pdf(BUDGETS.reportPdfKB * 1000))).toEqual([]);
    expect(broken(pdf(BUDGETS.reportPdfKB * 1000 + 1))).toEqual(['A report’s PDF (the largest of the site)']);
    expect(broken(good({ pdf: undefined }))).toEqual(['A report’s PDF (the largest of the site)']);
  });

  it('reads the PDF stage’s seconds from what the build prints', () => {
    expect(pdfStageSeconds(`[pdf] ${pdfStageMessage({ reports: 1000, typeset: 1000, seconds: 61.234 })}\n`)).toBe(61.2);
    expect(pdfStageSeconds('no such line')).toBeUndefined();
  });

  it('holds the build to a ratio of Starlight’s, measured beside it: a slow machine slows both', () => {
    const row = (b: BuildSize) => checkBudgets(good({ builds: [b] })).find((r) => r.name.startsWith('Build of the published site'))!;
    expect(row(build({ seconds: 9, starlightSeconds: 10 }))).toMatchObject({ ok: true, actual: '9.0 s against 10.0 s: 0.90 ×' });
    expect(row(build({ seconds: 2, starlightSeconds: undefined }))).toMatchObject({ ok: false, actual: '2.0 s (Starlight not run)' });
  });

  it('fails a first search that could not be measured, and says why', () => {
    const results = checkBudgets(good({ firstSearch: { status: 'failed', error: 'timeout' } }));
    expect(results.filter((b) => !b.ok).map((b) => [b.name, b.actual])).toEqual([['First search (gzipped)', 'failed: timeout']]);
  });

  it(`holds the first search to less than Starlight’s ${COMPARISON.starlightFirstSearchKiB} KiB, with results`, () => {
    const search = (bytes: number, results = 3) => good({ firstSearch: { status: 'measured', bytes, requests: 5, results } });
    expect(broken(search(BUDGETS.firstSearchBelowKiB * KiB - 1))).toEqual([]);
    expect(broken(search(BUDGETS.firstSearchBelowKiB * KiB))).toEqual(['First search (gzipped)']);
    expect(broken(search(10 * KiB, 0))).toEqual(['First search (gzipped)']);
  });
});

describe('the Markdown report', () => {
  it('escapes pipes inside table cells', () => {
    expect(markdownTable(['a'], [['x | y']])).toBe('| a |\n| --- |\n| x \\| y |');
  });

  it('lists every budget with whether it holds, and every page visited', () => {
    const m = good({ lighthouse: { '': [{ ...perfect, seo: 92 }] } });
    const text = markdownReport(m, checkBudgets(m), { date: 'today', machine: 'here' });
    expect(text).toMatch(/\| Lighthouse mobile \/ .*\| 100 \/ 100 \/ 100 \/ 92 \| \*\*NO\*\* \|/);
    expect(text).toContain('| verdict/ |');
    expect(text).toContain('| 40 KiB, 3 result links | yes |');
    expect(text).toContain('| 2.00 MiB |');
  });
});

describe('the figures the bench shares', () => {
  const collapse = (text: string) => text.replace(/\s+/g, ' ');
  const performance = collapse(readFileSync(join(projectRoot, 'docs', 'PERFORMANCE.md'), 'utf8'));

  it('are the ones docs/PERFORMANCE.md states', () => {
    expect(performance).toContain(collapse(budgetsSummary()));
    expect(performance).toContain(`until ${IDLE_MS / 1000} s pass with no request in flight`);
  });

  it('are the ones every Markdown report compares against, right under its budgets', () => {
    const m = good();
    const text = markdownReport(m, checkBudgets(m), { date: 'today', machine: 'here' });
    expect(text.indexOf(comparisonNote())).toBeGreaterThan(text.indexOf('## Budgets'));
    expect(text.indexOf(comparisonNote())).toBeLessThan(text.indexOf('## First visit'));
  });
});

describe('generated reports for the library scale run', () => {
  it('are house-style texts the importer accepts: seven parts, one table, a Rust and a Go snippet, closing lines', () => {
    const { slug, text } = generatedReport(42);
    const { report } = readReport(text, `${slug}.txt`);
    expect(report.parts).toHaveLength(7);
    expect(report.parts.at(-1)?.kind).toBe('verdict');
    const blocks = report.parts.flatMap((part) => part.blocks);
    expect(blocks.filter((block) => block.kind === 'table')).toHaveLength(1);
    expect(blocks.flatMap((block) => (block.kind === 'code' ? [block.language] : []))).toEqual(['rust', 'go']);
    expect(report.author?.name).toBe('Generated Research Team');
    expect(report.dataAsOf?.iso).toMatch(/^\d{4}-\d{2}$/);
  });

  it('vary by number and have slugs that sort in number order', () => {
    expect(generatedReport(1).text).not.toBe(generatedReport(2).text);
    const slugs = [10, 9, 100].map((n) => generatedReport(n).slug);
    expect([...slugs].sort()).toEqual([slugs[1], slugs[0], slugs[2]]);
  });
});

describe('the library scale budgets', () => {
  const run = (reports: number, over: Partial<LibraryScale> = {}): LibraryScale => ({
    reports,
    pages: reports * 9,
    ok: true,
    importMs: 20,
    buildSeconds: reports / 10,
    peakMiB: 500,
    distBytes: reports * 100_000,
    distFiles: reports * 20,
    pagefindBytes: reports * 10_000,
    pagefindFiles: reports,
    libraryVisitBytes: 10 * 1024,
    partVisitBytes: 12 * 1024,
    firstSearchBytes: 100 * 1024,
    filteredSearchBytes: 90 * 1024,
    medianQueryMs: 40,
    pdfSeconds: reports / 20,
    rebuildSeconds: reports / 40,
    rebuildPdfSeconds: reports / 1000,
    pdfFiles: reports,
    pdfBytes: reports * 80_000,
    ...over,
  });
  const failing = (runs: LibraryScale[]) => libraryBudgets(runs).filter((b) => !b.ok).map((b) => b.name);

  it('hold for a library that builds in time, in memory, and grows linearly', () => {
    expect(failing([run(10), run(100), run(1000)])).toEqual([]);
  });

  it('fail a build over four minutes or four GiB, and a first search over 120 KiB, at the largest size', () => {
    expect(failing([run(10), run(1000, { buildSeconds: 241, rebuildSeconds: 241, peakMiB: 4097, firstSearchBytes: 121 * 1024 })])).toEqual([
      'Library of 1000 reports: build, every PDF typeset',
      'Library of 1000 reports: build again, nothing changed (PDFs from the cache)',
      'Library of 1000 reports: peak memory of the build',
      'Library of 1000 reports: first search (everything downloaded)',
    ]);
  });

  it('fail when dist/ grows faster than the number of reports, or a first visit outgrows 14 KiB', () => {
    expect(failing([run(10), run(1000, { distBytes: 1000 * 130_000, libraryVisitBytes: 15 * 1024 })])).toEqual([
      'Library of 1000 reports: first visit of the library page and a part page',
      'dist/ grows linearly with the reports',
    ]);
  });

  it('fail an import that takes a second or more', () => {
    expect(failing([run(10, { importMs: 1000 })])).toContain('Importing a report (median, every size)');
  });
});
