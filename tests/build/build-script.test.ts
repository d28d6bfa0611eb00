import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/paths.ts';
import { fixturesRoot, libraryContent, rootBuildLog, rootDist, rustReport } from '../support/paths.ts';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';
import { buildRecordPath } from '../../src/site/build-output.ts';
import { filesUnder } from '../../src/lib/files.ts';

/** Every file under `dir` (hidden ones too) with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of filesUnder(dir)) files[file] = createHash('sha256').update(await readFile(join(dir, file))).digest('hex');
  return files;
}

/** What `npm run build` left beside the output folder: staging folders would show here. */
async function besideOutput(outDir: string): Promise<string[]> {
  return (await readdir(dirname(outDir))).filter((name) => name.includes(basename(outDir))).sort();
}

describe('npm run build', () => {
  // The good build is the test library's root build (tests/support/global-setup.ts runs
  // `npm run build` and keeps what it printed); the failing builds below each start from a copy
  // of its output, as a reader's dist/ holds the last good build.
  let good: string;
  let content: string;
  let outDir: string;
  let before: Record<string, string>;
  let syntaxError: BuildResult;
  let afterSyntaxError: Record<string, string>;
  let droppedWord: BuildResult;
  let afterDroppedWord: Record<string, string>;

  beforeAll(async () => {
    good = await readFile(rootBuildLog, 'utf8');
    // The failing builds need only the report they break; the output they must leave alone is the whole library's.
    content = await copyContent('atomic-build', fixturesRoot, libraryContent, { reports: [rustReport] });
    outDir = join(content, '..', 'dist');
    await mkdir(outDir);
    await cp(rootDist, outDir, { recursive: true });
    await cp(buildRecordPath(rootDist), buildRecordPath(outDir));
    before = await snapshot(outDir);
    const verdict = join(content, 'reports', rustReport, 'parts', 'verdict.mdx');
    const text = await readFile(verdict, 'utf8');
    await writeFile(verdict, `${text}\nAn unclosed expression {growthRate\n`);
    syntaxError = await buildContent(content);
    afterSyntaxError = await snapshot(outDir);
    // The fidelity check fails late, in astro:build:done, after every page is written.
    await writeFile(verdict, text.replace('rather than wholesale migration', 'rather than migration'));
    droppedWord = await buildContent(content);
    afterDroppedWord = await snapshot(outDir);
  }, 240_000);

  it('builds the test library, leaving only the output folder and its build record', async () => {
    expect(good).toContain(`built into`);
    expect(before['index.html']).toBeDefined();
    expect(before['_headers']).toBeDefined();
    expect(await besideOutput(rootDist)).toEqual([basename(buildRecordPath(rootDist)), basename(rootDist)]);
  });

  it('prints no boxed MODULE_LEVEL_DIRECTIVE warnings', () => {
    expect(good).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('warns once that SITE_URL is missing', () => {
    expect(good.match(/SITE_URL is not set/g)).toHaveLength(1);
  });

  it('leaves the previous output byte for byte as it was when the MDX does not compile, and says so', async () => {
    expect(syntaxError.code).not.toBe(0);
    expect(syntaxError.output).toContain(`build failed; ${relative(projectRoot, outDir)}/ left as it was`);
    expect(afterSyntaxError).toEqual(before);
  });

  it('fails when a page no longer holds a sentence of its part, naming the source line and the page', () => {
    expect(droppedWord.code).not.toBe(0);
    expect(droppedWord.output).toMatch(/reports\/rust-in-2026\/source\.txt:69: “For Python replacement, adopt the PyO3 binding pattern for hot paths rather than wholesale migration\.” is not on the page rust-in-2026\/verdict\//);
  });

  it('leaves the previous output as it was when a check fails after the pages are written', async () => {
    expect(droppedWord.output).toContain(`build failed; ${relative(projectRoot, outDir)}/ left as it was`);
    expect(afterDroppedWord).toEqual(before);
    expect(await besideOutput(outDir)).toEqual(['.dist.build.json', 'dist']);
  });
});
