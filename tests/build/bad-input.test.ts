import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';
import { fixturesRoot } from '../support/paths.ts';

// Each message itself is unit-tested with its schema or check (tests/unit/*-schema.test.ts,
// reading-order, links); these few builds prove that a real build runs each kind of check and
// fails with the writer's file in the message: a part's frontmatter, a data file, a link.

/** Copies the content, applies one edit to one of its files, and builds it. */
async function buildWith(name: string, file: string, edit: (text: string) => string): Promise<BuildResult & { file: string }> {
  const content = await copyContent(name, fixturesRoot);
  const path = join(content, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return { ...(await buildContent(content)), file: path };
}

/** An edit of the comparison table's rows, as JSON. */
const editRows = (edit: (rows: Record<string, unknown>[]) => void) => (text: string) => {
  const table = JSON.parse(text) as { rows: Record<string, unknown>[] };
  edit(table.rows);
  return JSON.stringify(table, null, 2);
};

describe('a build from bad content', () => {
  let missing: BuildResult & { file: string };
  let badRow: BuildResult & { file: string };
  let brokenLink: BuildResult & { file: string };

  beforeAll(async () => {
    [missing, badRow, brokenLink] = await Promise.all([
      buildWith('missing-field', 'sections/trajectory.mdx', (t) => t.replace(/^description: .*\n/m, '')),
      buildWith('comparison-category', 'comparisons/languages-2026.json', editRows((rows) => (rows[2]!['memorySafetyCategory'] = 'unsafe'))),
      buildWith('broken-link', 'sections/verdict.mdx', (t) => t.replace('reasonable strategy.', 'reasonable strategy. See [the appendix](/appendix/).')),
    ]);
  }, 180_000);

  it('fails on a missing frontmatter field, naming the file and the field', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain(missing.file);
    expect(missing.output).toContain('description is missing');
  });

  it('fails on a bad row of the comparison table, naming the file, the row, the field and the value', () => {
    expect(badRow.code).not.toBe(0);
    expect(badRow.output).toContain(badRow.file);
    expect(badRow.output).toContain('row 3 (C++): field "memorySafetyCategory" is "unsafe", which is not a category');
  });

  it('fails on a link to a page that does not exist, naming the file and the link', () => {
    expect(brokenLink.code).not.toBe(0);
    expect(brokenLink.output).toMatch(/verdict\.mdx: href "\/appendix\/" leads to no page or file/);
  });
});
