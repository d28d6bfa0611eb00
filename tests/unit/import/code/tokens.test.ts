import { describe, expect, it } from 'vitest';
import { formatSnippet } from '../../../../src/import/code/format.ts';
import { parseReport, type CodeBlock } from '../../../../src/import/read/parse.ts';
import { sameTokens, tokenize } from '../../../../src/import/code/tokens.ts';
import { SNIPPETS } from '../fixtures/snippets.ts';
import { SAMPLES, sample } from '../helpers.ts';

describe('tokenizing code', () => {
  it('ignores whitespace between tokens', () => {
    expect(tokenize(['a+b', 'f( x )'], 'c')).toEqual(tokenize(['a + b', 'f(x)'], 'c'));
  });

  it('keeps two words apart even without whitespace between them in the other layout', () => {
    expect(sameTokens(['let x'], ['letx'], 'rust')).toBe(false);
  });

  it('counts whitespace inside a string literal', () => {
    expect(sameTokens(['f("a b")'], ['f("a  b")'], 'javascript')).toBe(false);
  });

  it('notices a reordered, dropped or changed token', () => {
    expect(sameTokens(['use a;', 'use b;'], ['use b;', 'use a;'], 'rust')).toBe(false);
    expect(sameTokens(['x = 1;'], ['x = 1'], 'go')).toBe(false);
    expect(sameTokens(["s = 'a'"], ['s = "a"'], 'javascript')).toBe(false);
  });

  it('keeps multi-character operators whole', () => {
    expect(tokenize(['a::b -> c += d'], 'rust')).toEqual(['a', '::', 'b', '->', 'c', '+=', 'd']);
  });

  it('does not open a string at a Rust lifetime', () => {
    expect(tokenize(["fn f<'a>(x: &'a str) {"], 'rust')).toContain('{');
  });

  it('counts a line break inside a multi-line string as part of it', () => {
    expect(sameTokens(['x = `a', 'b`'], ['x = `a b`'], 'javascript')).toBe(false);
  });
});

const sampleSnippets = SAMPLES.flatMap((name) =>
  parseReport(sample(name), name, { title: 'T' }).parts.flatMap((p) => p.blocks.filter((b): b is CodeBlock => b.kind === 'code')),
);

describe('restoring indentation keeps every token (all fixtures)', () => {
  it.each(SNIPPETS.map((s) => [s.name, s] as const))('keeps the tokens of %s', (_, s) => {
    const lines = s.code.split('\n');
    expect(sameTokens(lines, formatSnippet(lines, s.language).lines, s.language)).toBe(true);
  });

  it.each(sampleSnippets.map((s) => [`${s.language} snippet at line ${s.line}`, s] as const))('keeps the tokens of the sample’s %s', (_, s) => {
    expect(sameTokens(s.lines, formatSnippet(s.lines, s.language).lines, s.language)).toBe(true);
  });

  it('checks the samples’ four snippets', () => {
    expect(sampleSnippets).toHaveLength(4);
  });
});
