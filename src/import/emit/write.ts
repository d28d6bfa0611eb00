import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filesUnder } from '../../lib/files.ts';

/** What happened to one file of a report's folder. */
export type FileStatus = 'created' | 'updated' | 'unchanged' | 'removed';

/** Compares the folder as it is with the files it should hold, path by path. */
export async function compareFolder(dir: string, files: ReadonlyMap<string, Uint8Array | string>): Promise<Map<string, FileStatus>> {
  const statuses = new Map<string, FileStatus>();
  const existing = new Set(filesUnder(dir));
  for (const [path, content] of files) {
    if (!existing.has(path)) statuses.set(path, 'created');
    else {
      const before = await readFile(join(dir, path));
      statuses.set(path, before.equals(Buffer.from(content)) ? 'unchanged' : 'updated');
    }
  }
  for (const path of existing) if (!files.has(path)) statuses.set(path, 'removed');
  return new Map([...statuses].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Makes `dir` hold exactly `files`, all or nothing: the new folder is written beside it first and
 * swapped in by renames only once every file is on disk, so a failure leaves the old folder as it
 * was. When nothing differs, nothing is touched (not even a timestamp).
 */
export async function replaceFolder(dir: string, files: ReadonlyMap<string, Uint8Array | string>): Promise<Map<string, FileStatus>> {
  const statuses = await compareFolder(dir, files);
  if ([...statuses.values()].every((status) => status === 'unchanged')) return statuses;
  const parent = dirname(dir);
  const tag = randomBytes(4).toString('hex');
  // Dot-named, so the content loaders' globs never see a half-written report.
  const staging = join(parent, `.importing-${tag}`);
  const retired = join(parent, `.replaced-${tag}`);
  await mkdir(parent, { recursive: true });
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), content);
    }
    const hadFolder = await readdir(dir).then(() => true, () => false);
    if (hadFolder) await rename(dir, retired);
    try {
      await rename(staging, dir);
    } catch (error) {
      if (hadFolder) await rename(retired, dir);
      throw error;
    }
    await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return statuses;
}
