import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../../src/import/import-report.ts';
import { generatedReport } from '../../../bench/lib/generated-report.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/reports/', import.meta.url));
const projectContent = fileURLToPath(new URL('../../../src/content/', import.meta.url));

let root: string;
let contentDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-'));
  contentDir = join(root, 'content');
  await cp(projectContent, contentDir, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the content folder with its bytes, to prove a refused import changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), (await readFile(join(entry.parentPath, entry.name))).toString('base64'));
  }
  return files;
}

async function write(name: string, text: string | Uint8Array): Promise<string> {
  const file = join(root, name);
  await writeFile(file, text);
  return file;
}

describe('runImport', () => {
  it('imports a sample with a title line, naming the report after its file', async () => {
    const result = await runImport({ file: join(fixtures, 'sample-databases-2026.txt'), contentDir });
    expect(result.slug).toBe('sample-databases-2026');
    expect(result.title).toBe('Databases in 2026');
    expect([...result.statuses.keys()]).toContain('parts/postgres-as-a-platform.mdx');
    const report = JSON.parse(await readFile(join(result.dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ author: 'iBuidl Research Team', dataAsOf: { text: 'May 2026', iso: '2026-05' } });
  });

  it('keeps the text byte for byte beside what it produced', async () => {
    const file = join(fixtures, 'sample-minimal.txt');
    const result = await runImport({ file, title: 'The Smallest Report', contentDir });
    expect(await readFile(join(result.dir, 'source.txt'))).toEqual(await readFile(file));
  });

  it('changes no file when the same text is imported again', async () => {
    const before = await snapshot(contentDir);
    const result = await runImport({ file: join(projectContent, 'reports/rust-in-2026/source.txt'), slug: 'rust-in-2026', contentDir });
    expect([...result.statuses.values()].every((status) => status === 'unchanged')).toBe(true);
    expect(await snapshot(contentDir)).toEqual(before);
  });

  it('keeps the title given the first time when a title-less text is imported again', async () => {
    const file = join(fixtures, 'sample-minimal.txt');
    await runImport({ file, title: 'The Smallest Report', contentDir });
    const again = await runImport({ file, contentDir });
    expect(again.title).toBe('The Smallest Report');
    expect([...again.statuses.values()].every((status) => status === 'unchanged')).toBe(true);
  });

  it('keeps every editorial touch whose place still exists in a corrected text, and lists the rest', async () => {
    const source = await readFile(join(projectContent, 'reports/rust-in-2026/source.txt'), 'utf8');
    const corrected = source
      .replace('The remaining friction is ecosystem gaps.', 'The remaining friction is gaps in the ecosystem.')
      .replace('Hugging Face (tokenizers library)', 'Hugging Face (the tokenizers library)');
    const result = await runImport({ file: await write('rust.txt', corrected), slug: 'rust-in-2026', contentDir });
    expect(result.dropped).toEqual(['parts.section-5.headings "Ecosystem gaps": no block starts with "The remaining friction is ecosystem gaps."']);
    const part = await readFile(join(result.dir, 'parts/ml-infrastructure.mdx'), 'utf8');
    expect(part).toContain('## Who uses it\n\nThis pattern — Python API surface');
    expect(part).toContain('(the tokenizers library)');
    expect(result.statuses.get('parts/ml-infrastructure.mdx')).toBe('updated');
    expect(result.statuses.get('editorial.yaml')).toBe('unchanged');
  });

  it('imports a report with no editorial touches at all', async () => {
    const { slug, text } = generatedReport(7);
    const result = await runImport({ file: await write(`${slug}.txt`, text), contentDir });
    expect(result.dropped).toEqual([]);
    expect([...result.statuses.keys()].filter((p) => p.startsWith('parts/'))).toHaveLength(7);
    expect([...result.statuses.keys()].filter((p) => p.startsWith('tables/'))).toHaveLength(1);
  });

  describe('refuses bad input with <file>:<line>: and changes nothing', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['empty.txt', '', /^.*empty\.txt: /],
      ['binary.txt', new Uint8Array([0x2d, 0x20, 0x00, 0x01, 0x02]), /^.*binary\.txt: /],
      ['latin1.txt', new Uint8Array([0x2d, 0x20, 0xe9, 0x0a]), /^.*latin1\.txt:1: /],
      ['order.txt', '- F\nSection 1 — A\nText one.\nSection 3 — C\nText.\n', /^.*order\.txt:4: /],
      ['row.txt', '- F\nSection 1 — A\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n', /^.*row\.txt:5: /],
      ['verdict.txt', 'Title\n- F\nVerdict\nText.\nSection 1 — A\nText.\n', /^.*verdict\.txt:\d+: /],
      ['notitle.txt', '- F\nSection 1 — A\nText.\n', /^.*notitle\.txt: .*--title/],
    ];
    for (const [name, text, message] of cases) {
      it(`refuses ${name}`, async () => {
        const before = await snapshot(contentDir);
        const file = await write(name, text);
        const error = await runImport({ file, contentDir }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(String(error)).toMatch(message);
        expect(await snapshot(contentDir)).toEqual(before);
      });
    }

    it('refuses a path that does not exist, and a folder', async () => {
      await expect(runImport({ file: join(root, 'nope.txt'), contentDir })).rejects.toThrow(/there is no such file/);
      await expect(runImport({ file: root, contentDir })).rejects.toThrow(/is a folder/);
    });

    it('refuses a slug the site’s own pages use', async () => {
      await expect(runImport({ file: join(fixtures, 'sample-databases-2026.txt'), slug: 'search', contentDir })).rejects.toThrow(/taken by the site/);
    });

    it('refuses a broken editorial.yaml, naming its line, and writes nothing', async () => {
      const editorial = join(contentDir, 'reports/rust-in-2026/editorial.yaml');
      await writeFile(editorial, 'parts:\n  verdict:\n    navTitel: Oops\n');
      const before = await snapshot(contentDir);
      await expect(runImport({ file: join(projectContent, 'reports/rust-in-2026/source.txt'), slug: 'rust-in-2026', contentDir })).rejects.toThrow(
        /editorial\.yaml:3: parts\.verdict: navTitel is not a field/,
      );
      expect(await snapshot(contentDir)).toEqual(before);
    });
  });
});
