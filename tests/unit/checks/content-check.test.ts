import { describe, expect, it } from 'vitest';
import { checkMdx, formatProblems, frontmatterIssues, type CheckContext } from '../../../src/checks/content/content-check.ts';
import { partSchema } from '../../../src/report/schemas/part.ts';

const context: CheckContext = {
  languages: new Set(['rust', 'rs', 'python', 'text', 'rst']),
  tables: new Set(['rust/languages-2026', 'other/table-1']),
  frontmatter: frontmatterIssues(partSchema),
};

const frontmatter = ['---', 'report: rust', 'key: verdict', 'title: Verdict', 'slug: verdict', 'order: 6', 'line: 70', '---', ''];
const mdx = (...body: string[]) => [...frontmatter, ...body].join('\n');
const check = (source: string) => checkMdx(source, context);

describe('checkMdx', () => {
  it('passes a well-formed section with code, a table and escaped braces', () => {
    expect(check(mdx('Text with `{code}` and \\{braces\\}.', '', '```rust title="a.rs" {2}', 'fn a() {}', 'fn b() {}', '```', '', '<DataTable table="rust/languages-2026" />', '{/* a note */}'))).toEqual([]);
  });

  it('names the line of a code fence that is never closed', () => {
    expect(check(mdx('Prose.', '```rust', 'fn main() {}', '', '## A heading swallowed as code'))).toEqual([
      { line: 11, message: expect.stringMatching(/^the code block opened here is never closed: end it with ```/) },
    ]);
  });

  it('names an unknown fence language and suggests the nearest one', () => {
    expect(check(mdx('```rsut', 'fn main() {}', '```'))).toEqual([{ line: 10, message: 'unknown code language "rsut" (did you mean "rust"?): use a language Shiki knows, or "text"' }]);
  });

  it('names a marked line outside its block', () => {
    expect(check(mdx('```rust {2,99}', 'a', 'b', 'c', '```'))).toEqual([{ line: 10, message: 'marks line 99, but the block has 3 lines' }]);
  });

  it('names an expression whose variable is not defined', () => {
    expect(check(mdx('', 'Growth was {growthRate} per cent.'))).toEqual([{ line: 11, message: expect.stringMatching(/^\{growthRate\}: growthRate is not defined/) }]);
  });

  it('accepts expressions over names the file exports and JavaScript globals', () => {
    expect(check(mdx('export const rate = 3;', '', 'Growth was {rate * 2} and {Math.round(2.5)}.'))).toEqual([]);
  });

  it('names a table that does not exist, in the MDX that asks for it', () => {
    expect(check(mdx('<DataTable table="rust/languages-2025" />'))).toEqual([
      { line: 10, message: '<DataTable table="rust/languages-2025" />: there is no table "rust/languages-2025" (this report\'s tables are "rust/languages-2026")' },
    ]);
  });

  it('gives a schema problem the line of its field', () => {
    expect(check(mdx().replace('order: 6', 'order: six'))).toEqual([{ line: 6, message: 'order must be a whole number (the position in the report), not "six"' }]);
  });

  it('gives a misspelt field its own line, without an empty path in front', () => {
    expect(check(mdx().replace('title:', 'navtitle: V\ntitle:'))).toEqual([{ line: 4, message: expect.stringMatching(/^navtitle is not a field of a part's frontmatter/) }]);
  });

  it('puts a missing field at the frontmatter’s first line', () => {
    expect(check(mdx().replace(/^title: .*$/m, ''))).toEqual([{ line: 1, message: expect.stringMatching(/^title is missing/) }]);
  });
});

describe('formatProblems', () => {
  it('prints file:line: message, one a line', () => {
    expect(formatProblems('a.mdx', [{ line: 3, message: 'x' }, { line: 9, message: 'y' }])).toBe('a.mdx:3: x\na.mdx:9: y');
  });
});
