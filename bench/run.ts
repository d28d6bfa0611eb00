/**
 * `npm run bench`: builds the report (and a 500-section version of it), serves the build on
 * 127.0.0.1 as a host would (gzip, dist/_headers), measures it in the Chromium the tests use, prints
 * the figures, writes latest.{md,json} (to bench/results/ with `-- --save`, else bench/.work/results/)
 * and exits 1 when a budget of issue 6 is broken.
 * Not part of `npm test`: timings are noisy, tests assert behaviour.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../tools/static-server.ts';
import { axeViolations } from '../tools/axe.ts';
import { launchBrowser } from '../tools/browser.ts';
import { runBuild, type BuildTarget } from '../tools/build.ts';
import { folderSize, htmlFiles, sitePath } from '../tools/dist.ts';
import { projectRoot } from '../tools/paths.ts';
import { pageCount } from '../tools/pdf.ts';
import { filesUnder } from '../src/lib/files.ts';
import { pdfCacheDir } from '../src/site/report-pdfs.ts';
import { pdfStageSeconds } from './lib/pdf-stage.ts';
import { checkBudgets, type BuildSize, type FirstSearch, type LighthouseScores, type Measurements, type ReportPdfSize } from './lib/budgets.ts';
import { IDLE_MS, LIGHTHOUSE_CATEGORIES } from './lib/constants.ts';
import { medianAfterFirst, recordResponses, sumBytes, type VisitBytes } from './lib/bytes.ts';
import { markdownReport } from './lib/report.ts';
import { resultsDir } from './lib/results.ts';
import { measureLibraryScale, type LibraryScale } from './lib/library-scale.ts';
import { prepareStarlight, type StarlightProject } from './lib/starlight.ts';

const work = join(projectRoot, 'bench/.work');
const results = resultsDir(projectRoot, process.argv.slice(2));
const BUILD_RUNS = Number(process.env['BENCH_BUILD_RUNS'] ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 2);
// Library sizes of the scale run; BENCH_SCALE_REPORTS=0 skips it.
const SCALE_REPORTS = (process.env['BENCH_SCALE_REPORTS'] ?? '10,100,1000').split(',').map(Number).filter((n) => n > 0);
const SEARCH_QUERY = 'memory safety';
// One page of each kind: the library, a report's home, a part, the whole report.
const LIGHTHOUSE_PAGES = ['', 'rust-in-2026/', 'rust-in-2026/ml-infrastructure/', 'rust-in-2026/report/'];
// The 404 page is visited the way readers reach it, at an address that does not exist. (Not keyed
// "404": integer-like keys jump to the front of a JavaScript object, and of the results table.)
const NOT_FOUND = '404 (missing page)';
const urlOf = (path: string): string => (path === NOT_FOUND ? 'no-such-page/' : path);

const log = (text: string): void => console.error(`[bench] ${text}`);

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/**
 * Builds `runs` times into an emptied output folder, each run followed by Starlight building the same
 * reports (bench/lib/starlight.ts), so that both see the same machine; the medians, their ratio, and
 * the sizes of the last build. The first run of ours typesets every PDF (an empty PDF cache, its
 * seconds reported on their own); the medians leave out the first pair, so that they compare the
 * build a publisher runs again and again, with its caches, to Starlight's, which has its own.
 */
async function measureBuild(sections: number, runs: number, target: BuildTarget, starlight: StarlightProject | undefined): Promise<BuildSize> {
  const { outDir } = target;
  const seconds: number[] = [];
  const pdfSeconds: number[] = [];
  const starlightRuns: number[] = [];
  let ok = true;
  // The first run typesets every PDF; the others find them in the cache, as a publisher's next build does.
  await rm(pdfCacheDir(target.cacheDir), { recursive: true, force: true });
  for (let run = 0; run < runs && ok; run++) {
    await rm(outDir, { recursive: true, force: true });
    const start = performance.now();
    const result = await runBuild(target);
    seconds.push((performance.now() - start) / 1000);
    pdfSeconds.push(pdfStageSeconds(result.output) ?? 0);
    if (result.code !== 0) {
      ok = false;
      log(`build of ${sections} sections failed:\n${result.output.slice(-3000)}`);
    }
    log(`build of ${sections} sections: ${seconds.at(-1)?.toFixed(1)} s`);
    if (starlight) {
      const theirs = await starlight.build();
      if (!theirs.ok) throw new Error(`Starlight's build failed:\n${theirs.output.slice(-3000)}`);
      starlightRuns.push(theirs.seconds);
      log(`Starlight's build of the same reports: ${theirs.seconds.toFixed(1)} s`);
    }
  }
  const pagefind = join(outDir, 'pagefind');
  return {
    sections,
    pages: ok ? htmlFiles(outDir).length : 0,
    seconds: medianAfterFirst(seconds),
    runs: seconds,
    ...(starlightRuns.length ? { starlightSeconds: medianAfterFirst(starlightRuns), starlightRuns } : {}),
    distBytes: folderSize(outDir).bytes,
    pagefindBytes: folderSize(pagefind).bytes,
    pdfSeconds,
    ok,
  };
}

/** The largest report PDF of a built site, with its pages. */
async function largestPdf(dist: string): Promise<ReportPdfSize | undefined> {
  const files = filesUnder(dist, '.pdf');
  const sizes = files.map((path) => ({ path, bytes: statSync(join(dist, path)).size }));
  const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
  return largest && { ...largest, pages: await pageCount(new Uint8Array(readFileSync(join(dist, largest.path)))) };
}

/**
 * Records what a page fetches, its workers' requests included (recordResponses): the cache stays on,
 * as for a reader, and a fresh context per visit makes each visit a first one.
 */
async function recordNetwork(page: Page) {
  return recordResponses(page);
}

/** Gzipped size of the page's inline scripts, each on its own: those a browser runs, not data blocks such as JSON-LD. */
async function inlineScriptBytes(page: Page): Promise<number> {
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((s) => !s.getAttribute('type') || /^(module|(text|application)\/(java|ecma)script)$/i.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
  );
  return scripts.reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
}

/** Opens the header's search, types the query, and counts the results shown for exactly it. */
async function openSearch(page: Page): Promise<number> {
  await page.locator('button.search-button').click();
  const dialog = page.locator('dialog.search-dialog');
  await dialog.waitFor({ state: 'visible', timeout: 5_000 });
  await page.keyboard.type(SEARCH_QUERY);
  // The results for the whole query, not those of a prefix still on screen (search-ui.ts marks them).
  const links = dialog.locator(`[data-results-for=${JSON.stringify(SEARCH_QUERY)}] a[href]`);
  await links.first().waitFor({ timeout: 15_000 });
  return links.count();
}

/** First visit of every page (fresh cache each), and the first search from the home page. */
async function measureVisits(browser: Browser, server: RunningServer, paths: string[]): Promise<{ visits: Record<string, VisitBytes>; firstSearch: FirstSearch }> {
  const visits: Record<string, VisitBytes> = {};
  let firstSearch: FirstSearch = { status: 'failed', error: 'the home page was not visited' };
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const network = await recordNetwork(page);
    await page.goto(server.url + urlOf(path), { waitUntil: 'load' });
    await network.idle(IDLE_MS);
    visits[path] = sumBytes(network.fetched, await inlineScriptBytes(page));
    if (path === '') {
      const before = network.fetched.length;
      try {
        const count = await openSearch(page);
        await network.idle(2_000);
        const after = network.fetched.slice(before);
        firstSearch = { status: 'measured', bytes: after.reduce((n, f) => n + f.bytes, 0), requests: after.length, results: count };
      } catch (error) {
        firstSearch = { status: 'failed', error: String(error).split('\n')[0] ?? 'unknown' };
      }
    }
    log(`first visit ${path || '/'}: ${visits[path]?.total} B in ${visits[path]?.requests} requests`);
    await context.close();
  }
  return { visits, firstSearch };
}

/** axe-core on every page in both colour schemes, and on the open search dialog. */
async function measureAxe(browser: Browser, server: RunningServer, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(server.url + urlOf(path));
      found[`${path || '/'} (${colorScheme})`] = (await axeViolations(page)).map((v) => `${v.id} ${v.targets.join(' ')}`);
    }
    await page.goto(server.url);
    const key = `search dialog (${colorScheme})`;
    try {
      await openSearch(page);
      found[key] = (await axeViolations(page)).map((v) => `${v.id} ${v.targets.join(' ')}`);
    } catch (error) {
      found[key] = [`could not open the search dialog: ${String(error).split('\n')[0]}`];
    }
    await context.close();
  }
  return found;
}

/** Lighthouse (its defaults: mobile, simulated throttling) through the browser's debugging port. */
async function measureLighthouse(port: number, server: RunningServer): Promise<Record<string, LighthouseScores[]>> {
  const scores: Record<string, LighthouseScores[]> = {};
  for (const path of LIGHTHOUSE_PAGES) {
    scores[path] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      const result = await lighthouse(server.url + path, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      const categories = result?.lhr.categories;
      const score = (id: string): number => Math.round((categories?.[id]?.score ?? 0) * 100);
      const entry = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(c)])) as LighthouseScores;
      scores[path].push(entry);
      const failing = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable');
      log(`lighthouse ${path || '/'} run ${run + 1}: ${JSON.stringify(entry)}${failing.length ? ` below 1: ${failing.map((a) => a.id).join(', ')}` : ''}`);
    }
  }
  return scores;
}

async function main(): Promise<number> {
  await mkdir(work, { recursive: true });
  const port = await freePort();
  // The site is built for the address it is served from, as a real deployment is (canonical URLs, sitemap).
  const env = { SITE_URL: `http://127.0.0.1:${port}` };

  const reportsDir = join(projectRoot, 'src/content/reports');
  let sections = 0;
  for (const slug of await readdir(reportsDir)) sections += (await readdir(join(reportsDir, slug, 'parts')).catch(() => [])).length;
  const siteDir = join(work, 'site');
  const starlight = BUILD_RUNS > 0 ? await prepareStarlight(work, join(projectRoot, 'src/content'), log) : undefined;
  const report = await measureBuild(sections, BUILD_RUNS, { env, outDir: siteDir, cacheDir: join(work, 'cache') }, starlight);
  if (!report.ok) throw new Error('the report does not build');

  const server = await serveStatic({ root: siteDir, headers: true, gzip: true, port });
  const debugPort = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${debugPort}`]);
  // Old addresses are refresh pages that lead to pages measured in their own right.
  const paths = htmlFiles(siteDir)
    .filter((file) => !readFileSync(join(siteDir, file), 'utf8').includes('http-equiv="refresh"'))
    .map((file) => (file === '404.html' ? NOT_FOUND : sitePath(file)))
    .sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  let measurements: Measurements;
  try {
    const visited = await measureVisits(browser, server, paths);
    const axe = await measureAxe(browser, server, paths);
    const lighthouseScores = await measureLighthouse(debugPort, server);
    const library: LibraryScale[] = await measureLibraryScale(SCALE_REPORTS, work, browser, log);
    measurements = { builds: [report], visits: visited.visits, firstSearch: visited.firstSearch, lighthouse: lighthouseScores, axe, library, pdf: await largestPdf(siteDir) };
  } finally {
    await browser.close();
    await server.close();
  }

  const budgets = checkBudgets(measurements);
  const cpu = cpus();
  const context = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Chromium ${browser.version()}`,
  };
  const markdown = markdownReport(measurements, budgets, context);
  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'latest.md'), markdown);
  await writeFile(join(results, 'latest.json'), `${JSON.stringify({ ...context, budgets, measurements }, null, 2)}\n`);
  console.log(markdown);
  log(`wrote ${join(results, 'latest.md')}${process.argv.includes('--save') ? '' : ' (npm run bench -- --save updates the committed bench/results/)'}`);
  const broken = budgets.filter((b) => !b.ok);
  if (broken.length > 0) console.error(`\n${broken.length} budget(s) broken: ${broken.map((b) => b.name).join('; ')}`);
  return broken.length > 0 ? 1 : 0;
}

process.exitCode = await main();
