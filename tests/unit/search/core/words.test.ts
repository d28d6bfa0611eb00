import { describe, expect, it } from 'vitest';
import { holdsEveryWord, holdsTerm, pageWords, searchWords, wordMatches } from '../../../../src/search/core/words.ts';

describe('searchWords', () => {
  it('lower-cases, drops accents and splits code at its punctuation, keeping identifiers whole', () => {
    expect(searchWords('TcpListener::bind("0.0.0.0:8080")')).toEqual(['tcplistener', 'bind', '0', '0', '0', '0', '8080']);
    expect(searchWords('wrap_pyfunction!(batch_tokenize, m)')).toEqual(['wrap_pyfunction', 'batch_tokenize', 'm']);
    expect(searchWords('Box<dyn std::error::Error>')).toEqual(['box', 'dyn', 'std', 'error', 'error']);
    expect(searchWords('Café — 4–8x')).toEqual(['cafe', '4', '8x']);
  });
});

describe('wordMatches', () => {
  it('holds a term at the start of a word, as the reader types it', () => {
    expect(wordMatches('pingora', 'ping')).toBe(true);
    expect(wordMatches('pingora', 'pingora')).toBe(true);
  });

  it('holds a plural term in its singular word', () => {
    expect(wordMatches('tokenizer', 'tokenizers')).toBe(true);
    expect(wordMatches('class', 'classes')).toBe(true);
  });

  it('does not hold a stem that only a stemmer would match', () => {
    expect(wordMatches('facing', 'face')).toBe(false);
    expect(wordMatches('researcher', 'search')).toBe(false);
  });
});

describe('holdsEveryWord', () => {
  it('is true when every word of the query is in the text, in any order', () => {
    expect(holdsEveryWord('The borrow checker remains the canonical complaint.', 'checker borrow')).toBe(true);
    expect(holdsEveryWord('let listener = TcpListener::bind("0.0.0.0:8080")', 'TcpListener::bind')).toBe(true);
  });

  it('is false when a word is missing, as a typo is', () => {
    expect(holdsEveryWord('The borrow checker remains the canonical complaint.', 'borow checker')).toBe(false);
    expect(holdsEveryWord('researcher-facing interface', 'face')).toBe(false);
  });
});

describe('holdsTerm', () => {
  it('holds a word as written, its case and accents aside', () => {
    expect(holdsTerm('Pingora', ['pingora'])).toBe(true);
    expect(holdsTerm('Zürich', ['zurich'])).toBe(true);
    expect(holdsTerm('tokenizer', ['tokenizers'])).toBe(true);
  });

  it('does not hold a word that only contains the term', () => {
    expect(holdsTerm('Warehouse', ['a'])).toBe(false);
    expect(holdsTerm('surface', ['face'])).toBe(false);
    expect(holdsTerm('a', ['acme'])).toBe(false);
  });
});

describe('pageWords', () => {
  it('splits as Pagefind counts its word locations: at white space, punctuation kept', () => {
    expect(pageWords('store_.put(name, encode(buffer_));\nnext')).toEqual(['store_.put(name,', 'encode(buffer_));', 'next']);
  });
});
