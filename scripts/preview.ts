/**
 * `npm run preview`: `astro preview` of the last `npm run build`, at the base that build used
 * (recorded beside dist/ by scripts/build.ts), so a subpath build is served under its subpath
 * with its CSS, whatever BASE_PATH says now. Arguments after `--` go to `astro preview`.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildRecord } from '../src/site/build-output.ts';
import { siteSettings } from '../src/site/settings.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const settings = siteSettings(process.env);
const record = await readBuildRecord(resolve(root, settings.outDir));
if (record && record.base !== settings.base) {
  console.log(`previewing the build in ${settings.outDir} at its base ${record.base} (BASE_PATH is ${settings.base})`);
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'preview', ...process.argv.slice(2)], {
  cwd: root,
  env: { ...process.env, ...(record ? { BASE_PATH: record.base } : {}) },
  stdio: 'inherit',
});
// Ctrl-C reaches the child through the terminal; a plain `kill` of this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (status, signal) => {
  process.exitCode = status ?? (signal ? 1 : 0);
});
