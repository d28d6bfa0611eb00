import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFolder } from '../../../../src/import/emit/write.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'write-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('replaceFolder', () => {
  it('creates a folder with exactly the files given', async () => {
    const dir = join(root, 'reports', 'r');
    const statuses = await replaceFolder(dir, new Map([['a.txt', 'A'], ['parts/b.mdx', 'B']]));
    expect([...statuses]).toEqual([['a.txt', 'created'], ['parts/b.mdx', 'created']]);
    expect(await readFile(join(dir, 'parts/b.mdx'), 'utf8')).toBe('B');
  });

  it('touches nothing when every file is already as given', async () => {
    const dir = join(root, 'r');
    await replaceFolder(dir, new Map([['a.txt', 'A']]));
    const before = (await stat(join(dir, 'a.txt'))).mtimeMs;
    const statuses = await replaceFolder(dir, new Map([['a.txt', 'A']]));
    expect([...statuses.values()]).toEqual(['unchanged']);
    expect((await stat(join(dir, 'a.txt'))).mtimeMs).toBe(before);
  });

  it('updates changed files, removes files no longer given and leaves no staging folder', async () => {
    const dir = join(root, 'r');
    await replaceFolder(dir, new Map([['a.txt', 'A'], ['old.txt', 'O']]));
    const statuses = await replaceFolder(dir, new Map([['a.txt', 'A2'], ['new.txt', 'N']]));
    expect(Object.fromEntries(statuses)).toEqual({ 'a.txt': 'updated', 'new.txt': 'created', 'old.txt': 'removed' });
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'new.txt']);
    expect(await readdir(root)).toEqual(['r']);
  });

  it('leaves the old folder as it was when writing fails', async () => {
    const dir = join(root, 'r');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), 'A');
    // A file and a folder of the same name cannot both be written: the write fails midway.
    await expect(replaceFolder(dir, new Map([['x', 'file'], ['x/y', 'nested']]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a.txt']);
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('A');
    expect(await readdir(root)).toEqual(['r']);
  });
});
