import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRecordPath, readBuildRecord, stagingDir, swapIn } from '../../../src/site/build-output.ts';

async function folderWith(dir: string, file: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), text);
}

describe('swapIn', () => {
  it('replaces the output folder with the staged build and records its base beside it', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'swap-'));
    const outDir = join(parent, 'dist');
    await folderWith(outDir, 'old.html', 'old');
    const staging = stagingDir(outDir, 1);
    await folderWith(staging, 'new.html', 'new');
    await swapIn(staging, outDir, { base: '/r/' });
    expect(await readdir(outDir)).toEqual(['new.html']);
    expect((await readdir(parent)).sort()).toEqual(['.dist.build.json', 'dist']);
    expect(await readBuildRecord(outDir)).toEqual({ base: '/r/' });
  });

  it('moves the build in when there was no output folder yet', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'swap-'));
    const outDir = join(parent, 'dist');
    const staging = stagingDir(outDir, 2);
    await folderWith(staging, 'index.html', 'x');
    await swapIn(staging, outDir, { base: '/' });
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('x');
  });
});

describe('readBuildRecord', () => {
  it('finds nothing for a folder that npm run build did not make', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'swap-'));
    expect(await readBuildRecord(join(parent, 'dist'))).toBeUndefined();
    expect(buildRecordPath(join(parent, 'dist'))).toBe(join(parent, '.dist.build.json'));
  });
});
