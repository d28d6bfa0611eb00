/**
 * The share-card stage of the build (content → og:image PNGs). Before the pages render it decides
 * every report's and every part's card from the reports' outlines (report.json and the parts'
 * frontmatter, through document.ts) and writes the manifest the pages' heads read; then it draws the
 * cards the build's cache lacks in child processes, while Astro renders the pages, and a step over
 * the built site (step.ts) waits for them and puts each beside its page. A card's key is a digest of
 * what it says and of the code and fonts that draw it, so an unchanged card is never drawn again and
 * its address, which carries the key, changes only when its picture may.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, link, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataAsOfLine } from '../report/labels.ts';
import { reportSlugs } from '../report/folders.ts';
import { reportOutline, type ReportOutline } from '../site/document.ts';
import { shareCardCacheDir, writeShareCardManifest, type ShareCardManifest } from '../site/share-cards.ts';
import { siteUrls } from '../site/urls.ts';
import { cardKey, type ShareCard } from './card-key.ts';
import type { DrawJob, DrawReply, DrawRequest } from './draw-process.ts';

/** One card of the build: what it says, its key, its file below the base, and the pages that show it. */
export interface PlannedCard {
  card: ShareCard;
  key: string;
  file: string;
  /** Paths below the base: a report's home and its whole-report page, or a part's page. */
  pages: string[];
}

/** Page paths at the base "/", so that a page's path without its first "/" is its place below any base. */
const ROOT = siteUrls('/');
const below = (path: string) => path.slice(1);

/** A report's cards (its outline read at the base "/"): the report's own, for its home and its whole-report page, then one per part. */
export function reportCards(outline: ReportOutline): { card: ShareCard; pages: string[] }[] {
  const facts = {
    site: outline.site,
    report: outline.title,
    byline: outline.author,
    date: outline.dataAsOf && dataAsOfLine(outline.dataAsOf),
  };
  return [
    { card: facts, pages: [below(outline.url), below(ROOT.wholeReport(outline.slug))] },
    ...outline.parts.map((part) => ({ card: { ...facts, part: { label: part.label, title: part.title } }, pages: [below(part.url)] })),
  ];
}

/** Every card of a content folder, each filed beside its first page (a page's folder) as og.<key, 16 hex digits>.png. */
export function planShareCards(contentDir: string, siteName: string): PlannedCard[] {
  const site = { name: siteName, reportUrl: ROOT.report, partUrl: ROOT.part };
  return reportSlugs(contentDir).flatMap((slug) =>
    reportCards(reportOutline(contentDir, slug, site)).map(({ card, pages }) => {
      const key = cardKey(card);
      return { card, key, pages, file: `${pages[0] ?? ''}og.${key.slice(0, 16)}.png` };
    }),
  );
}

/** The manifest the pages read: each page's card file. */
export function cardManifest(cards: readonly PlannedCard[]): ShareCardManifest {
  return Object.fromEntries(cards.flatMap((card) => card.pages.map((page) => [page, { file: card.file }])));
}

/**
 * Puts a cached card in the built site: a hard link, no copy of its bytes (the cache never changes a
 * file it holds, it renames a new one over it; pruning the cache leaves the site's link), or a copy
 * where the two folders are on different file systems.
 */
async function place(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(from, to);
  }
}

/** The cache file of a card's key. */
function cachedCard(cacheDir: string, key: string): string {
  return join(shareCardCacheDir(cacheDir), `${key}.png`);
}

const DRAW_PROCESS = new URL('./draw-process.ts', import.meta.url);

// Cards a process is handed at a time: few enough that processes started late get a share.
const BATCH = 25;

/** The cards to draw, handed out in batches to the processes that draw them. */
class DrawQueue {
  readonly #jobs: DrawJob[];
  readonly #dir: string;
  #next = 0;
  /** CPU seconds the processes spent drawing (load-independent, unlike the wall-clock time). */
  cpuSeconds = 0;
  readonly #running: Promise<void>[] = [];
  readonly #children = new Set<ChildProcess>();

  constructor(jobs: DrawJob[], dir: string) {
    this.#jobs = jobs;
    this.#dir = dir;
  }

  /** Cards not yet handed out. */
  get left(): number {
    return this.#jobs.length - this.#next;
  }

  /** Processes drawing now. */
  get active(): number {
    return this.#children.size;
  }

  /** Starts a process that draws batches until none is left. */
  start(): void {
    if (this.left === 0) return;
    // execArgv empty: not the build's heap limit; the child runs its .ts file on this Node.
    const child = fork(fileURLToPath(DRAW_PROCESS), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.#children.add(child);
    const send = () => {
      const jobs = this.#jobs.slice(this.#next, this.#next + BATCH);
      this.#next += jobs.length;
      child.send(jobs.length > 0 ? ({ dir: this.#dir, jobs } satisfies DrawRequest) : ({ end: true } satisfies DrawRequest));
    };
    const ended = new Promise<void>((resolve, reject) => {
      let failure: string | undefined;
      child.on('message', (reply: DrawReply) => {
        if ('error' in reply) failure = reply.error;
        else {
          this.cpuSeconds += reply.cpuSeconds;
          send();
        }
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        this.#children.delete(child);
        if (code === 0 && !failure) resolve();
        else reject(new Error(`drawing the share cards failed: ${failure ?? `the process ended with ${signal ?? `code ${code}`}`}`));
      });
      send();
    });
    // Seen by done(); until then a failure must not count as unhandled, which would end the build mid-page.
    ended.catch(() => undefined);
    this.#running.push(ended);
  }

  /** Resolves when every process started has drawn its last batch; rejects at the first failure, and stops the others. */
  async done(): Promise<void> {
    try {
      await Promise.all(this.#running);
    } catch (error) {
      for (const child of this.#children) child.kill();
      throw error;
    }
  }
}

/** The stage under way: its cards and the processes drawing them. */
export interface ShareCardRun {
  cacheDir: string;
  cards: PlannedCard[];
  drawn: number;
  /** When drawing started (performance.now()), and how long planning took before it, in seconds. */
  started: number;
  planSeconds: number;
  queue: DrawQueue;
}

/** What the stage is given. */
export interface ShareCardOptions {
  contentDir: string;
  cacheDir: string;
  siteName: string;
  /** Processes drawing while the pages render; by default all cores but the one Astro renders on. */
  processes?: number | undefined;
}

let current: ShareCardRun | undefined;

/**
 * Plans every card, writes the manifest, and starts drawing the cards the cache lacks (build hook
 * `astro:build:start`); `finishShareCards` waits for them. The run is kept here, in the one process
 * the build's hooks share, because the drawing goes on while Astro renders the pages.
 */
export function startShareCards(options: ShareCardOptions): ShareCardRun {
  const started = performance.now();
  const cards = planShareCards(options.contentDir, options.siteName);
  writeShareCardManifest(options.cacheDir, cardManifest(cards));
  const missing = new Map<string, DrawJob>();
  for (const { key, card } of cards) {
    if (!missing.has(key) && !existsSync(cachedCard(options.cacheDir, key))) missing.set(key, { key, card });
  }
  const queue = new DrawQueue([...missing.values()], shareCardCacheDir(options.cacheDir));
  const processes = options.processes ?? Math.max(1, availableParallelism() - 1);
  for (let i = 0; i < Math.min(processes, Math.ceil(missing.size / BATCH)); i++) queue.start();
  const now = performance.now();
  current = { cacheDir: options.cacheDir, cards, drawn: missing.size, started: now, planSeconds: (now - started) / 1000, queue };
  return current;
}

/** What the stage did, for the build's log and the bench. */
export interface ShareCardSummary {
  cards: number;
  drawn: number;
  /** Deciding the cards and writing the manifest, before the pages. */
  planSeconds: number;
  /** From the first card drawn to the last (while the pages render, then after them). */
  drawSeconds: number;
  /** The CPU time the drawing took, all processes together (what a busy machine does not inflate). */
  cpuSeconds: number;
  /** How long the build waited for the cards after the pages and the checks, copies included. */
  waitSeconds: number;
}

/**
 * Waits for the cards (with one more process per idle core, now that the pages are done), copies
 * each beside its page in `outDir`, and drops cached cards no page uses any more. Undefined when
 * the build started no share cards (no SITE_URL).
 */
export async function finishShareCards(outDir: string): Promise<ShareCardSummary | undefined> {
  const run = current;
  current = undefined;
  if (!run) return undefined;
  const waiting = performance.now();
  while (run.queue.active < availableParallelism() && run.queue.left > BATCH) run.queue.start();
  await run.queue.done();
  const drawSeconds = run.drawn > 0 ? (performance.now() - run.started) / 1000 : 0;
  const files = [...new Map(run.cards.map((card) => [card.file, card])).entries()];
  for (const [file, card] of files) {
    if (!existsSync(join(outDir, card.pages[0] ?? '', 'index.html'))) throw new Error(`share card ${file}: its page ${card.pages[0]} was not built`);
  }
  // A few at a time: thousands of small files go faster side by side than one after another.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([file, card]) => place(cachedCard(run.cacheDir, card.key), join(outDir, file))));
  }
  // Only this build's cards stay in the cache: it never grows with old versions.
  const kept = new Set(run.cards.map((card) => `${card.key}.png`));
  const dir = shareCardCacheDir(run.cacheDir);
  for (const name of await readdir(dir)) {
    if (name.endsWith('.png') && !kept.has(name)) await rm(join(dir, name), { force: true });
  }
  return { cards: files.length, drawn: run.drawn, planSeconds: run.planSeconds, drawSeconds, cpuSeconds: run.queue.cpuSeconds, waitSeconds: (performance.now() - waiting) / 1000 };
}
