import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardManifest, finishShareCards, planShareCards, startShareCards } from '../../../src/cards/build.ts';
import type { DrawReply, DrawRequest } from '../../../src/cards/draw-process.ts';
import { readShareCardManifest, shareCardCacheDir } from '../../../src/site/share-cards.ts';
import { makeLibrary } from '../../../tools/library.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

let root: string;
let contentDir: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'share-cards-'));
  contentDir = join(root, 'content');
  await makeLibrary(contentDir, [
    { file: fixture('reports/rust-in-2026.txt'), slug: 'rust-in-2026', title: 'Rust in 2026', editorial: fixture('editorial/rust-in-2026.yaml') },
    { file: fixture('reports/sample-minimal.txt'), slug: 'sample-minimal', title: 'The Smallest Report' },
  ]);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('planShareCards', () => {
  it('gives each report one card for its home and whole-report page, and each part one, filed beside the page', () => {
    const cards = planShareCards(contentDir, 'Research reports');
    expect(cards.map((card) => card.pages)).toEqual([
      ['rust-in-2026/', 'rust-in-2026/report/'],
      ...['trajectory', 'ml-infrastructure', 'languages-compared', 'cpp-replacement', 'learning-curve', 'verdict'].map((part) => [`rust-in-2026/${part}/`]),
      ['sample-minimal/', 'sample-minimal/report/'],
      ['sample-minimal/the-smallest-report/'],
    ]);
    for (const card of cards) expect(card.file).toBe(`${card.pages[0]}og.${card.key.slice(0, 16)}.png`);
  });

  it('puts on a part’s card the site, the report, the part’s label and title, the byline and the date', () => {
    const card = planShareCards(contentDir, 'Research reports').find((c) => c.pages[0] === 'rust-in-2026/ml-infrastructure/')!.card;
    expect(card).toEqual({
      site: 'Research reports',
      report: 'Rust in 2026',
      part: { label: 'Section 2', title: 'Replacing Python in ML Infrastructure' },
      byline: 'iBuidl Research Team',
      date: 'Data as of March 2026.',
    });
  });

  it('leaves out what a report does not have (no sign-off, no date)', () => {
    const card = planShareCards(contentDir, 'Research reports').find((c) => c.pages[0] === 'sample-minimal/')!.card;
    expect(card.byline).toBeUndefined();
    expect(card.date).toBeUndefined();
  });

  it('changes only the key of the card whose words changed', async () => {
    const before = planShareCards(contentDir, 'Research reports');
    const facts = join(contentDir, 'reports', 'sample-minimal', 'report.json');
    const original = await readFile(facts, 'utf8');
    await writeFile(facts, original.replace('"The Smallest Report"', '"The Smaller Report"'));
    try {
      const after = planShareCards(contentDir, 'Research reports');
      const changed = after.filter((card, i) => card.key !== before[i]!.key).map((card) => card.pages[0]);
      expect(changed).toEqual(['sample-minimal/', 'sample-minimal/the-smallest-report/']);
    } finally {
      await writeFile(facts, original);
    }
  });
});

describe('startShareCards and finishShareCards', () => {
  it('draws the cards in child processes, links each beside its page, and draws none again while nothing changes', async () => {
    const cacheDir = join(root, 'cache');
    const outDir = join(root, 'dist');
    const planned = planShareCards(contentDir, 'Research reports');
    for (const card of planned) {
      await mkdir(join(outDir, card.pages[0]!), { recursive: true });
      await writeFile(join(outDir, card.pages[0]!, 'index.html'), '');
    }
    // A card no page uses any more, left by an earlier build.
    await mkdir(shareCardCacheDir(cacheDir), { recursive: true });
    await writeFile(join(shareCardCacheDir(cacheDir), `${'0'.repeat(64)}.png`), '');

    startShareCards({ contentDir, cacheDir, siteName: 'Research reports', processes: 2 });
    expect(readShareCardManifest(cacheDir)).toEqual(cardManifest(planned));
    const first = await finishShareCards(outDir);
    expect(first).toMatchObject({ cards: planned.length, drawn: planned.length });
    for (const card of planned) {
      const image = PNG.sync.read(await readFile(join(outDir, card.file)));
      expect([image.width, image.height]).toEqual([1200, 630]);
      // A hard link to the cached file (one file system here), not a copy of its bytes.
      expect((await stat(join(outDir, card.file))).ino).toBe((await stat(join(shareCardCacheDir(cacheDir), `${card.key}.png`))).ino);
    }
    expect((await readdir(shareCardCacheDir(cacheDir))).sort()).toEqual([...planned.map((card) => `${card.key}.png`), 'manifest.json'].sort());

    startShareCards({ contentDir, cacheDir, siteName: 'Research reports' });
    expect(await finishShareCards(outDir)).toMatchObject({ cards: planned.length, drawn: 0 });
  }, 120_000);

  it('has nothing to finish when no build started cards (no SITE_URL)', async () => {
    expect(await finishShareCards(join(root, 'dist'))).toBeUndefined();
  });

  it('fails when a card’s page was not built', async () => {
    const cacheDir = join(root, 'cache');
    startShareCards({ contentDir, cacheDir, siteName: 'Research reports' });
    await expect(finishShareCards(join(root, 'empty'))).rejects.toThrow(/its page rust-in-2026\/ was not built/);
  });
});

describe('the drawing process', () => {
  it('answers a batch it cannot write with the card and the reason, and ends with a failure', async () => {
    const child = fork(fileURLToPath(new URL('../../../src/cards/draw-process.ts', import.meta.url)), [], { execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const reply = new Promise<DrawReply>((resolve) => child.once('message', resolve));
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.send({ dir: join(root, 'no-such-folder'), jobs: [{ key: 'k'.repeat(64), card: { site: 'S', report: 'R', part: { title: 'A part' } } }] } satisfies DrawRequest);
    expect(await reply).toEqual({ error: expect.stringMatching(/^the card of “A part” \(k+\): ENOENT/) });
    expect(await exit).toBe(1);
  });
});
