import { describe, expect, it } from 'vitest';
import { checkMdx, formatProblems, frontmatterIssues, type CheckContext } from '../../../src/checks/content/content-check.ts';
import { partSchema } from '../../../src/report/schemas/part.ts';
import { closestWord } from '../../../src/lib/edit-distance.ts';

const context: CheckContext = {
  languages: new Set(['rust', 'rs', 'python', 'text', 'rst']),
  suggestLanguage: (name) => closestWord(name, ['rust', 'rs', 'python', 'text', 'rst']),
  tables: new Set(['rust/languages-2026', 'other/table-1']),
  frontmatter: frontmatterIssues(partSchema),
};

const frontmatter = ['---', 'report: rust', 'key: verdict', 'title: Verdict', 'slug: verdict', 'order: 6', 'line: 70', '---', ''];
const mdx = (...body: string[]) => [...frontmatter, ...body].join('\n');
const check = (source: string) => checkMdx(source, context);

describe('checkMdx', () => {
  it('passes a well-formed section: a heading of ours, text with escaped characters and a link, code, a table', () => {
    const body = ['## A heading', '', 'Text with \\{braces\\}, \\<T> and [https://x.org](https://x.org).', '', '```rust title="a.rs" {2}', 'fn a() {}', 'fn b() {}', '```', '', '<DataTable table="rust/languages-2026" />'];
    expect(check(mdx(...body))).toEqual([]);
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

  it('refuses an expression, which MDX would run as code at build time, naming its line', () => {
    expect(check(mdx('', 'Growth was {growthRate} per cent.'))).toEqual([{ line: 11, message: expect.stringMatching(/^a \{…\} expression, which MDX runs as JavaScript/) }]);
  });

  it('refuses an import or export statement, even one naming only what the file declares', () => {
    expect(check(mdx('export const rate = 3;', '', 'Growth was {rate * 2}.'))).toEqual([
      { line: 10, message: expect.stringMatching(/^an import or export statement, which MDX runs as JavaScript/) },
      { line: 12, message: expect.stringMatching(/^a \{…\} expression/) },
    ]);
  });

  it('refuses raw HTML, inline components, other components, attribute expressions and links to scripts', () => {
    const problems = check(mdx('<div>raw</div>', '', 'A <b>bold</b> claim.', '', '<Other />', '', '<DataTable table={x} />', '', '[click](javascript:alert(1))'));
    expect(problems.map((p) => p.line)).toEqual([10, 12, 14, 16, 18]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^<div…> is not one of the site's components/),
      expect.stringMatching(/^a component inside a line of text/),
      expect.stringMatching(/^<Other…> is not one of the site's components/),
      expect.stringMatching(/^<DataTable>: attributes must be literal text/),
      expect.stringMatching(/^a link to "javascript:alert\(1\)"/),
    ]);
  });

  it('refuses MDX the parser cannot read, naming its line', () => {
    expect(check(mdx('', 'An unclosed expression {growthRate'))).toEqual([{ line: 11, message: expect.stringMatching(/^not valid MDX: /) }]);
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
