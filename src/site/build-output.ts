import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * What `npm run build` records beside the output folder about the build in it, so that
 * `npm run preview` serves it at the base it was built for.
 */
export interface BuildRecord {
  /** Astro's base the site was built with ("/" or "/reports/rust-2026/"). */
  base: string;
}

/** A fresh folder beside `outDir` (same file system, so the swap is a rename) to build into. */
export function stagingDir(outDir: string, id: string | number = process.pid): string {
  return join(dirname(outDir), `.${basename(outDir)}.building-${id}`);
}

/** The record of the build in `outDir`: a hidden file beside it, never inside (hosts would serve it). */
export function buildRecordPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.build.json`);
}

/**
 * Replaces `outDir` with the finished build in `staging`: the old folder is moved aside, the new
 * one moved in, and only then the old one deleted, so `outDir` is never half-written.
 */
export async function swapIn(staging: string, outDir: string, record: BuildRecord): Promise<void> {
  const old = `${staging}.old`;
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir);
    throw error;
  }
  await writeFile(buildRecordPath(outDir), `${JSON.stringify(record)}\n`);
  await rm(old, { recursive: true, force: true });
}

/** The record of the last successful build into `outDir`, if `npm run build` made it. */
export async function readBuildRecord(outDir: string): Promise<BuildRecord | undefined> {
  try {
    const record: unknown = JSON.parse(await readFile(buildRecordPath(outDir), 'utf8'));
    const base = (record as { base?: unknown } | null)?.base;
    return typeof base === 'string' ? { base } : undefined;
  } catch {
    return undefined;
  }
}
