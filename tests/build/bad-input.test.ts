import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';
import { fixturesRoot } from '../support/paths.ts';
import { projectRoot } from '../../tools/paths.ts';

// Each message itself is unit-tested with its schema or check (tests/unit/*-schema.test.ts,
// reading-order, links); these few builds prove that a real build runs each kind of check and
// fails with the writer's file in the message: a part's frontmatter, a data file, a link, and a
// page that no longer holds every word of its part of the report's text.

/** Copies the content, applies one edit to one of its files, and builds it. */
async function buildWith(name: string, file: string, edit: (text: string) => string): Promise<BuildResult & { file: string }> {
  const content = await copyContent(name, fixturesRoot);
  const path = join(content, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  // Messages name files relative to the project, as a writer's editor shows them.
  return { ...(await buildContent(content)), file: relative(projectRoot, path) };
}

/** An edit of a table's rows, as JSON. */
const editRows = (edit: (rows: { cells: string[] }[]) => void) => (text: string) => {
  const table = JSON.parse(text) as { rows: { cells: string[] }[] };
  edit(table.rows);
  return JSON.stringify(table, null, 2);
};

const part = (name: string) => `reports/rust-in-2026/parts/${name}.mdx`;

describe('a build from bad content', () => {
  let missing: BuildResult & { file: string };
  let badRow: BuildResult & { file: string };
  let brokenLink: BuildResult & { file: string };
  let droppedWord: BuildResult & { file: string };

  beforeAll(async () => {
    [missing, badRow, brokenLink, droppedWord] = await Promise.all([
      buildWith('missing-field', part('trajectory'), (t) => t.replace(/^title: .*\n/m, '')),
      buildWith('table-row', 'reports/rust-in-2026/tables/languages-compared-1.json', editRows((rows) => rows[2]!.cells.pop())),
      buildWith('broken-link', part('verdict'), (t) => t.replace('reasonable strategy.', 'reasonable strategy. See [the appendix](/appendix/).')),
      buildWith('dropped-word', part('verdict'), (t) => t.replace('rather than wholesale migration', 'rather than migration')),
    ]);
  }, 240_000);

  it('fails on a missing frontmatter field, naming the file and the field', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain(missing.file);
    expect(missing.output).toContain('title is missing');
  });

  it('fails on a table row with a cell too few, naming the file and the row', () => {
    expect(badRow.code).not.toBe(0);
    expect(badRow.output).toContain(badRow.file);
    expect(badRow.output).toContain('row 3 has 4 cells but the table has 5 columns');
  });

  it('fails when a page no longer holds a sentence of its part, naming the source line and the page', () => {
    expect(droppedWord.code).not.toBe(0);
    expect(droppedWord.output).toMatch(/reports\/rust-in-2026\/source\.txt:69: “For Python replacement, adopt the PyO3 binding pattern for hot paths rather than wholesale migration\.” is not on the page rust-in-2026\/verdict\//);
  });

  it('fails on a link to a page that does not exist, naming the file and the link', () => {
    expect(brokenLink.code).not.toBe(0);
    expect(brokenLink.output).toMatch(/verdict\.mdx: href "\/appendix\/" leads to no page or file/);
  });
});
