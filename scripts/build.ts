/**
 * `npm run build`: `astro build` into a fresh folder beside dist/, swapped in only when the build
 * succeeds, so a failed build leaves the previous dist/ exactly as it was (a half-written dist/
 * looks complete and deploys broken). Arguments after `--` go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagingDir, swapIn } from '../src/site/build-output.ts';
import { siteSettings } from '../src/site/settings.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const settings = siteSettings(process.env);
const outDir = resolve(root, settings.outDir);
const staging = stagingDir(outDir);
const fromHere = relative(process.cwd(), outDir);
const shown = fromHere && !fromHere.startsWith('..') ? fromHere : outDir;

await rm(staging, { recursive: true, force: true });

/**
 * A heap limit for the build, unless NODE_OPTIONS sets one. Left alone, V8 lets the heap of a
 * 1,000-report build (about 9,000 pages) grow past 4 GiB of memory although far less is live; at
 * 2.5 GiB it collects sooner, peaks near 3.6 GiB and finishes sooner too (the bench measures both).
 * A library several times larger can raise it: NODE_OPTIONS=--max-old-space-size=6144 npm run build.
 */
function heapLimit(nodeOptions: string | undefined): string[] {
  return nodeOptions?.includes('--max-old-space-size') ? [] : ['--max-old-space-size=2560'];
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Ctrl-C reaches astro build too, a `kill` only this process: pass it on, wait for astro to stop,
// then clean up below like any failed build. An interrupted build is never swapped in.
let interrupted = false;
const code = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [...heapLimit(process.env['NODE_OPTIONS']), astro, 'build', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, REPORT_OUT_DIR: staging },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      interrupted = true;
      child.kill(signal);
    });
  }
  child.on('error', () => done(1));
  child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
});

if (code === 0 && !interrupted) {
  await swapIn(staging, outDir, { base: settings.base });
  console.log(`\nbuilt into ${shown}/ (base ${settings.base})`);
} else {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nbuild failed; ${shown}/ left as it was`);
  process.exitCode = code || 1;
}
