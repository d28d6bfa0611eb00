import { spawn } from 'node:child_process';
import { cp, mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { outputRoot, projectRoot } from './paths.ts';

/** The result of one `astro build`. */
export interface BuildResult {
  code: number;
  output: string;
}

// Every build of this project writes the project's own .astro/ folder (content modules, types),
// whatever its output and cache folders, so two builds at once corrupt each other. Test files run in
// parallel workers; a lock folder (mkdir is atomic) makes their builds take turns.
const lockDir = join(projectRoot, 'node_modules', '.report-build-lock');
const STALE_MS = 5 * 60_000;

/** Removes a lock left by a test run that was killed mid-build. */
export async function clearBuildLock(): Promise<void> {
  await rm(lockDir, { recursive: true, force: true });
}

/** Runs `run` while no other build (or dev server) of this project writes its .astro/ folder. */
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

/** Runs `astro build` (and whatever the build script adds) with extra environment, one build at a time. */
export function runBuild(env: Record<string, string>): Promise<BuildResult> {
  return withBuildLock(() => spawnBuild(env));
}

function spawnBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: projectRoot,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A copy of the report's content in a new folder under `parent`, to break or grow on purpose. */
export async function copyContent(name: string, parent = join(outputRoot, 'fixtures')): Promise<string> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, `${name}-`));
  await cp(join(projectRoot, 'src/content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Builds the site from another content folder into its own output and cache. */
export function buildContent(contentDir: string): Promise<BuildResult> {
  return runBuild({
    REPORT_CONTENT_DIR: contentDir,
    REPORT_OUT_DIR: join(contentDir, '..', 'dist'),
    ASTRO_CACHE_DIR: join(contentDir, '..', 'cache'),
  });
}
