import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, runBuild, type BuildResult } from '../support/build.ts';

describe('a link from the host’s root in the content, built under a subpath', () => {
  let result: BuildResult;
  let file: string;

  beforeAll(async () => {
    const content = await copyContent('root-link');
    file = join(content, 'sections', 'trajectory.mdx');
    await writeFile(file, `${await readFile(file, 'utf8')}\nSee [the verdict](/verdict/) and [the key findings](../).\n`);
    result = await runBuild({
      REPORT_CONTENT_DIR: content,
      BASE_PATH: '/reports/rust-2026/',
      REPORT_OUT_DIR: join(content, '..', 'dist'),
      ASTRO_CACHE_DIR: join(content, '..', 'cache'),
    });
  }, 120_000);

  it('fails, naming the file and saying to write the link relative', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${file}: href "/verdict/" is outside the site's base path /reports/rust-2026/: write links between pages relative (e.g. "../verdict/")`);
  });

  it('accepts the relative link beside it', () => {
    expect(result.output).not.toContain('href "../"');
  });
});
