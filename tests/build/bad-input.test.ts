import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, copyContent, type BuildResult } from '../../tools/build.ts';
import { fixturesRoot } from '../support/paths.ts';

/** Copies the content, applies one edit to one section file, and builds it. */
async function buildWith(name: string, file: string, edit: (text: string) => string): Promise<BuildResult & { file: string }> {
  const content = await copyContent(name, fixturesRoot);
  const path = join(content, 'sections', file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return { ...(await buildContent(content)), file: path };
}

describe('a build from bad content', () => {
  let missing: BuildResult & { file: string };
  let wrongType: BuildResult & { file: string };
  let duplicate: BuildResult & { file: string };
  let brokenLink: BuildResult & { file: string };
  let misspelt: BuildResult & { file: string };

  beforeAll(async () => {
    [missing, wrongType, duplicate, brokenLink, misspelt] = await Promise.all([
      buildWith('missing-field', 'trajectory.mdx', (t) => t.replace(/^description: .*\n/m, '')),
      buildWith('wrong-type', 'verdict.mdx', (t) => t.replace(/^order: 6$/m, 'order: six')),
      buildWith('duplicate-order', 'verdict.mdx', (t) => t.replace(/^order: 6$/m, 'order: 5')),
      buildWith('broken-link', 'verdict.mdx', (t) => t.replace('reasonable strategy.', 'reasonable strategy. See [the appendix](/appendix/).')),
      buildWith('misspelt-field', 'learning-curve.mdx', (t) => t.replace(/^navTitle:/m, 'navtitle:')),
    ]);
  }, 180_000);

  it('fails on a missing frontmatter field, naming the file and the field', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain(missing.file);
    expect(missing.output).toContain('description is missing');
  });

  it('fails on a wrong-typed frontmatter field, naming the file, the field and the value', () => {
    expect(wrongType.code).not.toBe(0);
    expect(wrongType.output).toContain(wrongType.file);
    expect(wrongType.output).toContain('order must be a whole number, e.g. 3, not "six"');
  });

  it('fails on a duplicated order, naming both files and the field', () => {
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.output).toMatch(/verdict\.mdx: field "order" is 5, the same as in .*learning-curve\.mdx|learning-curve\.mdx: field "order" is 5, the same as in .*verdict\.mdx/);
  });

  it('fails on a misspelt frontmatter field, naming the file and the field', () => {
    expect(misspelt.code).not.toBe(0);
    expect(misspelt.output).toContain(misspelt.file);
    expect(misspelt.output).toContain('navtitle is not a frontmatter field');
  });

  it('fails on a link to a page that does not exist, naming the file and the link', () => {
    expect(brokenLink.code).not.toBe(0);
    expect(brokenLink.output).toMatch(/verdict\.mdx: href "\/appendix\/" leads to no page or file/);
  });
});
