import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeReports, runRemoveCommand } from '../../../src/import/remove.ts';
import { reportSlugs } from '../../../src/report/folders.ts';
import { filesUnder } from '../../../src/lib/files.ts';
import { makeLibrary } from '../../../tools/library.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

let root: string;
let contentDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'remove-'));
  contentDir = join(root, 'content');
  await makeLibrary(contentDir, [
    { file: fixture('reports/rust-in-2026.txt'), slug: 'rust-in-2026', title: 'Rust in 2026', editorial: fixture('editorial/rust-in-2026.yaml') },
    { file: fixture('reports/sample-minimal.txt'), slug: 'sample-minimal', title: 'The Smallest Report' },
  ]);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** What the command printed and returned. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runRemoveCommand(argv, contentDir, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe('removing a report', () => {
  it('removes its folder, and says which pages and redirects go with it', async () => {
    const { code, out } = await run('rust-in-2026');
    expect(code).toBe(0);
    expect(reportSlugs(contentDir)).toEqual(['sample-minimal']);
    expect(out).toMatch(/^Removed “Rust in 2026” → .*content\/reports\/rust-in-2026\/ \(11 files: source\.txt, source\.json, report\.json, 6 parts, 1 table, editorial\.yaml\)$/m);
    expect(out).toContain('Its pages go with it at the next build: rust-in-2026/ (its home), rust-in-2026/report/ (the whole report) and its 6 parts (rust-in-2026/trajectory/, rust-in-2026/ml-infrastructure/');
    // The fixture's editors list seven addresses from before the library (formerPaths).
    expect(out).toMatch(/So do its 7 redirects from old addresses \(trajectory\/, ml-infrastructure\/, .*\): they answer "not found" after the next build\./);
    expect(out).toMatch(/1 report removed\. Next: npm run build\n$/);
  });

  it('counts the folder’s files as they were', async () => {
    const files = filesUnder(join(contentDir, 'reports', 'sample-minimal')).length;
    const [removed] = await removeReports(['sample-minimal'], contentDir);
    expect([removed?.files, removed?.held, removed?.title, removed?.redirects]).toEqual([files, 'source.txt, source.json, report.json, 1 part', 'The Smallest Report', []]);
  });

  it('removes several reports at once', async () => {
    expect((await run('rust-in-2026', 'sample-minimal')).out).toContain('2 reports removed.');
    expect(reportSlugs(contentDir)).toEqual([]);
  });

  it('refuses an unknown slug with the library’s slugs, and removes nothing, not even the known ones', async () => {
    const { code, err } = await run('sample-minimal', 'rust-in-2027');
    expect(code).toBe(1);
    expect(err).toBe(`"rust-in-2027": no such report in ${join(contentDir, 'reports')}; the library's reports are: rust-in-2026, sample-minimal. Nothing was removed.\n`);
    expect(reportSlugs(contentDir)).toEqual(['rust-in-2026', 'sample-minimal']);
  });

  it('puts back what it moved when a folder cannot be moved, and leaves no half-removed folder', async () => {
    let calls = 0;
    const failSecond: typeof rename = async (from, to) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
      await rename(from, to);
    };
    await expect(removeReports(['rust-in-2026', 'sample-minimal'], contentDir, failSecond)).rejects.toThrow('EBUSY');
    expect(await readdir(join(contentDir, 'reports'))).toEqual(['rust-in-2026', 'sample-minimal']);
  });

  it('prints its usage without a slug', async () => {
    expect(await run()).toMatchObject({ code: 2, err: expect.stringMatching(/^usage: npm run remove -- <slug>/) });
  });
});
