import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/paths.ts';
import { fixturesRoot } from '../support/paths.ts';
import { copyContent, runBuild, type BuildResult } from '../../tools/build.ts';

describe('a link from the host’s root in the content, built under a subpath', () => {
  let result: BuildResult;
  let file: string;

  beforeAll(async () => {
    const content = await copyContent('root-link', fixturesRoot);
    file = join(content, 'reports', 'rust-in-2026', 'parts', 'trajectory.mdx');
    await writeFile(file, `${await readFile(file, 'utf8')}\nSee [the verdict](/verdict/) and [the key findings](../).\n`);
    result = await runBuild({
      contentDir: content,
      outDir: join(content, '..', 'dist'),
      cacheDir: join(content, '..', 'cache'),
      env: { BASE_PATH: '/reports/rust-2026/' },
    });
  }, 120_000);

  it('fails, naming the file and saying to write the link relative', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${relative(projectRoot, file)}: href "/verdict/" is outside the site's base path /reports/rust-2026/: write links between pages relative (e.g. "../verdict/")`);
  });

  it('accepts the relative link beside it', () => {
    expect(result.output).not.toContain('href "../"');
  });
});
