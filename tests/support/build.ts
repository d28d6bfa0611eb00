import { spawn } from 'node:child_process';
import { cp, mkdtemp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { outputRoot, projectRoot } from './paths.ts';

/** The result of one `astro build`. */
export interface BuildResult {
  code: number;
  output: string;
}

/** Runs `astro build` (and whatever the build script adds) with extra environment. */
export function runBuild(env: Record<string, string>): Promise<BuildResult> {
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

/** A copy of the report's content in a temporary folder, to break on purpose. */
export async function copyContent(name: string): Promise<string> {
  await mkdir(join(outputRoot, 'fixtures'), { recursive: true });
  const dir = await mkdtemp(join(outputRoot, 'fixtures', `${name}-`));
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
