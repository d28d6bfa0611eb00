import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../../src/search/build/vocabulary.ts';

describe('buildVocabulary', () => {
  it('keeps words of three characters or more with a letter, most frequent first, in their commonest spelling', () => {
    const { words } = buildVocabulary(['Rust and rust and RUST', 'Go is 42 times par_iter', 'Rust 0u8 par_iter']);
    expect(words).toEqual(['Rust', 'and', 'par_iter', '0u8', 'times']);
  });
});
