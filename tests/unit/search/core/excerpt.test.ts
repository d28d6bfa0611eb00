import { describe, expect, it } from 'vitest';
import { EXCERPT_WORDS, excerptOf } from '../../../../src/search/core/excerpt.ts';

/** The whole text as one place. */
const all = (content: string) => ({ start: 0, end: content.split(' ').length });
/** An excerpt as it reads, marks in brackets. */
const reads = (parts: ReturnType<typeof excerptOf>) => parts.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

describe('excerptOf', () => {
  it('splits an excerpt into text and marked terms', () => {
    const content = 'the borrow checker rejects.';
    expect(excerptOf(content, all(content), 'borrow rejects')).toEqual([
      { text: 'the ', marked: false },
      { text: 'borrow', marked: true },
      { text: ' checker ', marked: false },
      { text: 'rejects', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('reads the page’s characters as text, so code in an excerpt never becomes markup', () => {
    const content = 'Box<dyn Error> <img src=x onerror=alert(1)>';
    expect(excerptOf(content, all(content), 'Error')).toEqual([
      { text: 'Box<dyn ', marked: false },
      { text: 'Error', marked: true },
      { text: '> <img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('keeps an ampersand as the page has it', () => {
    const content = 'ObjectStore&amp; store_ &mut buf';
    expect(excerptOf(content, all(content), 'zzz')).toEqual([{ text: 'ObjectStore&amp; store_ &mut buf', marked: false }]);
  });

  it('keeps the entity a report writes and the tag it writes apart, decoding neither', () => {
    const content = 'the characters &lt;b&gt; are what a reader must see, and a bare <b> tag is text';
    expect(reads(excerptOf(content, all(content), 'characters'))).toBe('the [characters] &lt;b&gt; are what a reader must see, and a bare <b> tag is text');
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptOf('', { start: 0, end: 0 }, 'x')).toEqual([]);
  });

  it('marks whole words that hold a typed word, never a word Pagefind found by a shorter start or a stem', () => {
    const content = 'Analysis Without a Warehouse: a researcher-facing surface, Faces and Acme’s tools';
    const marked = (query: string) => excerptOf(content, all(content), query).filter((part) => part.marked).map((part) => part.text);
    expect(marked('Acme')).toEqual(['Acme']);
    expect(marked('a')).toEqual(['Analysis', 'a', 'a', 'and', 'Acme']);
    expect(marked('face')).toEqual(['Faces']);
    expect(marked('has')).toEqual([]);
  });

  it('marks only the word in a run of code, not its punctuation', () => {
    const content = 'auto store_.put(name, encode(buffer_));';
    expect(excerptOf(content, all(content), 'put')).toEqual([
      { text: 'auto store_.', marked: false },
      { text: 'put', marked: true },
      { text: '(name, encode(buffer_));', marked: false },
    ]);
  });

  it('starts a little before the first marked word, so a narrow screen shows it, and says where it cuts the text', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[50] = 'Pingora';
    const content = words.join(' ');
    const text = reads(excerptOf(content, all(content), 'pingora'));
    expect(text.startsWith('… ')).toBe(true);
    expect(text.indexOf('[Pingora]')).toBeGreaterThan(2);
    expect(text.indexOf('[Pingora]')).toBeLessThanOrEqual(2 + 40);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(' ').filter((word) => word !== '…')).toHaveLength(EXCERPT_WORDS);
  });

  it('starts at the words that hold the most of the query, not at the first hit', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[5] = 'memory';
    words[70] = 'memory';
    words[71] = 'safety';
    const content = words.join(' ');
    expect(reads(excerptOf(content, all(content), 'memory safety'))).toMatch(/^… (w\d+ )+\[memory\] \[safety\]/);
  });

  it('stays inside its place, from its heading to the next', () => {
    const content = 'Intro holds Pingora. Heading Pingora is here. Next Pingora again.';
    expect(reads(excerptOf(content, { start: 3, end: 7 }, 'pingora'))).toBe('Heading [Pingora] is here.');
  });

  it('marks nothing, from the place’s start, when no word of it holds the query', () => {
    const content = 'Heading text with nothing to mark';
    expect(excerptOf(content, all(content), 'haskell')).toEqual([{ text: 'Heading text with nothing to mark', marked: false }]);
  });
});
