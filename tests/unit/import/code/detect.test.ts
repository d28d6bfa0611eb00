import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/import/code/detect.ts';
import { SNIPPETS } from '../fixtures/snippets.ts';

const results = SNIPPETS.map((s) => ({ ...s, detected: detectLanguage(s.code.split('\n')) }));

describe('detecting a snippet’s language', () => {
  it('covers at least 40 snippets in at least 8 languages', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SNIPPETS.map((s) => s.language)).size).toBeGreaterThanOrEqual(8);
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
});
