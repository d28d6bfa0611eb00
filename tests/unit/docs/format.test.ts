import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedReport } from '../../../src/import/read/parse.ts';
import { readReport } from '../../../src/import/read/read-report.ts';
import { LANGUAGE_TABLE } from '../../../src/report/languages.ts';
import { SourceError } from '../../../src/report/errors.ts';
import { projectRoot } from '../../support/paths.ts';

// docs/FORMAT.md is the one description of the house style: its examples marked "(tested)" are
// run here, and every rule it states is cited by the parser's tests, so the page and the importer
// cannot drift apart.
const format = readFileSync(join(projectRoot, 'docs/FORMAT.md'), 'utf8');

/** The text of the section under a heading (any level), up to the next heading of that level or above. */
function section(heading: string): string {
  const match = new RegExp(`^(#+) ${heading}$`, 'm').exec(format);
  if (!match) throw new Error(`docs/FORMAT.md has no heading "${heading}"`);
  const rest = format.slice(match.index + match[0].length);
  const next = new RegExp(`^#{1,${match[1]?.length ?? 1}} `, 'm').exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** The rows of the first table in a text: each row's cells, header and separator left out. */
function tableRows(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.startsWith('| ') && !/^\|\s*-/.test(line));
  return rows.slice(1).map((row) => row.slice(2, -2).split(' | '));
}

/** The first ```text block in a text. */
function textBlock(text: string): string {
  const block = /```text\n([\s\S]*?)\n```/.exec(text)?.[1];
  if (block === undefined) throw new Error('no ```text block');
  return `${block}\n`;
}

const unquote = (cell: string) => /^`(.*)`$/.exec(cell)?.[1] ?? cell;

/** The error a parse throws, or undefined. */
function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
}

describe('docs/FORMAT.md', () => {
  it('reads its whole example report as it says', () => {
    const r = parseReport(textBlock(format.slice(0, format.indexOf('## '))), 'example.txt');
    expect([r.title, r.findingsLabel?.text, r.findings.length, r.parts.map((p) => p.title), r.dataAsOf?.text, r.author?.name, r.warnings]).toEqual([
      'Databases in 2026',
      'Key findings',
      2,
      ['The Default Database', 'Analytics Close to the Data', 'Verdict'],
      'May 2026',
      'iBuidl Research Team',
      [],
    ]);
    expect(readReport(textBlock(format), 'example.txt').report.parts[0]?.blocks.map((b) => (b.kind === 'code' ? b.language : b.kind))).toEqual(['paragraph', 'sql']);
  });

  it.each(tableRows(section('Key findings')))('accepts %s as the label over the findings', (cell) => {
    const label = unquote(cell);
    const r = parseReport(`T\n${label}\n- F\nSection 1 — One\nA.\n`, 'label.txt');
    expect([r.title, r.findingsLabel?.text, r.findings.length]).toEqual(['T', label, 1]);
  });

  it.each(tableRows(section('Closing lines')))('reads the closing line %s as its table says: %s', (cell, outcome) => {
    const line = unquote(cell);
    const text = `T\n- F\nSection 1 — One\nA.\n${line}\n`;
    const refused = /^refused: (.+)$/.exec(outcome ?? '')?.[1];
    if (refused) {
      expect(refusal(() => parseReport(text, 'closing.txt'))).toMatch(new RegExp(`^"${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" looks like the .*${refused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      return;
    }
    const read = /^the (data date|sign-off), (.+?)(, with a note)?$/.exec(outcome ?? '');
    expect(read, `an outcome the test reads: ${outcome}`).not.toBeNull();
    const r: ParsedReport = parseReport(text, 'closing.txt');
    expect(read?.[1] === 'data date' ? r.dataAsOf?.text : r.author?.name).toBe(read?.[2]);
    expect(r.warnings.length).toBe(read?.[3] ? 1 : 0);
  });

  it('reads its Dockerfile example as two paragraphs around one snippet of five lines', () => {
    const r = parseReport(`T\n- F\n${textBlock(section('Code snippets'))}`, 'snippet.txt');
    expect(r.parts[0]?.blocks.map((b) => (b.kind === 'code' ? `code ${b.lines.length} ${b.language}` : b.kind))).toEqual(['paragraph', 'code 5 dockerfile', 'paragraph']);
  });

  it('lists exactly the languages of src/report/languages.ts, by the labels readers see', () => {
    const listed = tableRows(section('Code snippets')).map(([label, id]) => [label, unquote(id ?? '')]);
    const table = Object.entries(LANGUAGE_TABLE).filter(([id]) => id !== 'text').map(([id, entry]) => [entry.label, id]);
    expect(listed).toEqual(table);
  });

  it('gives messages the importer prints, word for word, for the malformed texts it lists', () => {
    const messages = tableRows(section('Malformed input')).map(([, message]) => unquote(message ?? '').replace(/^report\.txt(?::\d+)?: /, ''));
    const source = readdirSync(join(projectRoot, 'src/import/read')).map((file) => readFileSync(join(projectRoot, 'src/import/read', file), 'utf8')).join('\n');
    // Each message's fixed words are in the parser's source (the variable parts, numbers and quoted lines, aside).
    for (const message of messages) {
      for (const words of message.split(/"[^"]*"|\d+|[<>]/).map((w) => w.trim()).filter((w) => w.length > 12)) expect(source, message).toContain(words);
    }
  });

  it('has every rule cited by a test that holds the importer to it (a describe naming FORMAT.md, "<rule>")', () => {
    const rules = [...format.matchAll(/^###? (.+)$/gm)].map((m) => m[1]).filter((h) => h !== undefined);
    const dir = join(projectRoot, 'tests/unit');
    const tests = (readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.test.ts') && !file.startsWith('docs'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const citations = [...tests.matchAll(/FORMAT\.md, ((?:"[^"]+"(?:, )?)+)/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/"([^"]+)"/g)].map((q) => q[1]));
    expect(rules.filter((rule) => !citations.includes(rule))).toEqual([]);
  });
});
