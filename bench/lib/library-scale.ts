/**
 * The library scale run: 10, 100 and 1,000 generated reports (seven parts, a table and two
 * snippets each), written to a temporary content folder through the real importer (nothing is
 * committed), each library built twice (the second time with every cache warm) and measured: build
 * time with every PDF typeset and again from the caches, peak memory, the PDFs, dist/ and Pagefind's
 * index (bytes and files), the first visit of the library page and of a part page, a first search,
 * a search filtered to one report, and the median time a query takes in the browser.
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runBuild } from '../../tools/build.ts';
import { folderSize, htmlFiles } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { importReport } from '../../src/import/import-report.ts';
import { pdfStageSeconds } from './pdf-stage.ts';
import { generatedReport } from './generated-report.ts';
import { median } from './bytes.ts';

/** What one library size measured. */
export interface LibraryScale {
  reports: number;
  pages: number;
  ok: boolean;
  /** Median milliseconds to import one generated report (parse, detect, lay out, write). */
  importMs: number;
  buildSeconds: number;
  /** Peak resident memory of the build's largest process (GNU time's %M), MiB. */
  peakMiB: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** First visit, gzipped bytes of every response. */
  libraryVisitBytes: number;
  partVisitBytes: number;
  /** Everything a first search of "memory safety" downloads, every request counted. */
  firstSearchBytes: number;
  /** The same, on the search page scoped to one report (?report=). */
  filteredSearchBytes: number;
  /** Median ms from the last keystroke to the results for the whole query. */
  medianQueryMs: number;
  /** The PDF stage's seconds in the build (every report typeset: the cache is empty). */
  pdfSeconds: number;
  /** The same build again, nothing changed: every cache warm (Astro's, the PDFs'). */
  rebuildSeconds: number;
  rebuildPdfSeconds: number;
  /** The reports' PDFs in dist/. */
  pdfFiles: number;
  pdfBytes: number;
}

const QUERIES = ['memory', 'worker', 'queue', 'health', 'adoption', 'benchmarks', 'hiring', 'tooling', 'survey'];

/** The site's own content plus `count` generated reports, each imported as a publisher would. */
async function libraryContent(dir: string, count: number): Promise<{ content: string; importMs: number }> {
  await rm(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  await cp(join(projectRoot, 'src/content'), content, { recursive: true });
  const texts = join(dir, 'texts');
  await mkdir(texts, { recursive: true });
  const times: number[] = [];
  for (let n = 1; n <= count; n++) {
    const { slug, text } = generatedReport(n);
    const file = join(texts, `${slug}.txt`);
    await writeFile(file, text);
    const start = performance.now();
    await importReport({ file, contentDir: content });
    times.push(performance.now() - start);
  }
  return { content, importMs: median(times) };
}

/** Gzipped bytes of every response a page receives, workers' included, while `act` runs and until the network is quiet. */
async function bytesDuring(page: Page, act: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const count = async (request: import('playwright-core').Request) => {
    const sizes = await request.sizes().catch(() => undefined);
    bytes += sizes?.responseBodySize ?? 0;
  };
  page.context().on('requestfinished', count);
  await act();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  page.context().off('requestfinished', count);
  return bytes;
}

/** Waits until the search results on the page are those of `query` (the UI marks them with data-results-for). */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.locator(`[data-results-for="${query.replace(/"/g, '\\"')}"]`).first().waitFor({ timeout: 30_000 });
}

async function measureBrowser(browser: Browser, base: string, slug: string, part: string): Promise<Pick<LibraryScale, 'libraryVisitBytes' | 'partVisitBytes' | 'firstSearchBytes' | 'filteredSearchBytes' | 'medianQueryMs'>> {
  const fresh = async () => (await browser.newContext()).newPage();
  const visit = async (path: string) => {
    const page = await fresh();
    const bytes = await bytesDuring(page, async () => void (await page.goto(base + path)));
    await page.context().close();
    return bytes;
  };
  const libraryVisitBytes = await visit('');
  const partVisitBytes = await visit(`${slug}/${part}/`);

  const page = await fresh();
  await page.goto(base);
  await page.waitForLoadState('networkidle');
  const firstSearchBytes = await bytesDuring(page, async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('memory safety');
    await resultsFor(page, 'memory safety');
  });
  await page.context().close();

  const scoped = await fresh();
  const filteredSearchBytes = await bytesDuring(scoped, async () => {
    await scoped.goto(`${base}search/?q=worker&report=${slug}`);
    await resultsFor(scoped, 'worker');
  });
  const times: number[] = [];
  const input = scoped.locator('main input[type="search"]');
  for (const query of QUERIES) {
    await input.fill('');
    const start = performance.now();
    await input.fill(query);
    await resultsFor(scoped, query);
    times.push(performance.now() - start);
  }
  await scoped.context().close();
  return { libraryVisitBytes, partVisitBytes, firstSearchBytes, filteredSearchBytes, medianQueryMs: median(times) };
}

/** Builds and measures a library of each size in `sizes`, under `work`. */
export async function measureLibraryScale(sizes: readonly number[], work: string, browser: Browser, log: (text: string) => void): Promise<LibraryScale[]> {
  const measured: LibraryScale[] = [];
  for (const reports of sizes) {
    const dir = join(work, `library-${reports}`);
    const { content, importMs } = await libraryContent(dir, reports);
    log(`library of ${reports} reports imported (median ${importMs.toFixed(0)} ms a report)`);
    const outDir = join(dir, 'dist');
    const target = { contentDir: content, outDir, cacheDir: join(dir, 'cache'), env: { SITE_URL: 'http://127.0.0.1' } };
    const result = await runBuild(target, { measure: true });
    const build = { ok: result.code === 0, seconds: result.seconds ?? 0, peakMiB: result.peakMiB ?? 0, output: result.output };
    log(`library of ${reports} reports: build ${build.seconds.toFixed(1)} s, peak ${build.peakMiB.toFixed(0)} MiB${build.ok ? '' : `, FAILED:\n${build.output.slice(-3000)}`}`);
    const dist = folderSize(outDir);
    const pagefind = folderSize(join(outDir, 'pagefind'));
    const pdfs = folderSize(outDir, '.pdf');
    // The same library again, nothing changed: what a publisher's next build costs.
    const again = build.ok ? await runBuild(target, { measure: true }) : undefined;
    log(`library of ${reports} reports: build again ${again?.seconds?.toFixed(1) ?? '-'} s`);
    const entry: LibraryScale = {
      reports,
      pages: build.ok ? htmlFiles(outDir).length : 0,
      ok: build.ok,
      importMs,
      buildSeconds: build.seconds,
      peakMiB: build.peakMiB,
      distBytes: dist.bytes,
      distFiles: dist.files,
      pagefindBytes: pagefind.bytes,
      pagefindFiles: pagefind.files,
      libraryVisitBytes: 0,
      partVisitBytes: 0,
      firstSearchBytes: 0,
      filteredSearchBytes: 0,
      medianQueryMs: 0,
      pdfSeconds: pdfStageSeconds(build.output) ?? 0,
      rebuildSeconds: again?.code === 0 ? (again.seconds ?? 0) : 0,
      rebuildPdfSeconds: (again && pdfStageSeconds(again.output)) ?? 0,
      pdfFiles: pdfs.files,
      pdfBytes: pdfs.bytes,
    };
    if (build.ok) {
      const server = await serveStatic({ root: outDir, headers: true, gzip: true, port: 0 });
      try {
        const slug = generatedReport(1).slug;
        const [part] = (await readdir(join(content, 'reports', slug, 'parts'))).sort();
        Object.assign(entry, await measureBrowser(browser, server.url, slug, (part ?? '').replace(/\.mdx$/, '')));
      } catch (error) {
        entry.ok = false;
        log(`library of ${reports} reports: browser measurement failed: ${(error as Error).message}`);
      } finally {
        await server.close();
      }
    }
    measured.push(entry);
    // Keep the disk small: the next size starts afresh.
    await rm(join(dir, 'cache'), { recursive: true, force: true });
  }
  return measured;
}
