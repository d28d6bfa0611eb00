import { describe, expect, it } from 'vitest';
import { allowedEdits, missingWords, suggestQuery, suggestWord } from '../../../../src/search/core/suggest.ts';

describe('allowedEdits', () => {
  it('corrects no word under four letters, one edit up to five, two beyond', () => {
    expect([3, 4, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('suggestWord', () => {
  const vocabulary = { words: ['the', 'Rust', 'Python', 'Pingora', 'borrow', 'checker', 'microcontrollers', 'Android', 'pinning', 'tokio'] };

  it('suggests the closest word of the vocabulary within the allowed edits', () => {
    expect(suggestWord('pingra', vocabulary)).toBe('Pingora');
    expect(suggestWord('borow', vocabulary)).toBe('borrow');
    expect(suggestWord('microcontroler', vocabulary)).toBe('microcontrollers');
    expect(suggestWord('andriod', vocabulary)).toBe('Android');
  });

  it('suggests nothing for a word of the site, or the start of one', () => {
    expect(suggestWord('pingora', vocabulary)).toBeUndefined();
    expect(suggestWord('Python', vocabulary)).toBeUndefined();
    expect(suggestWord('micro', vocabulary)).toBeUndefined();
  });

  it('suggests nothing when no word is near enough, or the term is too short to tell', () => {
    expect(suggestWord('kubernetes', vocabulary)).toBeUndefined();
    expect(suggestWord('rsu', vocabulary)).toBeUndefined();
  });

  it('prefers, at the same distance, a word with the same first letter, then the more frequent', () => {
    expect(suggestWord('tusk', { words: ['Dusk', 'task', 'tuck'] })).toBe('task');
    expect(suggestWord('tusk', { words: ['tuck', 'task'] })).toBe('tuck');
  });
});

describe('suggestQuery', () => {
  const vocabulary = { words: ['borrow', 'checker', 'Pingora', 'memory', 'safety'] };

  it('replaces only the words the site lacks, keeping the rest as typed', () => {
    expect(suggestQuery('borow checker', vocabulary)).toBe('borrow checker');
    expect(suggestQuery('Memroy Safety', vocabulary)).toBe('memory Safety');
  });

  it('is undefined when every word is the site’s', () => {
    expect(suggestQuery('borrow checker', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });

  it('is undefined when a word would still be one the site lacks', () => {
    expect(suggestQuery('zzqxv memroy', vocabulary)).toBeUndefined();
  });
});

describe('missingWords', () => {
  const vocabulary = { words: ['has', 'tokenizer', 'Pingora', 'memory'] };

  it('names the words no word of the site holds, though a word of the site begins them', () => {
    expect(missingWords('haskell memory', vocabulary)).toEqual(['haskell']);
  });

  it('counts a word the reader is still typing, and a plural, as held', () => {
    expect(missingWords('Ping tokenizers mem', vocabulary)).toEqual([]);
  });

  it('compares words without their accents, as search does', () => {
    expect(missingWords('zurich Zürich cafe', { words: ['Zürich', 'café'] })).toEqual([]);
    expect(suggestQuery('Zurick', { words: ['Zürich'] })).toBe('Zürich');
  });

  it('does not judge words shorter than the vocabulary’s, nor numbers', () => {
    expect(missingWords('go 2026', vocabulary)).toEqual([]);
  });
});
