import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/paths.ts';
import { fixturesRoot } from '../support/paths.ts';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';

/** Where the Rust report's part files live in a content folder. */
const parts = join('reports', 'rust-in-2026', 'parts');

/** Copies the content, applies each edit to its part file, and builds the copy. */
async function buildWith(name: string, edits: Record<string, (text: string) => string>): Promise<BuildResult & { dir: string }> {
  const content = await copyContent(name, fixturesRoot);
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(content, parts, file);
    await writeFile(path, edit(await readFile(path, 'utf8')));
  }
  return { ...(await buildContent(content)), dir: join(content, parts) };
}

/** The line (from 1) of the first line of `text` that `test` matches. */
const lineOf = (text: string, test: RegExp): number => text.split('\n').findIndex((line) => test.test(line)) + 1;

describe('a build from content with mistakes that used to build silently', () => {
  let code: BuildResult & { dir: string };
  let mdx: BuildResult & { dir: string };
  let fenceLine: number;
  let rustLine: number;

  beforeAll(async () => {
    const cpp = await readFile(join('src/content', parts, 'cpp-replacement.mdx'), 'utf8');
    const ml = await readFile(join('src/content', parts, 'ml-infrastructure.mdx'), 'utf8');
    // The fence closing the Tokio example goes: the heading and prose after it would become code.
    const lines = cpp.split('\n');
    const close = lines.findIndex((line, i) => line === '```' && i > lineOf(cpp, /^```rust/));
    fenceLine = lineOf(cpp, /^```rust/);
    rustLine = lineOf(ml, /^```rust/);
    [code, mdx] = await Promise.all([
      buildWith('code-mistakes', {
        'cpp-replacement.mdx': () => lines.filter((_, i) => i !== close).join('\n'),
        'ml-infrastructure.mdx': (t) => t.replace(/^```rust (.*)\{9\}$/m, '```rsut $1{99}'),
      }),
      buildWith('mdx-mistakes', {
        'trajectory.mdx': (t) => `${t}\nGrowth was {growthRate} per cent.\n`,
        'languages-compared.mdx': (t) => t.replace('table="rust-in-2026/languages-compared-1"', 'table="rust-in-2026/languages-2025"'),
        'verdict.mdx': (t) => t.replace(/^order: 6$/m, 'order: six'),
      }),
    ]);
  }, 180_000);

  it('fails on a code fence that is never closed, with the file and the line', () => {
    expect(code.code).not.toBe(0);
    expect(code.output).toContain(`${relative(projectRoot, join(code.dir, 'cpp-replacement.mdx'))}:${fenceLine}: the code block opened here is never closed`);
  });

  it('fails on an unknown fence language and a marked line outside the block, with the file and the line', () => {
    expect(code.output).toContain(`${relative(projectRoot, join(code.dir, 'ml-infrastructure.mdx'))}:${rustLine}: unknown code language "rsut" (did you mean "rust"?)`);
    expect(code.output).toContain(`${relative(projectRoot, join(code.dir, 'ml-infrastructure.mdx'))}:${rustLine}: marks line 99, but the block has`);
  });

  it('fails on an undefined expression and a missing table, naming the MDX file and line', () => {
    expect(mdx.code).not.toBe(0);
    expect(mdx.output).toMatch(new RegExp(`trajectory\\.mdx:\\d+: \\{growthRate\\}: growthRate is not defined`));
    expect(mdx.output).toMatch(/languages-compared\.mdx:\d+: <DataTable table="rust-in-2026\/languages-2025" \/>: there is no table "rust-in-2026\/languages-2025"/);
  });

  it('gives a schema message the frontmatter line and no stray **** prefix', () => {
    expect(mdx.output).toContain(`${relative(projectRoot, join(mdx.dir, 'verdict.mdx'))}:6: order must be a whole number (the position in the report), not "six"`);
    expect(mdx.output).not.toContain('****');
  });
});
