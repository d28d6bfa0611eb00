import { describe, expect, it } from 'vitest';
import { checkMdx, formatProblems, frontmatterIssues, type CheckContext } from '../../src/lib/content-check.ts';
import { sectionSchema } from '../../src/lib/schemas/section.ts';

const context: CheckContext = {
  languages: new Set(['rust', 'rs', 'python', 'text', 'rst']),
  tables: new Set(['languages-2026']),
  frontmatter: frontmatterIssues(sectionSchema),
};

const frontmatter = ['---', 'title: Verdict', 'description: The report’s recommendation, in one sentence of ours.', 'order: 6', '---', ''];
const mdx = (...body: string[]) => [...frontmatter, ...body].join('\n');
const check = (source: string) => checkMdx(source, context);

describe('checkMdx', () => {
  it('passes a well-formed section with code, a table and escaped braces', () => {
    expect(check(mdx('Text with `{code}` and \\{braces\\}.', '', '```rust title="a.rs" {2}', 'fn a() {}', 'fn b() {}', '```', '', '<ComparisonTable table="languages-2026" />', '{/* a note */}'))).toEqual([]);
  });

  it('names the line of a code fence that is never closed', () => {
    expect(check(mdx('Prose.', '```rust', 'fn main() {}', '', '## A heading swallowed as code'))).toEqual([
      { line: 8, message: expect.stringMatching(/^the code block opened here is never closed: end it with ```/) },
    ]);
  });

  it('names an unknown fence language and suggests the nearest one', () => {
    expect(check(mdx('```rsut', 'fn main() {}', '```'))).toEqual([{ line: 7, message: 'unknown code language "rsut" (did you mean "rust"?): use a language Shiki knows, or "text"' }]);
  });

  it('names a marked line outside its block', () => {
    expect(check(mdx('```rust {2,99}', 'a', 'b', 'c', '```'))).toEqual([{ line: 7, message: 'marks line 99, but the block has 3 lines' }]);
  });

  it('names an expression whose variable is not defined', () => {
    expect(check(mdx('', 'Growth was {growthRate} per cent.'))).toEqual([{ line: 8, message: expect.stringMatching(/^\{growthRate\}: growthRate is not defined/) }]);
  });

  it('accepts expressions over names the file exports and JavaScript globals', () => {
    expect(check(mdx('export const rate = 3;', '', 'Growth was {rate * 2} and {Math.round(2.5)}.'))).toEqual([]);
  });

  it('names a table that does not exist, in the MDX that asks for it', () => {
    expect(check(mdx('<ComparisonTable table="languages-2025" />'))).toEqual([
      { line: 7, message: '<ComparisonTable table="languages-2025" />: there is no table "languages-2025" (the tables are "languages-2026")' },
    ]);
  });

  it('gives a schema problem the line of its field', () => {
    expect(check(mdx().replace('order: 6', 'order: six'))).toEqual([{ line: 4, message: 'order must be a whole number, e.g. 3, not "six"' }]);
  });

  it('gives a misspelt field its own line, without an empty path in front', () => {
    expect(check(mdx().replace('title:', 'navtitle: V\ntitle:'))).toEqual([{ line: 2, message: expect.stringMatching(/^navtitle is not a frontmatter field/) }]);
  });

  it('puts a missing field at the frontmatter’s first line', () => {
    expect(check(mdx().replace(/^description: .*$/m, ''))).toEqual([{ line: 1, message: expect.stringMatching(/^description is missing/) }]);
  });
});

describe('formatProblems', () => {
  it('prints file:line: message, one a line', () => {
    expect(formatProblems('a.mdx', [{ line: 3, message: 'x' }, { line: 9, message: 'y' }])).toBe('a.mdx:3: x\na.mdx:9: y');
  });
});
