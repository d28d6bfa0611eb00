import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../../src/report/errors.ts';
import { parseReport, type Block, type CodeBlock, type ParsedReport as Report } from '../../../../src/import/read/parse.ts';
import { SNIPPETS } from '../fixtures/snippets.ts';
import { importErrorOf, report, sample, SAMPLES } from '../helpers.ts';

const FILE = 'reports/test.txt';
const parse = (text: string | Uint8Array, title?: string) => parseReport(text, FILE, title === undefined ? {} : { title });
const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);
const code = (blocks: readonly Block[]) => blocks.filter((b): b is CodeBlock => b.kind === 'code');

describe('parsing the order of a report (FORMAT.md, "Order of the parts", "Title line", "Sections", "Verdict")', () => {
  it('reads a first line that is neither a finding nor a heading as the title', () => {
    const r = parse(report('WebAssembly in 2026', '- A finding', 'Section 1 — One', 'Text.'));
    expect(r.title).toBe('WebAssembly in 2026');
    expect(r.titleLine).toBe(1);
  });

  it('takes the title from opts.title when the report has no title line', () => {
    const r = parse(report('- A finding', 'Section 1 — One', 'Text.'), 'Rust in 2026');
    expect(r.title).toBe('Rust in 2026');
    expect(r.titleLine).toBeUndefined();
  });

  it('keeps the title line and warns when opts.title differs from it', () => {
    const r = parse(report('Databases in 2026', '- A finding', 'Section 1 — One', 'Text.'), 'Something else');
    expect(r.title).toBe('Databases in 2026');
    expect(r.warnings).toEqual([{ line: 1, message: expect.stringContaining('--title "Something else" was ignored') }]);
  });

  it('reads each "- " line before the first section as one key finding', () => {
    const r = parse(report('T', '- First finding', '- Second — with a dash', 'Section 1 — One', 'Text.'));
    expect(r.findings).toEqual([
      { text: 'First finding', line: 2 },
      { text: 'Second — with a dash', line: 3 },
    ]);
  });

  it('starts numbered sections at "Section N — Title" lines', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', 'Section 2 — Two: the sequel', 'B.'));
    expect(r.parts.map((p) => [p.kind, p.number, p.title, p.line])).toEqual([
      ['section', 1, 'One', 3],
      ['section', 2, 'Two: the sequel', 5],
    ]);
  });

  it('accepts an en dash in a section heading with a warning', () => {
    const r = parse(report('T', '- F', 'Section 1 – One', 'A.'));
    expect(r.parts[0]?.title).toBe('One');
    expect(r.warnings).toEqual([{ line: 3, message: expect.stringContaining('"Section 1 — One"') }]);
  });

  it('accepts a hyphen in a section heading with a warning', () => {
    const r = parse(report('T', '- F', 'Section 1 - One', 'A.'));
    expect(r.parts[0]?.title).toBe('One');
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
  });

  it('accepts a heading with its dash not spaced as the house style has it, with a warning', () => {
    const r = parse(report('T', '- F', 'Section 1—One', 'A.'));
    expect(r.parts[0]?.title).toBe('One');
    expect(r.warnings).toEqual([{ line: 3, message: 'Section 1: spacing; the house style is "Section 1 — One"' }]);
  });

  it('reads "Section 3 shows …" without a dash as a paragraph, not a heading', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Section 3 shows that the trend holds.'));
    expect(kinds(r.parts[0]?.blocks ?? [])).toEqual(['paragraph']);
  });

  it('starts the closing part at a line that is exactly "Verdict"', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', 'Verdict', 'Do it.'));
    expect(r.parts.at(-1)).toMatchObject({ kind: 'verdict', title: 'Verdict', line: 5, blocks: [{ kind: 'paragraph', text: 'Do it.' }] });
  });

  it('reads a line that only starts with "Verdict" as a paragraph', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Verdict: it depends on the workload.'));
    expect(r.parts).toHaveLength(1);
    expect(kinds(r.parts[0]?.blocks ?? [])).toEqual(['paragraph']);
  });

  it('reads "Data as of <Month> <Year>." at the end as the data date', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', 'Data as of November 2025.'));
    expect(r.dataAsOf).toEqual({ text: 'November 2025', iso: '2025-11', line: 5 });
    expect(r.parts[0]?.blocks).toHaveLength(1);
  });

  it('reads a final "— <Author>" line as the sign-off', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', '— Jane Doe'));
    expect(r.author).toEqual({ name: 'Jane Doe', line: 5 });
  });

  it('accepts a sign-off with an en dash, with a warning', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', '– Jane Doe'));
    expect(r.author?.name).toBe('Jane Doe');
    expect(r.warnings).toEqual([{ line: 5, message: 'read as the sign-off; the house style is "— Jane Doe"' }]);
  });

  it('accepts "Data as of" without its final period, with a warning', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', 'Data as of May 2026'));
    expect(r.dataAsOf?.iso).toBe('2026-05');
    expect(r.warnings).toEqual([{ line: 5, message: 'read as the data date; the house style is "Data as of May 2026."' }]);
  });

  it('reads a final sentence after a dash as a paragraph, not a sign-off', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', '— and that is the whole story.'));
    expect(r.author).toBeUndefined();
  });

  it('reads both closing lines in either order, blank lines around them allowed', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'A.', '', '— Jane Doe', '', 'Data as of May 2026.', ''));
    expect(r.author?.name).toBe('Jane Doe');
    expect(r.dataAsOf?.iso).toBe('2026-05');
  });

  it('reads a "Data as of" line inside an earlier part as an ordinary paragraph', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Data as of May 2026.', 'More text follows.', 'Section 2 — Two', 'B.'));
    expect(r.dataAsOf).toBeUndefined();
    expect(r.parts[0]?.blocks).toHaveLength(2);
  });

  it('refuses a report with findings and no sections: a report has at least one section', () => {
    expect(importErrorOf(() => parse(report('T', '- Only a finding')))).toBe(
      `${FILE}: the report has key findings but no sections: a report needs at least "Section 1 — <title>" and its text`,
    );
  });

  it('accepts a report with sections and no findings', () => {
    expect(parse(report('Section 1 — One', 'A.'), 'T').findings).toEqual([]);
  });
});

describe('reading the key findings (FORMAT.md, "Key findings")', () => {
  it.each(['Key findings', 'Key findings:', 'Key Findings', 'KEY FINDINGS', 'Findings', 'findings:', 'Main findings'])('takes "%s" over the findings as their label, not as a title or a finding', (label) => {
    const r = parse(report('Databases in 2026', label, '- F', '- G', 'Section 1 — One', 'A.'));
    expect([r.title, r.findingsLabel, r.findings.map((f) => f.text)]).toEqual(['Databases in 2026', { text: label, line: 2 }, ['F', 'G']]);
  });

  it('takes a label on the first line for a label, so the title comes from --title', () => {
    const r = parse(report('Key findings', '', '- F', 'Section 1 — One', 'A.'), 'Given');
    expect([r.title, r.titleLine, r.findingsLabel?.line, r.findings.length]).toEqual(['Given', undefined, 1, 1]);
  });

  it('refuses a label with no finding under it, naming its line', () => {
    expect(importErrorOf(() => parse(report('T', 'Key findings', 'Section 1 — One', 'A.')))).toBe(`${FILE}:2: "Key findings" labels the key findings, but no finding ("- …") follows it`);
  });
});

describe('reading the closing lines (FORMAT.md, "Closing lines")', () => {
  const closing = (...lines: string[]) => parse(report('T', '- F', 'Section 1 — One', 'A.', ...lines));
  const refusal = (...lines: string[]) => importErrorOf(() => closing(...lines));

  it.each([
    ['Data as of april 2026.', 'April 2026'],
    ['data as of April 2026.', 'April 2026'],
    ['Data as of: April 2026.', 'April 2026'],
    ['Data as of April, 2026.', 'April 2026'],
    ['Data as of Apr 2026.', 'April 2026'],
    ['Data as of Sept. 2025', 'September 2025'],
    ['As of April 2026.', 'April 2026'],
  ])('accepts "%s", whose meaning is certain, as %s with a note', (line, text) => {
    const r = closing(line);
    expect(r.dataAsOf?.text).toBe(text);
    expect(r.warnings).toEqual([{ line: 5, message: `read as the data date; the house style is "Data as of ${text}."` }]);
  });

  it.each([
    ['Data as of Apirl 2026.', 'did you mean "Data as of April 2026."?'],
    ['Data as of 2026-04.', 'did you mean "Data as of April 2026."?'],
    ['Data as of 04/2026', 'did you mean "Data as of April 2026."?'],
    ['Data as of 2026-04-15.', 'did you mean "Data as of April 2026."?'],
    ['Data as of Q1 2026.', 'the house style is "Data as of <Month> <Year>.", e.g. "Data as of March 2026."'],
    ['Data as of April.', 'the house style is "Data as of <Month> <Year>.", e.g. "Data as of March 2026."'],
  ])('refuses "%s" at its line: %s', (line, suggestion) => {
    const message = refusal(line);
    expect(message.startsWith(`${FILE}:5: "${line}" looks like the data date`)).toBe(true);
    expect(message.endsWith(suggestion)).toBe(true);
  });

  it.each(['- Acme Research', '-- Acme Research', '~ Acme Research', '-Acme Research'])('refuses the sign-off "%s" with a hyphen or tilde for the dash, suggesting the em dash', (line) => {
    expect(refusal(line)).toMatch(new RegExp(`^${FILE}:5: "${line}" looks like the sign-off with "[-~]+" for its dash: did you mean "— Acme Research"\\?`));
  });

  it('reads a hyphen line that is not a name as the last paragraph, not as a sign-off', () => {
    const r = closing('- Adopt Rust for new services');
    expect([r.author, kinds(r.parts[0]?.blocks ?? [])]).toEqual([undefined, ['paragraph', 'paragraph']]);
  });

  it('reads a hyphen line next to code as the snippet’s (a YAML list, a SQL comment), not as a sign-off', () => {
    const r = closing('steps:', '- Checkout Code');
    expect([r.author, kinds(r.parts[0]?.blocks ?? [])]).toEqual([undefined, ['paragraph', 'code']]);
  });

  it('refuses a line after the sign-off, naming it and the sign-off', () => {
    expect(refusal('Data as of April 2026.', '— Acme Research', 'Thanks for reading.')).toBe(
      `${FILE}:7: "Thanks for reading." follows the sign-off (line 6): "Data as of …" and "— <Author>" are the report's last lines; move this line above them`,
    );
  });

  it('refuses a line after the data date, even when the date is the only closing line', () => {
    expect(refusal('Data as of April 2026.', '', 'One more thing.')).toMatch(/^reports\/test\.txt:7: "One more thing\." follows the data date \(line 5\)/);
  });

  it('refuses a second sign-off and a second data date', () => {
    expect(refusal('— Jane Doe', '— John Roe')).toBe(`${FILE}:5: a second sign-off: the report's is on line 6`);
    expect(refusal('Data as of May 2026.', 'Data as of June 2026.')).toBe(`${FILE}:5: a second data date: the report's is on line 6`);
  });

  it('reads a short sentence that starts "As of" as the last paragraph, not as a date line', () => {
    const r = closing('As of today, we recommend Rust.');
    expect([r.dataAsOf, r.parts[0]?.blocks.length]).toEqual([undefined, 2]);
  });

  it('leaves a report with neither closing line without a byline and a date, and a "As of 2025, …" sentence a paragraph', () => {
    const r = closing('As of 2025, most teams had already moved their build pipelines to the new runtime.');
    expect([r.author, r.dataAsOf, r.warnings, r.parts[0]?.blocks.length]).toEqual([undefined, undefined, [], 2]);
  });
});

describe('parsing inside a part (FORMAT.md, "Inside a section or the verdict", "Paragraphs", "Tables", "Blank lines")', () => {
  it('reads one paragraph a line, trimmed, with its typographic quotes and dashes', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'It’s “fast” — really.', '  Second line.  '));
    expect(r.parts[0]?.blocks).toEqual([
      { kind: 'paragraph', text: 'It’s “fast” — really.', line: 4 },
      { kind: 'paragraph', text: 'Second line.', line: 5 },
    ]);
  });

  it('reads a pipe table: header, separator, one row a line, trimmed cells, empty cells kept', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', '| Name | Score |', '|---|---|', '| Rust |  |', '| Go | 2 |'));
    expect(r.parts[0]?.blocks).toEqual([
      { kind: 'table', header: ['Name', 'Score'], rows: [['Rust', ''], ['Go', '2']], line: 4 },
    ]);
  });

  it('reads a run of code lines as one snippet, with an opening comment line', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Intro.', '// Adding two numbers', 'fn add(a: i32, b: i32) -> i32 {', 'a + b', '}', 'Outro.'));
    expect(kinds(r.parts[0]?.blocks ?? [])).toEqual(['paragraph', 'code', 'paragraph']);
    expect(code(r.parts[0]?.blocks ?? [])[0]).toMatchObject({ line: 5, language: 'rust', sure: true });
    expect(code(r.parts[0]?.blocks ?? [])[0]?.lines).toHaveLength(4);
  });

  it('reads a run of code lines as one snippet without an opening comment line', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Intro.', 'SELECT id', 'FROM users', 'WHERE active;', 'Outro.'));
    expect(code(r.parts[0]?.blocks ?? [])[0]).toMatchObject({ lines: ['SELECT id', 'FROM users', 'WHERE active;'], line: 5, language: 'sql' });
  });

  it('keeps a blank line inside a snippet as part of it', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'use std::io;', '', 'fn main() {', '}', 'After.'));
    expect(code(r.parts[0]?.blocks ?? [])[0]?.lines).toEqual(['use std::io;', '', 'fn main() {', '}']);
  });

  it('leaves blank lines around a snippet out of it', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Before.', '', 'let x = 1;', '', 'After.'));
    expect(code(r.parts[0]?.blocks ?? [])[0]?.lines).toEqual(['let x = 1;']);
  });

  it('keeps a snippet’s existing indentation exactly', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'def f(x):', '    if x:', '        return 1', 'That is Python.'));
    expect(code(r.parts[0]?.blocks ?? [])[0]?.lines).toEqual(['def f(x):', '    if x:', '        return 1']);
  });

  it('gives blank lines between paragraphs, tables and parts no meaning', () => {
    const packed = parse(report('T', '- F', 'Section 1 — One', 'A.', '| a |', '|---|', '| 1 |', 'B.'));
    const spaced = parse(report('T', '', '- F', '', 'Section 1 — One', '', 'A.', '', '| a |', '|---|', '| 1 |', '', 'B.', ''));
    expect(kinds(spaced.parts[0]?.blocks ?? [])).toEqual(kinds(packed.parts[0]?.blocks ?? []));
  });

  it('reads a table straight after code as a table', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'let x = 1;', '| a | b |', '|---|---|', '| 1 | 2 |'));
    expect(kinds(r.parts[0]?.blocks ?? [])).toEqual(['code', 'table']);
  });

  it('keeps an empty part (a heading straight after a heading)', () => {
    const r = parse(report('T', '- F', 'Section 1 — One', 'Section 2 — Two', 'B.'));
    expect(r.parts[0]?.blocks).toEqual([]);
  });
});

describe('cutting snippets out of prose', () => {
  const before = ['The next example shows the idea in a few lines.', 'Here is how that looks in practice:', 'Consider this short example from a production codebase.'];
  const after = ['This keeps the hot path free of allocations.', 'The result is easier to read than the alternative — and faster.', 'Teams we spoke to use this pattern daily.'];

  it.each(SNIPPETS.map((s, i) => [s.name, s, i] as const))('cuts the %s snippet out of the paragraphs around it, line for line', (_, s, i) => {
    const r = parse(report('T', '- F', 'Section 1 — One', before[i % 3] ?? '', ...s.code.split('\n'), after[i % 3] ?? ''));
    const blocks = r.parts[0]?.blocks ?? [];
    expect(kinds(blocks)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(code(blocks)[0]?.lines).toEqual(s.code.split('\n'));
  });
});

/**
 * Lines of a made-up language, as a publisher pastes a snippet in a language the detector has never
 * heard of: instructions in capitals (`ZORP /src ./out`), calls, assignments of any operator,
 * blocks that open and close, comments after any common marker, indentation, brackets and strings.
 * Every line reads as code to a person; none is a sentence.
 */
const madeUpCode = (() => {
  const ident = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
  const type = fc.stringMatching(/^[A-Z][a-z]{1,7}$/);
  const keyword = fc.stringMatching(/^[A-Z]{2,8}$/);
  const literal = fc.oneof(ident, fc.integer({ min: 0, max: 9999 }).map(String), ident.map((w) => `"${w}"`), fc.array(ident, { minLength: 1, maxLength: 3 }).map((p) => `/${p.join('/')}`), ident.map((w) => `./${w}`));
  const args = fc.array(literal, { minLength: 1, maxLength: 4 });
  const words = fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const line = fc.oneof(
    fc.tuple(keyword, args).map(([k, a]) => `${k} ${a.join(' ')}`),
    fc.tuple(keyword, args).map(([k, a]) => `${k} [${a.map((x) => `"${x.replace(/"/g, '')}"`).join(', ')}]`),
    fc.tuple(ident, ident, args, fc.constantFrom('', ';')).map(([o, m, a, end]) => `${o}.${m}(${a.join(', ')})${end}`),
    fc.tuple(ident, fc.constantFrom('=', ':=', '<-', '?=', '+=', '=>', ':'), literal).map(([name, op, value]) => `${name} ${op} ${value}`),
    fc.tuple(fc.constantFrom('blk', 'when', 'loop', 'proc', 'rule'), ident).map(([k, name]) => `${k} ${name} {`),
    fc.constantFrom('}', '};', 'end', 'fin', ')', ']'),
    fc.tuple(type, ident, literal).map(([t, name, value]) => `${t} ${name} = ${value}`),
    fc.tuple(fc.constantFrom('//', '#', '--', ';;', '%'), words).map(([marker, text]) => `${marker} ${text}`),
    fc.tuple(ident, args).map(([tag, a]) => `<${tag} ${a.map((x, i) => `a${i}="${x.replace(/"/g, '')}"`).join(' ')}>`),
  );
  const indented = fc.tuple(fc.constantFrom('', '', '  ', '    ', '\t'), line).map(([indent, text]) => indent + text);
  return fc.array(fc.oneof({ weight: 9, arbitrary: indented }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 2, maxLength: 12 }).filter((lines) => {
    const trimmed = lines.map((l) => l.trim());
    // A snippet starts and ends with code, and has at least two lines of it.
    return trimmed[0] !== '' && trimmed.at(-1) !== '' && trimmed.filter((l) => l !== '').length >= 2;
  });
})();

/**
 * A sentence of a report: a capitalised word, lower-case words, a full stop (or ! ? :). A lone
 * capitalised word and a colon ("Resources:") is left out: over an indented line it opens a block.
 */
const sentence = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{2,9}$/), fc.array(fc.stringMatching(/^[a-z]{2,9}$/), { minLength: 0, maxLength: 12 }), fc.constantFrom('.', '!', '?', ':'))
  .filter(([, rest, end]) => rest.length > 0 || end !== ':')
  .map(([first, rest, end]) => `${[first, ...rest].join(' ')}${end}`);

describe('keeping a snippet in a language nobody told the importer about in one block (FORMAT.md, "Code snippets")', () => {
  it('reads any run of code lines between two sentences as one code block, line for line', () => {
    fc.assert(
      fc.property(sentence, madeUpCode, sentence, (before, snippet, after) => {
        const r = parse(report('T', '- F', 'Section 1 — One', before, ...snippet, after));
        const blocks = r.parts[0]?.blocks ?? [];
        expect(kinds(blocks)).toEqual(['paragraph', 'code', 'paragraph']);
        expect(code(blocks)[0]?.lines).toEqual(snippet.map((l) => l.trimEnd()));
        expect(blocks[0]).toMatchObject({ text: before });
        expect(blocks[2]).toMatchObject({ text: after });
      }),
      { seed: 20, numRuns: 1000 },
    );
    // A second or two alone; the test builds share the machine with the unit tests.
  }, 60_000);

  it('reads a snippet of such lines as one block with no sentence around it too', () => {
    fc.assert(
      fc.property(madeUpCode, (snippet) => {
        const blocks = parse(report('T', '- F', 'Section 1 — One', ...snippet)).parts[0]?.blocks ?? [];
        expect(kinds(blocks)).toEqual(['code']);
      }),
      { seed: 21, numRuns: 500 },
    );
  }, 60_000);
});

describe('refusing malformed reports (FORMAT.md, "Malformed input", "Characters")', () => {
  it('throws an SourceError that carries the file, the line and what is wrong apart', () => {
    const error = (() => {
      try {
        parse(report('T', '- F', 'Section 2 — Two'));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ file: FILE, line: 3, problem: 'Section 2 is out of order: expected Section 1' });
  });

  it('refuses an empty file without a line number', () => {
    expect(importErrorOf(() => parse(''))).toBe(`${FILE}: the file is empty`);
  });

  it('refuses a file of blank lines as empty', () => {
    expect(importErrorOf(() => parse('\n  \n\n'))).toBe(`${FILE}: the file is empty`);
  });

  it('refuses a binary file (NUL bytes)', () => {
    expect(importErrorOf(() => parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a])))).toBe(
      `${FILE}: this is a binary file (it contains NUL bytes), not a plain-text report`,
    );
  });

  it('refuses text that is not UTF-8, naming the first bad line', () => {
    const latin1 = Buffer.concat([Buffer.from('T\n- F\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(importErrorOf(() => parse(latin1))).toBe(`${FILE}:3: the text is not valid UTF-8; save the report as UTF-8`);
  });

  it('reads UTF-8 bytes, with or without a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café in 2026\n- Crème\nSection 1 — One\nText.\n')]);
    expect(parse(bytes).title).toBe('Café in 2026');
  });

  it('refuses a report with no findings and no sections', () => {
    expect(importErrorOf(() => parse(report('Just a title')))).toBe(
      `${FILE}: no key findings ("- …" lines) and no sections ("Section 1 — …"): this is not a report in the house style`,
    );
  });

  it('refuses a report without a title line when no title is given, saying to pass --title', () => {
    expect(importErrorOf(() => parse(report('- F', 'Section 1 — One', 'A.')))).toBe(
      `${FILE}: the report has no title line; give its title with --title "…"`,
    );
  });

  it('refuses a first section that is not Section 1', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 2 — Two', 'B.')))).toBe(`${FILE}:3: Section 2 is out of order: expected Section 1`);
  });

  it('refuses a gap in the section numbers', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', 'A.', 'Section 3 — Three', 'C.')))).toBe(
      `${FILE}:5: Section 3 is out of order: expected Section 2`,
    );
  });

  it('refuses a repeated section number', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', 'Section 1 — Again')))).toBe(
      `${FILE}:4: Section 1 is out of order: expected Section 2`,
    );
  });

  it('refuses a section heading without a title', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — ')))).toBe(`${FILE}:3: Section 1 has no title after the dash`);
  });

  it('refuses a Verdict before any section', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Verdict', 'Do it.')))).toBe(
      `${FILE}:3: Verdict before any section: the verdict closes the report, after its sections`,
    );
  });

  it('refuses a second Verdict', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', 'Verdict', 'A.', 'Verdict', 'B.')))).toBe(
      `${FILE}:6: a second Verdict: the report's verdict is already on line 4`,
    );
  });

  it('refuses a section after the Verdict', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', 'Verdict', 'A.', 'Section 2 — Two')))).toBe(
      `${FILE}:6: Section 2 after the Verdict (line 4): the verdict comes after every section`,
    );
  });

  it('refuses a table row with the wrong number of cells', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', '| a | b |', '|---|---|', '| 1 | 2 |', '| 3 |')))).toBe(
      `${FILE}:7: table row has 1 cell, but the header has 2`,
    );
  });

  it('refuses a table without its separator row', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', '| a | b |', '| 1 | 2 |')))).toBe(
      `${FILE}:5: separator row missing: the table header on line 4 must be followed by a row of dashes such as |---|---|`,
    );
  });

  it('refuses a separator row with the wrong number of cells', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', '| a | b |', '|---|', '| 1 | 2 |')))).toBe(
      `${FILE}:5: separator row has 1 cell, but the header has 2`,
    );
  });

  it('reports the earliest fault first when a report has two', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'Section 1 — One', '| a |', '| 1 |', 'Section 3 — Three')))).toBe(
      `${FILE}:5: separator row missing: the table header on line 4 must be followed by a row of dashes such as |---|`,
    );
  });

  it('refuses text between the findings and the first section', () => {
    expect(importErrorOf(() => parse(report('T', '- F', 'A stray paragraph.', 'Section 1 — One')))).toBe(
      `${FILE}:3: expected a key finding ("- …") or "Section 1 — <title>" here; text before the first section must be findings`,
    );
  });
});

describe('parsing the sample reports', () => {
  it('reads the Rust report: no title line, 4 findings, 5 sections and a verdict, March 2026, the research team', () => {
    const r = parseReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' });
    expect([r.title, r.titleLine, r.findings.length, r.parts.length]).toEqual(['Rust in 2026', undefined, 4, 6]);
    expect(r.parts.map((p) => kinds(p.blocks).join(','))).toEqual([
      'paragraph,paragraph',
      'paragraph,paragraph,code,paragraph',
      'table',
      'paragraph,paragraph,code,paragraph,paragraph',
      'paragraph,paragraph',
      'paragraph',
    ]);
    expect(r.dataAsOf).toEqual({ text: 'March 2026', iso: '2026-03', line: 70 });
    expect(r.author).toEqual({ name: 'iBuidl Research Team', line: 71 });
    expect(r.warnings).toEqual([]);
  });

  it('cuts the Rust report’s snippets exactly: comment line first, closing brace last', () => {
    const r = parseReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' });
    const snippets = r.parts.flatMap((p) => code(p.blocks));
    expect(snippets.map((s) => [s.line, s.lines.length, s.language, s.lines[0], s.lines.at(-1)])).toEqual([
      [11, 21, 'rust', '// PyO3: exposing a Rust tokenizer to Python', '}'],
      [43, 20, 'rust', '// Example: async networking with Tokio — the Rust async runtime', '}'],
    ]);
  });

  it('reads the sentences around the Rust snippets as paragraphs', () => {
    const r = parseReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' });
    const paragraphs = r.parts.flatMap((p) => p.blocks).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs.filter((t) => /^(The pattern is:|This pattern —|This Tokio-based echo server)/.test(t))).toHaveLength(3);
  });

  it('reads the databases report: its title line, 3 findings, 3 sections, SQL and C++ snippets, a table after code, May 2026', () => {
    const r = parseReport(sample('sample-databases-2026.txt'), 'sample-databases-2026.txt');
    expect([r.title, r.titleLine, r.findings.length]).toEqual(['Databases in 2026', 1, 3]);
    expect(r.parts.map((p) => [p.kind, p.number, kinds(p.blocks).join(',')])).toEqual([
      ['section', 1, 'paragraph,code,paragraph'],
      ['section', 2, 'paragraph'],
      ['section', 3, 'paragraph,code,table'],
    ]);
    expect(r.parts.flatMap((p) => code(p.blocks)).map((s) => [s.line, s.lines.length, s.language])).toEqual([
      [7, 6, 'sql'],
      [18, 23, 'cpp'],
    ]);
    expect(r.dataAsOf).toEqual({ text: 'May 2026', iso: '2026-05', line: 46 });
    expect(r.author?.name).toBe('iBuidl Research Team');
  });

  it('reads the minimal report: one finding, one section with one paragraph, no closing lines', () => {
    const r = parseReport(sample('sample-minimal.txt'), 'sample-minimal.txt', { title: 'Minimal' });
    expect(r.findings).toHaveLength(1);
    expect(r.parts.map((p) => [p.number, kinds(p.blocks).join(',')])).toEqual([[1, 'paragraph']]);
    expect([r.dataAsOf, r.author]).toEqual([undefined, undefined]);
  });
});

/** Every report line the model holds, by line number, as text (headings and closing lines rebuilt). */
function linesOfModel(r: Report): Map<number, string> {
  const held = new Map<number, string>();
  const hold = (line: number, text: string) => {
    expect(held.has(line), `line ${line} held twice`).toBe(false);
    held.set(line, text);
  };
  if (r.titleLine !== undefined) hold(r.titleLine, r.title);
  if (r.findingsLabel) hold(r.findingsLabel.line, r.findingsLabel.text);
  for (const f of r.findings) hold(f.line, `- ${f.text}`);
  for (const p of r.parts) {
    hold(p.line, p.kind === 'verdict' ? 'Verdict' : `Section ${p.number} — ${p.title}`);
    for (const b of p.blocks) {
      if (b.kind === 'paragraph') hold(b.line, b.text);
      if (b.kind === 'code') b.lines.forEach((l, i) => l.trim() !== '' && hold(b.line + i, l));
      if (b.kind === 'table') {
        hold(b.line, `| ${b.header.join(' | ')} |`);
        hold(b.line + 1, '|' + b.header.map(() => '---|').join(''));
        b.rows.forEach((row, i) => hold(b.line + 2 + i, `| ${row.join(' | ')} |`));
      }
    }
  }
  if (r.dataAsOf) hold(r.dataAsOf.line, `Data as of ${r.dataAsOf.text}.`);
  if (r.author) hold(r.author.line, `— ${r.author.name}`);
  return held;
}

describe('keeping every line of a report (FORMAT.md, "What an importer must never do")', () => {
  it('holds a findings label and slips accepted in the closing lines at their own lines too', () => {
    const text = report('T', 'Key findings:', '- F', 'Section 1 — One', 'A.', 'Data as of May 2026.', '– Jane Doe');
    const held = linesOfModel(parseReport(text, FILE));
    expect([...held.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(SAMPLES)('holds each non-blank line of %s exactly once, at its own line number, word for word', (name) => {
    const text = sample(name).toString('utf8');
    const expected = new Map(text.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [[i + 1, l.trim()] as const])));
    const held = new Map([...linesOfModel(parseReport(text, name, { title: 'T' }))].map(([line, l]) => [line, l.trim()]));
    expect(held).toEqual(expected);
  });
});
