import { describe, expect, it } from 'vitest';
import { formatSnippet, hasIndentation, restoreBlankLines } from '../../../../src/import/code/format.ts';

describe('restoring a snippet’s layout', () => {
  it('lays out Go with gofmt', () => {
    expect(formatSnippet(['func f() {', 'if ok {', 'run()', '}', '}'], 'go')).toEqual({
      lines: ['func f() {', '\tif ok {', '\t\trun()', '\t}', '}'],
      by: 'gofmt',
    });
  });

  it('lays out C++ with clang-format at four spaces, access specifiers at the class’s level', () => {
    expect(formatSnippet(['class A {', 'public:', 'void f() {', 'g();', '}', 'private:', 'int x_;', '};'], 'cpp')).toEqual({
      lines: ['class A {', 'public:', '    void f() {', '        g();', '    }', 'private:', '    int x_;', '};'],
      by: 'clang-format',
    });
  });

  it('lays out C with clang-format', () => {
    expect(formatSnippet(['int main(void) {', 'return 0;', '}'], 'c').by).toBe('clang-format');
  });

  it('falls back to the re-indenter, with a note, when the formatter changes a token', () => {
    // gofmt drops the redundant semicolon: a token the author wrote.
    expect(formatSnippet(['func f() {', 'x := 1;', '}'], 'go')).toEqual({
      lines: ['func f() {', '\tx := 1;', '}'],
      by: 'reindent',
      note: 'gofmt changed a token; indented by the importer instead',
    });
  });

  it('falls back to the re-indenter, with a note, when the formatter cannot read the snippet', () => {
    const result = formatSnippet(['func f() {', 'run()'], 'go');
    expect([result.by, result.lines]).toEqual(['reindent', ['func f() {', '\trun()']]);
    expect(result.note).toMatch(/^gofmt could not read the snippet \(.+\); indented by the importer$/);
  });

  it('re-indents Rust, TypeScript and JavaScript with the importer’s re-indenter', () => {
    expect(formatSnippet(['fn f() {', 'g();', '}'], 'rust').by).toBe('reindent');
    expect(formatSnippet(['function f(): void {', 'g();', '}'], 'typescript').by).toBe('reindent');
    expect(formatSnippet(['function f() {', 'g();', '}'], 'javascript').by).toBe('reindent');
  });

  it('keeps Python exactly as written', () => {
    const python = ['def f(x):', '    return x'];
    expect(formatSnippet(python, 'python')).toEqual({ lines: python, by: 'kept' });
  });

  it('lays out a snippet of a language it does not know by its braces, when they open and close in order', () => {
    expect(formatSnippet(['plugins {', 'kotlin("jvm") version "2.1.0"', '}'], 'text')).toEqual({
      lines: ['plugins {', '    kotlin("jvm") version "2.1.0"', '}'],
      by: 'reindent',
    });
    // A brace inside a string opens nothing.
    expect(formatSnippet(['val s = "{"', 'f(s)'], 'text').by).toBe('kept');
  });

  it('keeps plain text exactly as written when its brackets do not close in order', () => {
    expect(formatSnippet(['a {', 'b', ')'], 'text').by).toBe('kept');
    expect(formatSnippet(['a {', 'b'], 'text').by).toBe('kept');
  });

  it('keeps a brace-language snippet that still has its indentation exactly', () => {
    const go = ['func f() {', '    run()', '}'];
    expect(formatSnippet(go, 'go')).toEqual({ lines: go, by: 'kept' });
  });

  it('does not add the blank lines a formatter would add', () => {
    // gofmt puts a blank line after an import; the author wrote none.
    expect(formatSnippet(['import "os"', 'func f() {', 'return', '}'], 'go').lines).toEqual(['import "os"', 'func f() {', '\treturn', '}']);
  });

  it('keeps the author’s blank lines, even several in a row', () => {
    expect(formatSnippet(['func f() {', 'a()', '', '', 'b()', '}'], 'go').lines).toEqual(['func f() {', '\ta()', '', '', '\tb()', '}']);
  });
});

describe('telling whether a snippet has indentation', () => {
  it('sees indentation on any line', () => {
    expect(hasIndentation(['a {', '\tb', '}'])).toBe(true);
  });

  it('sees none when every line starts at column 0, blank lines with spaces aside', () => {
    expect(hasIndentation(['a {', '   ', 'b', '}'])).toBe(false);
  });
});

describe('putting blank lines back where the author had them', () => {
  it('drops a blank line the formatter added', () => {
    expect(restoreBlankLines(['a;', 'b;'], ['a;', '', 'b;'], 'c')).toEqual(['a;', 'b;']);
  });

  it('puts back a blank line the formatter removed', () => {
    expect(restoreBlankLines(['a;', '', 'b;'], ['a;', 'b;'], 'c')).toEqual(['a;', '', 'b;']);
  });

  it('never touches a blank line inside a multi-line string', () => {
    expect(restoreBlankLines(['x := `a', '', 'b`'], ['x := `a', '', 'b`'], 'go')).toEqual(['x := `a', '', 'b`']);
  });
});
