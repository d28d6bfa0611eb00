import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/files.ts';
import { buildEnv, copyContent, forbiddenOutDir, runBuild } from '../../../tools/build.ts';
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

describe('copyContent', () => {
  /** A content folder of two reports, and a build's cache of Astro's store, a PDF and a card. */
  async function folders() {
    const root = await mkdtemp(join(tmpdir(), 'copy-content-'));
    const files = {
      'content/reports/a/source.txt': 'a',
      'content/reports/a/parts/one.mdx': 'one',
      'content/reports/b/source.txt': 'b',
      'cache/data-store.json': '{}',
      'cache/report-pdf/x.pdf': 'pdf',
      'cache/share-cards/y.png': 'png',
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), text);
    }
    return { content: join(root, 'content'), cache: join(root, 'cache'), parent: join(root, 'copies') };
  }

  it('copies every report, and no cache, unless told otherwise', async () => {
    const { content, parent } = await folders();
    const copy = await copyContent('all', parent, content);
    expect(filesUnder(copy).sort()).toEqual(['reports/a/parts/one.mdx', 'reports/a/source.txt', 'reports/b/source.txt']);
    expect(filesUnder(join(copy, '..', 'cache'))).toEqual([]);
  });

  it('copies only the reports named, and the PDFs and cards of a cache without Astro’s store', async () => {
    const { content, cache, parent } = await folders();
    const copy = await copyContent('some', parent, content, { reports: ['a'], cacheFrom: cache });
    expect(filesUnder(copy).sort()).toEqual(['reports/a/parts/one.mdx', 'reports/a/source.txt']);
    expect(filesUnder(join(copy, '..', 'cache')).sort()).toEqual(['report-pdf/x.pdf', 'share-cards/y.png']);
  });
});

describe('the test suite’s own builds', () => {
  it('write outside dist/, so `npm test` never replaces a build someone is about to deploy', () => {
    expect(testBuilds.length).toBeGreaterThan(0);
    for (const target of testBuilds) expect(forbiddenOutDir(target.outDir), target.name).toBeUndefined();
  });
});
