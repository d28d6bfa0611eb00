import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport, MAX_REPORT_BYTES } from '../../../src/import/import-report.ts';
import { filesUnder } from '../../../src/lib/files.ts';
import { parseContentMdx } from '../../../src/report/content-mdx.ts';
import { makeLibrary } from '../../../tools/library.ts';
import { generatedReport } from '../../../bench/lib/generated-report.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/reports/', import.meta.url));
const rustText = join(fixtures, 'rust-in-2026.txt');
const rustEditorial = fileURLToPath(new URL('../../fixtures/editorial/rust-in-2026.yaml', import.meta.url));

// A content folder holding the Rust fixture with its editors' touches, made once and copied for each test.
let template: string;
beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'import-template-'));
  await makeLibrary(join(template, 'content'), [{ file: rustText, slug: 'rust-in-2026', title: 'Rust in 2026', editorial: rustEditorial }]);
});
afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

let root: string;
let contentDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-'));
  contentDir = join(root, 'content');
  await cp(join(template, 'content'), contentDir, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the content folder with its bytes, to prove a refused import changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of filesUnder(dir)) files.set(file, (await readFile(join(dir, file))).toString('base64'));
  return files;
}

async function write(name: string, text: string | Uint8Array): Promise<string> {
  const file = join(root, name);
  await writeFile(file, text);
  return file;
}

const rust = () => readFile(rustText, 'utf8');
const rustDir = () => join(contentDir, 'reports/rust-in-2026');

describe('importReport', () => {
  it('imports a sample with a title line, naming the report after its file', async () => {
    const result = await importReport({ file: join(fixtures, 'sample-databases-2026.txt'), contentDir });
    expect(result.slug).toBe('sample-databases-2026');
    expect(result.title).toBe('Databases in 2026');
    expect([...result.statuses.keys()]).toContain('parts/postgres-as-a-platform.mdx');
    const report = JSON.parse(await readFile(join(result.dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ author: 'iBuidl Research Team', dataAsOf: { text: 'May 2026', iso: '2026-05' } });
  });

  it('keeps the text byte for byte beside what it produced, and its record with the text’s digest', async () => {
    const file = join(fixtures, 'sample-minimal.txt');
    const result = await importReport({ file, title: 'The Smallest Report', contentDir });
    expect(await readFile(join(result.dir, 'source.txt'))).toEqual(await readFile(file));
    const record = JSON.parse(await readFile(join(result.dir, 'source.json'), 'utf8'));
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(record.report.parts[0]).toMatchObject({ kind: 'section', number: 1, title: 'The Smallest Report', line: 2 });
  });

  it('changes no file when the same text is imported again', async () => {
    const before = await snapshot(contentDir);
    const result = await importReport({ file: rustText, slug: 'rust-in-2026', contentDir });
    expect([...result.statuses.values()].every((status) => status === 'unchanged')).toBe(true);
    expect(await snapshot(contentDir)).toEqual(before);
  });

  it('keeps the title given the first time when a title-less text is imported again', async () => {
    const file = join(fixtures, 'sample-minimal.txt');
    await importReport({ file, title: 'The Smallest Report', contentDir });
    const again = await importReport({ file, contentDir });
    expect(again.title).toBe('The Smallest Report');
    expect([...again.statuses.values()].every((status) => status === 'unchanged')).toBe(true);
  });

  it('keeps every editorial touch whose place still exists in a corrected text, and lists the rest at their line', async () => {
    const corrected = (await rust())
      .replace('The remaining friction is ecosystem gaps.', 'The remaining friction is gaps in the ecosystem.')
      .replace('Hugging Face (tokenizers library)', 'Hugging Face (the tokenizers library)');
    const result = await importReport({ file: await write('rust.txt', corrected), slug: 'rust-in-2026', contentDir });
    const editorial = await readFile(join(rustDir(), 'editorial.yaml'), 'utf8');
    const line = editorial.split('\n').findIndex((l) => l.includes('before: The remaining friction is ecosystem gaps.')) + 1;
    expect(result.dropped).toEqual([
      `${join(rustDir(), 'editorial.yaml')}:${line}: heading "Ecosystem gaps": no paragraph, snippet or table starts with "The remaining friction is ecosystem gaps."; not applied`,
    ]);
    const part = await readFile(join(result.dir, 'parts/ml-infrastructure.mdx'), 'utf8');
    expect(part).toContain('## Who uses it\n\nThis pattern — Python API surface');
    expect(part).toContain('(the tokenizers library)');
    expect(result.statuses.get('parts/ml-infrastructure.mdx')).toBe('updated');
    expect(result.statuses.get('editorial.yaml')).toBe('unchanged');
  });

  it('imports a report with no editorial touches at all', async () => {
    const { slug, text } = generatedReport(7);
    const result = await importReport({ file: await write(`${slug}.txt`, text), contentDir });
    expect(result.dropped).toEqual([]);
    expect([...result.statuses.keys()].filter((p) => p.startsWith('parts/'))).toHaveLength(7);
    expect([...result.statuses.keys()].filter((p) => p.startsWith('tables/'))).toHaveLength(1);
  });
});

describe('report text is data, never code (the two ways in that issue 18 found)', () => {
  it('reads a lone carriage return as a line break: the export line after it is a snippet of the report, not code MDX runs', async () => {
    const text = 'T\n- F\nSection 1 — One\nA sentence of the report.\r\rexport const pwned = globalThis.process.exit(1)\n';
    const result = await importReport({ file: await write('cr.txt', text), contentDir });
    const mdx = await readFile(join(result.dir, 'parts/one.mdx'), 'utf8');
    const tree = parseContentMdx(mdx);
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph', 'code']);
    expect(tree.children.at(-1)).toMatchObject({ type: 'code', value: 'export const pwned = globalThis.process.exit(1)' });
  });

  it('refuses an editorial heading with a line break in it, at its line, and writes nothing', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'parts:\n  Verdict:\n    headings:\n      - before: If you write\n        text: "Ours\\n\\nexport const pwned = 1"\n');
    const before = await snapshot(contentDir);
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(/editorial\.yaml:5: parts\.Verdict\.headings\.0\.text: text must be one line/);
    expect(await snapshot(contentDir)).toEqual(before);
  });

  it('refuses an old address that climbs out of the site, at its line, and writes nothing', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'formerPaths:\n  a/../../src/pages/x/: verdict/\n');
    const before = await snapshot(contentDir);
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(/editorial\.yaml:2: formerPaths.*must not hold "\." or "\.\." segments/);
    expect(await snapshot(contentDir)).toEqual(before);
  });

  // The build refuses these too (tests/unit/site/routing.test.ts); the import is the door, at the line.
  it.each([
    ['search/', 'is in "search", where the site keeps the search page'],
    ['pagefind/', 'is in "pagefind", where the site keeps the search index'],
    ['rss.xml/', 'is in "rss.xml", where the site keeps the RSS feed'],
    ['rust-in-2026/', 'is the home of the report "rust-in-2026"'],
    ['rust-in-2026/verdict/', 'is the page of the part "rust-in-2026/verdict/" (\\S*/reports/rust-in-2026/parts/verdict\\.mdx)'],
    ['sample-databases-2026/', 'is the home of the report "sample-databases-2026" (\\S*/reports/sample-databases-2026/report\\.json)'],
    ['old-db/', 'is redirected by \\S*/reports/sample-databases-2026/editorial\\.yaml too'],
  ])('refuses the old address %s, which the site already has, at its line, and writes nothing', async (from, problem) => {
    const other = await importReport({ file: join(fixtures, 'sample-databases-2026.txt'), contentDir });
    await writeFile(join(other.dir, 'editorial.yaml'), 'formerPaths:\n  old-db/: ""\n');
    await importReport({ file: join(fixtures, 'sample-databases-2026.txt'), contentDir });
    await writeFile(join(rustDir(), 'editorial.yaml'), `description: The report on Rust adoption in 2026.\nformerPaths:\n  verdict/: verdict/\n  ${from}: ""\n`);
    const before = await snapshot(contentDir);
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(new RegExp(`editorial\\.yaml:4: formerPaths: the old address "${from.replaceAll('.', '\\.')}" ${problem}`));
    expect(await snapshot(contentDir)).toEqual(before);
  });

  it('refuses an old address whose new place is no page of the report, at its line', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'formerPaths:\n  verdict/: verdict/\n  old/: gone/\n');
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(/editorial\.yaml:3: formerPaths: the new place of "old\/", "gone\/", is no page of the report "rust-in-2026"/);
  });

  it('refuses a report whose page another report redirects, naming that report’s editorial.yaml', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'formerPaths:\n  sample-databases-2026/: ""\n');
    await importReport({ file: rustText, slug: 'rust-in-2026', contentDir });
    const before = await snapshot(contentDir);
    await expect(importReport({ file: join(fixtures, 'sample-databases-2026.txt'), contentDir })).rejects.toThrow(
      /reports\/rust-in-2026\/editorial\.yaml: the old address "sample-databases-2026\/" is the home of the report "sample-databases-2026".*\(so the report "sample-databases-2026" is not imported\)/,
    );
    expect(await snapshot(contentDir)).toEqual(before);
  });
});

describe('editorial touches never move to another part, keyed by the part’s title (FORMAT.md, "Editorial touches", "Addresses")', () => {
  const partFile = async (slug: string) => readFile(join(rustDir(), 'parts', `${slug}.mdx`), 'utf8');

  it('keeps each part’s touches on that part when a section is inserted before it', async () => {
    // Every section from the second on moves one number down, and a new Section 2 comes before them.
    const renumbered = (await rust()).replace(/^Section (\d) — /gm, (line, n: string) => (Number(n) >= 2 ? `Section ${Number(n) + 1} — ` : line));
    const inserted = renumbered.replace('Section 3 — Replacing', 'Section 2 — A New Section\nA paragraph of the new section.\nSection 3 — Replacing');
    const result = await importReport({ file: await write('rust.txt', inserted), slug: 'rust-in-2026', contentDir });
    expect(result.dropped).toEqual([]);
    const ml = await partFile('ml-infrastructure');
    expect(ml).toMatch(/^number: 3$/m);
    expect(ml).toContain('navTitle: Python in ML infrastructure');
    const fresh = await partFile('a-new-section');
    expect(fresh).not.toMatch(/navTitle|description/);
    expect(await partFile('languages-compared')).toMatch(/^number: 4$/m);
  });

  it('lists the touches of a renamed part instead of moving them, with the nearest title, and redirects its old address', async () => {
    const renamed = (await rust()).replace('Section 5 — The Learning Curve in 2026', 'Section 5 — The Learning Curve in Late 2026');
    const result = await importReport({ file: await write('rust.txt', renamed), slug: 'rust-in-2026', contentDir });
    expect(result.dropped).toEqual([
      expect.stringMatching(/editorial\.yaml:\d+: parts: the report has no part titled "The Learning Curve in 2026" \(did you mean "The Learning Curve in Late 2026"\?\); its touches were not applied$/),
      expect.stringMatching(/editorial\.yaml:\d+: findings: the report has no part titled "The Learning Curve in 2026"; the finding is not linked$/),
    ]);
    expect(result.redirected).toEqual(['rust-in-2026/learning-curve/ → rust-in-2026/the-learning-curve-in-late-2026/']);
    const facts = JSON.parse(await readFile(join(rustDir(), 'report.json'), 'utf8'));
    expect(facts.formerParts).toEqual({ 'learning-curve/': 'the-learning-curve-in-late-2026/' });
  });

  it('keeps an old address working through a second change, and leads a removed part’s address to the report’s home', async () => {
    const text = await rust();
    const once = text.replace('Section 5 — The Learning Curve in 2026', 'Section 5 — The Learning Curve');
    await importReport({ file: await write('rust.txt', once), slug: 'rust-in-2026', contentDir });
    const twice = once.replace('Section 5 — The Learning Curve', 'Section 5 — Learning Rust');
    await importReport({ file: await write('rust.txt', twice), slug: 'rust-in-2026', contentDir });
    expect(JSON.parse(await readFile(join(rustDir(), 'report.json'), 'utf8')).formerParts).toEqual({
      'learning-curve/': 'learning-rust/',
      'the-learning-curve/': 'learning-rust/',
    });
    const removed = twice.replace(/Section 5 — Learning Rust\n[^\n]*\n[^\n]*\n/, '');
    const result = await importReport({ file: await write('rust.txt', removed), slug: 'rust-in-2026', contentDir });
    expect(result.redirected).toEqual(['rust-in-2026/learning-rust/ → rust-in-2026/']);
    expect(JSON.parse(await readFile(join(rustDir(), 'report.json'), 'utf8')).formerParts).toEqual({
      'learning-curve/': '',
      'learning-rust/': '',
      'the-learning-curve/': '',
    });
  });

  it('refuses touches keyed by section number, naming the line and the title to key them by', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'parts:\n  section-2:\n    navTitle: Python\n');
    const before = await snapshot(contentDir);
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(
      /editorial\.yaml:2: parts: "section-2": key a part's touches by its title, .* \(write "Replacing Python in ML Infrastructure:"\)/,
    );
    expect(await snapshot(contentDir)).toEqual(before);
  });

  it('refuses a language touch the site cannot highlight at its line, with the nearest one', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'parts:\n  Verdict:\n    code:\n      - first: "x"\n        language: kotln\n');
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(/editorial\.yaml:5: language "kotln" is not a language the site highlights \(did you mean "kotlin"\?\)/);
  });
});

describe('refuses bad input with <file>:<line>: and changes nothing (FORMAT.md, "Characters", "Sizes")', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /^.*empty\.txt: /],
    ['binary.txt', new Uint8Array([0x2d, 0x20, 0x00, 0x01, 0x02]), /^.*binary\.txt: /],
    ['latin1.txt', new Uint8Array([0x2d, 0x20, 0xe9, 0x0a]), /^.*latin1\.txt:1: /],
    ['order.txt', '- F\nSection 1 — A\nText one.\nSection 3 — C\nText.\n', /^.*order\.txt:4: /],
    ['row.txt', '- F\nSection 1 — A\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n', /^.*row\.txt:5: /],
    ['verdict.txt', 'Title\n- F\nVerdict\nText.\nSection 1 — A\nText.\n', /^.*verdict\.txt:\d+: /],
    ['notitle.txt', '- F\nSection 1 — A\nText.\n', /^.*notitle\.txt: .*--title/],
    ['formfeed.txt', 'T\n- F\nSection 1 — A\nPage one.\fPage two.\n', /^.*formfeed\.txt:4:10: U\+000C \(form feed\) is not allowed/],
    ['separator.txt', 'T\n- F\nSection 1 — A\nA line\u2028export const x = 1\n', /^.*separator\.txt:4:7: U\+2028 \(line separator\)/],
  ];
  for (const [name, text, message] of cases) {
    it(`refuses ${name}`, async () => {
      const before = await snapshot(contentDir);
      const file = await write(name, text);
      const error = await importReport({ file, contentDir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String(error)).toMatch(message);
      expect(await snapshot(contentDir)).toEqual(before);
    });
  }

  it('refuses a path that does not exist, and a folder', async () => {
    await expect(importReport({ file: join(root, 'nope.txt'), contentDir })).rejects.toThrow(/there is no such file/);
    await expect(importReport({ file: root, contentDir })).rejects.toThrow(/is a folder/);
  });

  it('refuses a device and a pipe without reading them (no endless /dev/zero, no waiting on a FIFO)', async () => {
    await expect(importReport({ file: '/dev/zero', slug: 'zero', contentDir })).rejects.toThrow(/\/dev\/zero: is not a regular file/);
    const fifo = join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(importReport({ file: fifo, contentDir })).rejects.toThrow(/pipe\.txt: is not a regular file/);
  });

  it('refuses a text over the size limit', async () => {
    const file = await write('huge.txt', Buffer.alloc(MAX_REPORT_BYTES + 1, 0x61));
    await expect(importReport({ file, contentDir })).rejects.toThrow(/huge\.txt: is 10 MB: a report's text is at most 10 MB/);
  });

  it('refuses a slug the site’s own pages use, and a title with a control character', async () => {
    await expect(importReport({ file: join(fixtures, 'sample-databases-2026.txt'), slug: 'search', contentDir })).rejects.toThrow(/taken by the site/);
    await expect(importReport({ file: join(fixtures, 'sample-minimal.txt'), title: 'Two\nlines', contentDir })).rejects.toThrow(/^--title: U\+000A \(line feed\) is not allowed/);
  });

  it('refuses a broken editorial.yaml, naming its line, and writes nothing', async () => {
    await writeFile(join(rustDir(), 'editorial.yaml'), 'parts:\n  Verdict:\n    navTitel: Oops\n');
    const before = await snapshot(contentDir);
    await expect(importReport({ file: rustText, slug: 'rust-in-2026', contentDir })).rejects.toThrow(/editorial\.yaml:3: parts\.Verdict: navTitel is not a field/);
    expect(await snapshot(contentDir)).toEqual(before);
  });
});
