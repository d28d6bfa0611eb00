import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, forbiddenOutDir, runBuild } from '../../../tools/build.ts';
import { projectRoot } from '../../../tools/paths.ts';
import { testBuilds } from '../../support/paths.ts';

describe('the build runner', () => {
  it('refuses the project’s dist/ and anything inside it, however it is written', () => {
    for (const outDir of ['dist', './dist/', join(projectRoot, 'dist'), 'dist/nested', 'tests/../dist']) {
      expect(forbiddenOutDir(outDir), outDir).toMatch(/inside the project's dist\//);
    }
  });

  it('accepts folders beside dist/, including ones whose names start with "dist"', () => {
    for (const outDir of ['tests/.output/root-dist', 'distribution', 'bench/.work/site', '/tmp/site']) {
      expect(forbiddenOutDir(outDir), outDir).toBeUndefined();
    }
  });

  it('rejects a build into dist/ before it starts one', async () => {
    await expect(runBuild({ outDir: './dist', cacheDir: 'tests/.output/never' })).rejects.toThrow(/dist\//);
  });

  it('sends the output, the cache and the content where the target says', () => {
    expect(buildEnv({ outDir: '/o', cacheDir: '/c', contentDir: '/content', env: { BASE_PATH: '/x/', REPORT_OUT_DIR: 'dist' } })).toEqual({
      BASE_PATH: '/x/',
      REPORT_OUT_DIR: '/o',
      ASTRO_CACHE_DIR: '/c',
      REPORT_CONTENT_DIR: '/content',
    });
  });
});

describe('the test suite’s own builds', () => {
  it('write outside dist/, so `npm test` never replaces a build someone is about to deploy', () => {
    expect(testBuilds.length).toBeGreaterThan(0);
    for (const target of testBuilds) expect(forbiddenOutDir(target.outDir), target.name).toBeUndefined();
  });
});
