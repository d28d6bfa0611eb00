import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/paths.ts';
import { fixturesRoot } from '../support/paths.ts';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';

/** Every file under `dir` (hidden ones too) with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return files;
}

/** What `npm run build` left beside the output folder: staging folders would show here. */
async function besideOutput(outDir: string): Promise<string[]> {
  return (await readdir(dirname(outDir))).filter((name) => name.includes(basename(outDir))).sort();
}

describe('npm run build', () => {
  let content: string;
  let outDir: string;
  let good: BuildResult;
  let before: Record<string, string>;
  let syntaxError: BuildResult;
  let afterSyntaxError: Record<string, string>;
  let brokenLink: BuildResult;
  let afterBrokenLink: Record<string, string>;

  beforeAll(async () => {
    content = await copyContent('atomic-build', fixturesRoot);
    outDir = join(content, '..', 'dist');
    good = await buildContent(content);
    before = await snapshot(outDir);
    const verdict = join(content, 'reports', 'rust-in-2026', 'parts', 'verdict.mdx');
    const text = await readFile(verdict, 'utf8');
    await writeFile(verdict, `${text}\nAn unclosed expression {growthRate\n`);
    syntaxError = await buildContent(content);
    afterSyntaxError = await snapshot(outDir);
    // A broken link fails late, in astro:build:done, after every page is written.
    await writeFile(verdict, text.replace('reasonable strategy.', 'reasonable strategy. See [the appendix](../appendix/).'));
    brokenLink = await buildContent(content);
    afterBrokenLink = await snapshot(outDir);
  }, 240_000);

  it('builds the fixture, leaving only the output folder and its build record', async () => {
    expect(good.code, good.output).toBe(0);
    expect(before['index.html']).toBeDefined();
    expect(before['_headers']).toBeDefined();
    expect(await besideOutput(outDir)).toEqual(['.dist.build.json', 'dist']);
  });

  it('prints no boxed MODULE_LEVEL_DIRECTIVE warnings', () => {
    expect(good.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('warns once that SITE_URL is missing', () => {
    expect(good.output.match(/SITE_URL is not set/g)).toHaveLength(1);
  });

  it('leaves the previous output byte for byte as it was when the MDX does not compile, and says so', async () => {
    expect(syntaxError.code).not.toBe(0);
    expect(syntaxError.output).toContain(`build failed; ${relative(projectRoot, outDir)}/ left as it was`);
    expect(afterSyntaxError).toEqual(before);
  });

  it('leaves the previous output as it was when the link check fails after the pages are written', async () => {
    expect(brokenLink.code).not.toBe(0);
    expect(brokenLink.output).toContain('appendix');
    expect(brokenLink.output).toContain(`build failed; ${relative(projectRoot, outDir)}/ left as it was`);
    expect(afterBrokenLink).toEqual(before);
    expect(await besideOutput(outDir)).toEqual(['.dist.build.json', 'dist']);
  });
});
