import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportDocument, reportOutline } from '../../../src/site/document.ts';
import { makeLibrary } from '../../../tools/library.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const site = { name: 'Research reports', reportUrl: (slug: string) => `/${slug}/`, partUrl: (report: string, part: string) => `/${report}/${part}/` };

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'document-'));
  await makeLibrary(join(root, 'content'), [{ file: fixture('reports/rust-in-2026.txt'), slug: 'rust-in-2026', title: 'Rust in 2026', editorial: fixture('editorial/rust-in-2026.yaml') }]);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('reportOutline', () => {
  it('is the report’s document without the parts’ blocks, in the report’s order', () => {
    const outline = reportOutline(join(root, 'content'), 'rust-in-2026', site);
    const document = reportDocument(join(root, 'content'), 'rust-in-2026', site);
    expect(outline).toEqual({ ...document, parts: document.parts.map(({ blocks: _, ...part }) => part) });
    expect(outline.parts.map((part) => [part.label, part.slug])).toEqual([
      ['Section 1', 'trajectory'],
      ['Section 2', 'ml-infrastructure'],
      ['Section 3', 'languages-compared'],
      ['Section 4', 'cpp-replacement'],
      ['Section 5', 'learning-curve'],
      [undefined, 'verdict'],
    ]);
    expect(document.parts.every((part) => part.blocks.length > 0)).toBe(true);
  });
});
