import { cp, mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { reportsDir } from '../src/report/folders.ts';
import { projectRoot } from './paths.ts';
import { runProcess } from './processes.ts';

/** The result of one `astro build`. */
export interface BuildResult {
  /** With `measure`: wall-clock seconds and the peak memory of the build's largest process. */
  seconds?: number;
  peakMiB?: number;
  code: number;
  output: string;
}

/** Where one build reads and writes: every folder outside the reader's own `dist/`. */
export interface BuildTarget {
  /** The output folder (REPORT_OUT_DIR). Never the project's `dist/`: that is the reader's build. */
  outDir: string;
  /** Astro's cache for this build (ASTRO_CACHE_DIR), so two builds never share it. */
  cacheDir: string;
  /** Another content folder (REPORT_CONTENT_DIR), for fixtures and the scale run. */
  contentDir?: string;
  /** More environment, e.g. BASE_PATH and SITE_URL. */
  env?: Record<string, string>;
}

/**
 * Why a tool may not build into `outDir`, or undefined when it may: `dist/` belongs to the person who
 * ran `npm run build` (perhaps for a subpath, about to deploy it), so tests and the bench never touch it.
 */
export function forbiddenOutDir(outDir: string): string | undefined {
  const inside = relative(join(projectRoot, 'dist'), resolve(projectRoot, outDir));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    return `${outDir} is inside the project's dist/, which only \`npm run build\` writes`;
  }
  return undefined;
}

/** The environment variables that send a build to `target` (astro.config.mjs reads them). */
export function buildEnv(target: BuildTarget): Record<string, string> {
  return {
    ...target.env,
    REPORT_OUT_DIR: target.outDir,
    ASTRO_CACHE_DIR: target.cacheDir,
    ...(target.contentDir ? { REPORT_CONTENT_DIR: target.contentDir } : {}),
  };
}

// Every build of this project writes the project's own .astro/ folder (content modules, types),
// whatever its output and cache folders, so two builds at once corrupt each other. Test files run in
// parallel workers; a lock folder (mkdir is atomic) makes their builds take turns.
const lockDir = join(projectRoot, 'node_modules', '.report-build-lock');
const STALE_MS = 5 * 60_000;

/** Removes a lock left by a run that was killed mid-build. */
export async function clearBuildLock(): Promise<void> {
  await rm(lockDir, { recursive: true, force: true });
}

/** Runs `run` while no other build of this project runs (builds share the project's .astro/ folder). */
export async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(lockDir).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > STALE_MS) await clearBuildLock();
      await sleep(100);
    }
  }
  try {
    return await run();
  } finally {
    await clearBuildLock();
  }
}

/**
 * Runs `npm run build` into `target`, one build at a time; refuses the project's `dist/`. With
 * `measure`, it runs under GNU time and also gives the build's seconds and peak memory (the bench).
 */
export async function runBuild(target: BuildTarget, options: { measure?: boolean } = {}): Promise<BuildResult> {
  const refusal = forbiddenOutDir(target.outDir);
  if (refusal) throw new Error(`runBuild: ${refusal}`);
  return withBuildLock(async () => {
    const start = performance.now();
    const result = await spawnBuild(buildEnv(target), options.measure ? ['/usr/bin/time', '-f', 'PEAK_KB=%M', 'npm'] : ['npm']);
    if (!options.measure) return result;
    // GNU time reports the largest resident set of the build's processes, in KiB.
    const peak = Number(/PEAK_KB=(\d+)/.exec(result.output)?.[1] ?? 0);
    return { ...result, seconds: (performance.now() - start) / 1000, peakMiB: peak / 1024 };
  });
}

function spawnBuild(env: Record<string, string>, [command = 'npm', ...prefix]: readonly string[]): Promise<BuildResult> {
  return runProcess(command, [...prefix, 'run', '--silent', 'build'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** What a copy of a content folder holds besides the content. */
export interface CopyOptions {
  /** Only these reports (by slug), for a build that needs no more; every report when absent. */
  reports?: readonly string[];
  /**
   * A build's cache to start from, as a publisher's machine keeps the last build's: the PDFs and share
   * cards it holds (keyed by what they show) are not made again. Astro's own content store stays
   * behind, belonging to the content it was made from.
   */
  cacheFrom?: string;
}

/**
 * A copy of a content folder in `content/` of a new folder under `parent`, to break or grow on purpose;
 * `buildContent` builds it into `dist/` and `cache/` beside it.
 */
export async function copyContent(name: string, parent: string, from: string, options: CopyOptions = {}): Promise<string> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, `${name}-`));
  const { reports, cacheFrom } = options;
  const wanted = (path: string) => {
    // A path outside reports/ (the folder itself, "..") is copied; under it, only the wanted reports.
    const [slug = ''] = relative(reportsDir(from), path).split(sep);
    return reports === undefined || slug === '' || slug === '..' || reports.includes(slug);
  };
  await cp(from, join(dir, 'content'), { recursive: true, filter: wanted });
  if (cacheFrom) await cp(cacheFrom, join(dir, 'cache'), { recursive: true, filter: (path) => basename(path) !== 'data-store.json' });
  return join(dir, 'content');
}

/** Builds the site from another content folder into its own output and cache beside it. */
export function buildContent(contentDir: string): Promise<BuildResult> {
  return runBuild({ contentDir, outDir: join(contentDir, '..', 'dist'), cacheDir: join(contentDir, '..', 'cache') });
}
