import { describe, expect, it } from 'vitest';
import { parseReport, type CodeBlock } from '../../../../src/import/read/parse.ts';
import { reindent } from '../../../../src/import/code/reindent.ts';
import { sameTokens } from '../../../../src/import/code/tokens.ts';
import { CPP_REPLACEMENT, ML_INFRASTRUCTURE } from '../fixtures/rust-editorial.ts';
import { SNIPPETS } from '../fixtures/snippets.ts';
import { sample } from '../helpers.ts';

const flat = (code: string): string[] => code.split('\n').map((l) => l.trimStart());
const rustSnippets = (): CodeBlock[] =>
  parseReport(sample('rust-in-2026.txt'), 'rust-in-2026.txt', { title: 'Rust in 2026' }).parts.flatMap((p) =>
    p.blocks.filter((b): b is CodeBlock => b.kind === 'code'),
  );

describe('re-indenting a brace-language snippet', () => {
  it('indents one level of four spaces per open brace in Rust', () => {
    expect(reindent(['fn main() {', 'if ok {', 'run();', '}', '}'], 'rust')).toEqual(['fn main() {', '    if ok {', '        run();', '    }', '}']);
  });

  it('indents with a tab per level in Go, as gofmt does', () => {
    expect(reindent(['func main() {', 'run()', '}'], 'go')).toEqual(['func main() {', '\trun()', '}']);
  });

  it('indents by two spaces where the language’s formatter does (terraform fmt, scalafmt, buf, Prettier for JSON and GraphQL)', () => {
    for (const language of ['terraform', 'hcl', 'scala', 'proto', 'graphql', 'json'] as const) {
      expect(reindent(['a {', 'b', '}'], language), language).toEqual(['a {', '  b', '}']);
    }
    expect(reindent(['class A {', 'void f();', '}'], 'java')).toEqual(['class A {', '    void f();', '}']);
  });

  it('puts Swift’s case labels at their switch’s level, as Swift’s own style does', () => {
    expect(reindent(['switch x {', 'case .a:', 'run()', 'default:', 'stop()', '}'], 'swift')).toEqual(['switch x {', 'case .a:', '    run()', 'default:', '    stop()', '}']);
  });

  it('keeps a heredoc’s lines as written, leading spaces included, to its end tag', () => {
    const lines = ['resource "x" "y" {', 'policy = <<EOT', '  {"a": 1}', 'EOT', 'name = "z"', '}'];
    expect(reindent(lines, 'terraform')).toEqual(['resource "x" "y" {', '  policy = <<EOT', '  {"a": 1}', 'EOT', '  name = "z"', '}']);
  });

  it('reads PowerShell’s block comments and backtick escapes, so a brace in them opens nothing', () => {
    expect(reindent(['<# a { #>', 'if ($a) {', 'Write-Host "`"{"', '}'], 'powershell')).toEqual(['<# a { #>', 'if ($a) {', '    Write-Host "`"{"', '}']);
  });

  it('adds one level for a line that opens several brackets, and closes them together', () => {
    expect(reindent(['let v = f(g(|x| {', 'x + 1', '}));'], 'rust')).toEqual(['let v = f(g(|x| {', '    x + 1', '}));']);
  });

  it('puts a closing brace back at its opening line’s level, also in "} else {"', () => {
    expect(reindent(['if (a) {', 'b();', '} else {', 'c();', '}'], 'c')).toEqual(['if (a) {', '    b();', '} else {', '    c();', '}']);
  });

  it('indents a method chain’s continuation lines one level', () => {
    expect(reindent(['let n = items', '.iter()', '.count();'], 'rust')).toEqual(['let n = items', '    .iter()', '    .count();']);
  });

  it('indents a line after a trailing operator one level', () => {
    expect(reindent(['const total = a +', 'b;', 'next();'], 'javascript')).toEqual(['const total = a +', '    b;', 'next();']);
  });

  it('does not read Rust’s trailing ? as a ternary', () => {
    expect(reindent(['let x = f()?', 'let y = 2;'], 'rust')).toEqual(['let x = f()?', 'let y = 2;']);
  });

  it('indents the one-statement body of an if, for, while or else without braces', () => {
    expect(reindent(['if (!ok)', 'return;', 'else', 'go();', 'next();'], 'javascript')).toEqual(['if (!ok)', '    return;', 'else', '    go();', 'next();']);
  });

  it('indents case labels inside a C switch and their statements one more level', () => {
    expect(reindent(['switch (x) {', 'case 1:', 'f();', 'break;', 'default:', 'g();', '}'], 'c')).toEqual([
      'switch (x) {',
      '    case 1:',
      '        f();',
      '        break;',
      '    default:',
      '        g();',
      '}',
    ]);
  });

  it('keeps Go case labels at the switch’s level, as gofmt does', () => {
    expect(reindent(['switch x {', 'case 1:', 'f()', '}'], 'go')).toEqual(['switch x {', 'case 1:', '\tf()', '}']);
  });

  it('puts C++ access specifiers one level out from the members', () => {
    expect(reindent(['class A {', 'public:', 'int x;', 'private:', 'int y;', '};'], 'cpp')).toEqual([
      'class A {',
      'public:',
      '    int x;',
      'private:',
      '    int y;',
      '};',
    ]);
  });

  it('ignores brackets inside strings, char literals and comments', () => {
    expect(reindent(['fn f() {', 'let s = "{(";', "let c = '{';", '// }', 'g();', '}'], 'rust')).toEqual([
      'fn f() {',
      '    let s = "{(";',
      "    let c = '{';",
      '    // }',
      '    g();',
      '}',
    ]);
  });

  it('does not read a Rust lifetime as the start of a char literal', () => {
    expect(reindent(["fn f<'a>(x: &'a str) -> &'a str {", 'x', '}'], 'rust')).toEqual(["fn f<'a>(x: &'a str) -> &'a str {", '    x', '}']);
  });

  it('leaves the lines inside a multi-line template string as they are', () => {
    expect(reindent(['function f() {', 'return `', 'a {', '`;', '}'], 'javascript')).toEqual(['function f() {', '    return `', 'a {', '`;', '}']);
  });

  it('aligns the inner lines of a block comment under its first star', () => {
    expect(reindent(['int f() {', '/* one', '* two */', 'return 0;', '}'], 'c')).toEqual(['int f() {', '    /* one', '     * two */', '    return 0;', '}']);
  });

  it('indents the columns of a CREATE TABLE in SQL', () => {
    expect(reindent(['CREATE TABLE t (', 'id INT,', 'name TEXT', ');'], 'sql')).toEqual(['CREATE TABLE t (', '    id INT,', '    name TEXT', ');']);
  });

  it('survives unbalanced closing brackets without negative indentation', () => {
    expect(reindent(['}', '}', 'x();'], 'c')).toEqual(['}', '}', 'x();']);
  });

  it('keeps blank lines blank and never adds or removes a line', () => {
    expect(reindent(['fn a() {', '', 'b();', '}'], 'rust')).toEqual(['fn a() {', '', '    b();', '}']);
  });

  it('changes nothing but leading whitespace in any table snippet', () => {
    for (const s of SNIPPETS) {
      const lines = s.code.split('\n');
      expect(reindent(lines, s.language).map((l) => l.trimStart())).toEqual(lines.map((l) => l.trimStart()));
    }
  });
});

describe('re-indenting the Rust report like its editors (rustfmt style)', () => {
  it('lays out the PyO3 snippet exactly as the editors did, blank lines aside', () => {
    const [pyo3] = rustSnippets();
    expect(reindent(pyo3?.lines ?? [], 'rust')).toEqual(ML_INFRASTRUCTURE.split('\n').filter((l) => l !== ''));
  });

  it('indents every line of the Tokio snippet that the editors kept whole as they did', () => {
    const [, tokio] = rustSnippets();
    const ours = reindent(tokio?.lines ?? [], 'rust');
    const theirs = CPP_REPLACEMENT.split('\n').filter((l) => l !== '');
    const trimmed = (lines: string[]) => new Set(lines.map((l) => l.trim()));
    const [inOurs, inTheirs] = [trimmed(ours), trimmed(theirs)];
    // The editors joined `.await` with `.expect(…)` and split `if n == 0 { return; }` (rustfmt's
    // line breaks); the importer keeps the author's line breaks. The 15 other lines must match.
    const shared = ours.filter((l) => inTheirs.has(l.trim()));
    expect(shared).toHaveLength(15);
    const splitIf = theirs.findIndex((l) => l.trim() === 'if n == 0 {');
    const theirsWhole = theirs.filter((_, i) => i < splitIf || i > splitIf + 2).filter((l) => inOurs.has(l.trim()));
    expect(shared).toEqual(theirsWhole);
  });

  it('keeps the tokens of both Rust snippets equal to the editors’ versions', () => {
    const [pyo3, tokio] = rustSnippets();
    expect(sameTokens(reindent(pyo3?.lines ?? [], 'rust'), flat(ML_INFRASTRUCTURE), 'rust')).toBe(true);
    expect(sameTokens(reindent(tokio?.lines ?? [], 'rust'), flat(CPP_REPLACEMENT), 'rust')).toBe(true);
  });
});
