import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/import/code/detect.ts';
import { readReport } from '../../../../src/import/read/read-report.ts';
import { LANGUAGE_IDS } from '../../../../src/report/languages.ts';
import { SNIPPETS } from '../fixtures/snippets.ts';
import { report } from '../helpers.ts';

const results = SNIPPETS.map((s) => ({ ...s, detected: detectLanguage(s.code.split('\n')) }));

describe('detecting a snippet’s language', () => {
  it('covers at least 200 snippets, in every language of the table', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SNIPPETS.map((s) => s.language))).toEqual(new Set(LANGUAGE_IDS.filter((id) => id !== 'text')));
  });

  it('has at least three snippets of each language, with and without an opening comment where it has comments', () => {
    for (const language of LANGUAGE_IDS.filter((id) => id !== 'text')) {
      const own = SNIPPETS.filter((s) => s.language === language);
      expect(own.length, language).toBeGreaterThanOrEqual(3);
      // JSON and diffs have no comments.
      if (language === 'json' || language === 'diff') continue;
      const opensWithComment = own.filter((s) => /^(?:\/\/|#|--|;)\s/.test(s.code));
      expect(opensWithComment.length, `${language} snippets opening with a comment`).toBeGreaterThan(0);
      expect(opensWithComment.length, `${language} snippets without one`).toBeLessThan(own.length);
    }
  });

  it('names at least 95 % of the table’s snippets right', () => {
    const right = results.filter((r) => r.detected.language === r.language).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never gives a snippet a wrong language: it answers right or plain text', () => {
    const wrong = results.filter((r) => r.detected.language !== r.language && r.detected.language !== 'text');
    expect(wrong.map((r) => `${r.name} -> ${r.detected.language} (${r.detected.reason})`)).toEqual([]);
  });

  it('is sure exactly when it names a language', () => {
    expect(results.every((r) => r.detected.sure === (r.detected.language !== 'text'))).toBe(true);
  });

  it('fences every snippet it is unsure of as plain text, and says so at its line', () => {
    const unsure = results.filter((r) => !r.detected.sure);
    for (const r of unsure) {
      const { report: read, notes } = readReport(report('T', '- F', 'Section 1 — One', 'Here it is.', ...r.code.split('\n'), 'That is all.'), 'unsure.txt');
      const [snippet] = read.parts[0]?.blocks.filter((b) => b.kind === 'code') ?? [];
      expect([snippet?.language, notes.filter((n) => n.unsureSnippet).map((n) => n.line)], r.name).toEqual(['text', [5]]);
    }
  });

  it('answers plain text, unsure, for a snippet with nothing language-specific', () => {
    expect(detectLanguage(['x = y', 'y = z'])).toMatchObject({ language: 'text', sure: false });
  });

  it('answers plain text when two languages have the same evidence', () => {
    // Valid Rust and valid TypeScript alike: nothing tells them apart.
    expect(detectLanguage(['let x = 1;', 'let y = x + 1;'])).toMatchObject({ language: 'text', sure: false });
  });

  it('lets a # comment rule out the C family', () => {
    expect(detectLanguage(['# Build the binary', 'make release']).language).toBe('shell');
  });

  it('lets a -- comment mean SQL', () => {
    expect(detectLanguage(['-- Everything', 'select * from t;']).language).toBe('sql');
  });

  it('takes a language named in the opening comment as evidence', () => {
    expect(detectLanguage(['// C++: a counter', 'int count = 0;', 'count += 1;']).language).toBe('cpp');
  });

  it('does not score keywords inside string literals', () => {
    expect(detectLanguage(['cursor.execute("SELECT id FROM users WHERE id = 1")']).language).not.toBe('sql');
  });

  it('calls a C-family snippet with nothing C++-only C', () => {
    expect(detectLanguage(['#include <stdint.h>', 'uint32_t crc = 0;']).language).toBe('c');
  });

  it('calls an ECMAScript snippet with type annotations TypeScript', () => {
    expect(detectLanguage(['const port: number = 8080;', 'console.log(port);']).language).toBe('typescript');
  });

  it('calls an ECMAScript snippet without type annotations JavaScript', () => {
    expect(detectLanguage(['const port = 8080;', 'console.log(port);']).language).toBe('javascript');
  });

  it('takes a file the opening comment names as evidence', () => {
    expect(detectLanguage(['# Cargo.toml', 'name = "ingest"', 'version = "0.3.1"']).language).toBe('toml');
    expect(detectLanguage(['// build.gradle.kts', 'plugins {', 'application', '}']).language).toBe('kotlin');
  });

  it('tells INI from TOML by a bare word as a value, which TOML never has', () => {
    expect(detectLanguage(['[core]', 'editor = vim', 'autocrlf = input']).language).toBe('ini');
    expect(detectLanguage(['[package]', 'name = "ingest"', 'edition = "2024"']).language).toBe('toml');
  });

  it('reads FROM as a Dockerfile’s only when it opens the snippet, not after a SELECT', () => {
    expect(detectLanguage(['FROM alpine:3.20', 'RUN apk add curl']).language).toBe('dockerfile');
    expect(detectLanguage(['SELECT author, count(*)', 'FROM reports', 'GROUP BY author;']).language).toBe('sql');
  });

  it('lets a diff’s hunk header outweigh the code in its lines', () => {
    expect(detectLanguage(['@@ -1,3 +1,3 @@', 'fn main() {', '-let x = 1;', '+let mut x = 1;', '}']).language).toBe('diff');
  });
});
