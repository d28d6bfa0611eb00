import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/paths.ts';
import { fixturesRoot, libraryContent, rustReport, subpathBase } from '../support/paths.ts';
import { copyContent, runBuild, type BuildResult } from '../../tools/build.ts';

// Each message itself is unit-tested with its schema or check (tests/unit/content-check, links,
// fidelity, …); these builds prove that a real build runs each kind of check and fails with the
// writer's file (and line) in the message. One build per stage that can fail, each with several
// mistakes, since a stage reports every mistake it finds: the content check before Astro reads
// the content, the schema of a data file while Astro reads it, and the link check over the
// finished pages (tests/build/build-script.test.ts has the fidelity check, another late one).

/** A file the code in a hand-edited part would write, were it ever run. */
const marker = join(fixturesRoot, 'pwned-by-mdx');

/** Where the Rust report's files live in a content folder. */
const report = join('reports', rustReport);
const part = (name: string) => join(report, 'parts', `${name}.mdx`);

/** A fixture build: its result and where its edited files are, as messages name them. */
interface Fixture extends BuildResult {
  /** A file of the copy, relative to the project, as a writer's editor shows it. */
  file(path: string): string;
}

/** Copies the content, applies each edit to its file, and builds the copy (with more environment). */
async function buildWith(name: string, edits: Record<string, (text: string) => string>, env?: Record<string, string>): Promise<Fixture> {
  // Every edit is to the Rust report: the other reports would only make the builds longer.
  const content = await copyContent(name, fixturesRoot, libraryContent, { reports: [rustReport] });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(content, file);
    await writeFile(path, edit(await readFile(path, 'utf8')));
  }
  const result = await runBuild({ contentDir: content, outDir: join(content, '..', 'dist'), cacheDir: join(content, '..', 'cache'), ...(env ? { env } : {}) });
  return { ...result, file: (path) => relative(projectRoot, join(content, path)) };
}

/** An edit of a table's rows, as JSON. */
const editRows = (edit: (rows: { cells: string[] }[]) => void) => (text: string) => {
  const table = JSON.parse(text) as { rows: { cells: string[] }[] };
  edit(table.rows);
  return JSON.stringify(table, null, 2);
};

/** The line (from 1) of the first line of `text` that `test` matches. */
const lineOf = (text: string, test: RegExp): number => text.split('\n').findIndex((line) => test.test(line)) + 1;

describe('a build from bad content', () => {
  let checked: Fixture;
  let badRow: Fixture;
  let links: Fixture;
  let fenceLine: number;
  let rustLine: number;
  let verdictOrderLine: number;

  beforeAll(async () => {
    const cpp = await readFile(join(libraryContent, part('cpp-replacement')), 'utf8');
    const ml = await readFile(join(libraryContent, part('ml-infrastructure')), 'utf8');
    // The fence closing the Tokio example goes: the heading and prose after it would become code.
    const lines = cpp.split('\n');
    fenceLine = lineOf(cpp, /^```rust/);
    const close = lines.findIndex((line, i) => line === '```' && i > fenceLine);
    rustLine = lineOf(ml, /^```rust/);
    verdictOrderLine = lineOf(await readFile(join(libraryContent, part('verdict')), 'utf8'), /^order: /);
    // Builds take turns (tools/build.ts), so these run one after another.
    [checked, badRow, links] = await Promise.all([
      buildWith('content-check', {
        [part('learning-curve')]: (t) => t.replace(/^title: .*\n/m, ''),
        [part('cpp-replacement')]: () => lines.filter((_, i) => i !== close).join('\n'),
        [part('ml-infrastructure')]: (t) => t.replace(/^```rust (.*)\{9\}$/m, '```rsut $1{99}'),
        // Code an attacker would have MDX run: it would leave a file behind if it ran.
        [part('trajectory')]: (t) => `${t}\nGrowth was {growthRate} per cent.\n\nexport const pwned = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n`,
        [part('languages-compared')]: (t) => t.replace('table="rust-in-2026/languages-compared-1"', 'table="rust-in-2026/languages-2025"'),
        [part('verdict')]: (t) => t.replace(/^order: 6$/m, 'order: six'),
      }),
      buildWith('table-row', { [join(report, 'tables', 'languages-compared-1.json')]: editRows((rows) => rows[2]!.cells.pop()) }),
      // Under a subpath, as a self-hoster builds: a link from the host's root is a mistake there.
      buildWith(
        'links',
        {
          [part('verdict')]: (t) => t.replace('reasonable strategy.', 'reasonable strategy. See [the appendix](../appendix/).'),
          [part('trajectory')]: (t) => `${t}\nSee [the verdict](/verdict/) and [the key findings](../).\n`,
        },
        { BASE_PATH: subpathBase },
      ),
    ]);
  }, 240_000);

  it('fails on a missing frontmatter field, naming the file and the field', () => {
    expect(checked.code).not.toBe(0);
    expect(checked.output).toContain(`${checked.file(part('learning-curve'))}:1: title is missing`);
  });

  it('fails on a code fence that is never closed, with the file and the line', () => {
    expect(checked.output).toContain(`${checked.file(part('cpp-replacement'))}:${fenceLine}: the code block opened here is never closed`);
  });

  it('fails on an unknown fence language and a marked line outside the block, with the file and the line', () => {
    expect(checked.output).toContain(`${checked.file(part('ml-infrastructure'))}:${rustLine}: unknown code language "rsut" (did you mean "rust"?)`);
    expect(checked.output).toContain(`${checked.file(part('ml-infrastructure'))}:${rustLine}: marks line 99, but the block has`);
  });

  it('runs none of the code a hand edit puts in a part: the file it would write is not there', () => {
    expect(checked.output).toMatch(/trajectory\.mdx:\d+: an import or export statement, which MDX runs as JavaScript when the site is built is not allowed/);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses an expression (code MDX would run) and a missing table before compiling anything, naming the MDX file and line', () => {
    expect(checked.output).toMatch(/trajectory\.mdx:\d+: a \{…\} expression, which MDX runs as JavaScript when the site is built is not allowed/);
    expect(checked.output).toMatch(/languages-compared\.mdx:\d+: <DataTable table="rust-in-2026\/languages-2025" \/>: there is no table "rust-in-2026\/languages-2025"/);
  });

  it('gives a schema message the frontmatter line and no stray **** prefix', () => {
    expect(checked.output).toContain(`${checked.file(part('verdict'))}:${verdictOrderLine}: order must be a whole number (the position in the report), not "six"`);
    expect(checked.output).not.toContain('****');
  });

  it('fails on a table row with a cell too few, naming the file and the row', () => {
    expect(badRow.code).not.toBe(0);
    expect(badRow.output).toContain(badRow.file(join(report, 'tables', 'languages-compared-1.json')));
    expect(badRow.output).toContain('row 3 has 4 cells but the table has 5 columns');
  });

  it('fails on a link to a page that does not exist, naming the file and the link', () => {
    expect(links.code).not.toBe(0);
    expect(links.output).toMatch(/verdict\.mdx: href "\.\.\/appendix\/" leads to no page or file/);
  });

  it('fails on a link from the host’s root under a subpath, naming the file and saying to write the link relative', () => {
    expect(links.output).toContain(`${links.file(part('trajectory'))}: href "/verdict/" is outside the site's base path ${subpathBase}: write links between pages relative (e.g. "../verdict/")`);
  });

  it('accepts a relative link under a subpath', () => {
    // The check read that page's links (it reports the root link beside it), and let "../" pass.
    expect(links.output).toContain(`${links.file(part('trajectory'))}: href "/verdict/"`);
    expect(links.output).not.toContain('href "../"');
  });
});
