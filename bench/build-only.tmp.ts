import { runBuild } from '../tools/build.ts';
const dir = '/work/wt/library/bench/.work/library-1000';
const r = await runBuild({ contentDir: `${dir}/content`, outDir: `${dir}/dist2`, cacheDir: `${dir}/cache2`, env: { SITE_URL: 'http://127.0.0.1', NODE_OPTIONS: process.env['TRY_NODE_OPTIONS'] ?? '' } }, { measure: true });
console.log(r.code, r.seconds, r.peakMiB); if (r.code) console.log(r.output.slice(-2000));
