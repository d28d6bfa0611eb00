import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closingMissing, runImportCommand } from '../../../src/import/command.ts';
import { report } from './helpers.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-command-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Imports texts (file name → lines) into a fresh content folder; what the command printed. */
async function importTexts(texts: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  for (const [name, text] of Object.entries(texts)) await writeFile(join(root, name), text);
  let out = '';
  let err = '';
  const code = await runImportCommand(Object.keys(texts).map((name) => join(root, name)), join(root, 'content'), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run import', () => {
  it('says when a report is published without a byline or a date, because its text has no closing lines', async () => {
    const { code, out } = await importTexts({ 'undated.txt': report('Undated', '- F', 'Section 1 — One', 'A.') });
    expect(code).toBe(0);
    expect(out).toContain('  No closing lines ("Data as of <Month> <Year>." and "— <Author>"): published without a byline and without a date, listed after the dated reports.\n');
  });

  it('says nothing of the kind for a report with both closing lines', async () => {
    const { out } = await importTexts({ 'dated.txt': report('Dated', '- F', 'Section 1 — One', 'A.', 'Data as of May 2026.', '— Jane Doe') });
    expect(out).not.toMatch(/No closing lines|No sign-off|No "Data as of/);
  });

  it('names the one closing line a report lacks', () => {
    expect(closingMissing({ dataAsOf: 'May 2026' })).toBe('No sign-off ("— <Author>"): published without a byline.');
    expect(closingMissing({ author: 'Jane Doe' })).toBe('No "Data as of <Month> <Year>." line: published without a date, listed after the dated reports.');
  });

  it('refuses a slip in a closing line at its line, with the suggestion, and writes nothing for that report', async () => {
    const { code, err } = await importTexts({ 'slip.txt': report('Slip', '- F', 'Section 1 — One', 'A.', 'Data as of Apirl 2026.') });
    expect(code).toBe(1);
    expect(err).toBe(`${join(root, 'slip.txt')}:5: "Data as of Apirl 2026." looks like the data date, but "Apirl" is not a month: did you mean "Data as of April 2026."?\nNothing was written for ${join(root, 'slip.txt')}.\n`);
  });
});
