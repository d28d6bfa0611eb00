import { describe, expect, it } from 'vitest';
import { missingWordsNote, resultsSummary, searchFailureMessage, searchMessage } from '../../../../src/search/core/messages.ts';

describe('resultsSummary', () => {
  it('counts the reports that hold the query', () => {
    expect(resultsSummary({ reports: 3, places: 2 }, 'memory safety')).toBe('3 reports for “memory safety”');
    expect(resultsSummary({ reports: 0, places: 0 }, 'zzz')).toBe('No results for “zzz”');
  });

  it('counts the places in the report when one report holds it', () => {
    expect(resultsSummary({ reports: 1, places: 4 }, 'memory')).toBe('4 results for “memory”');
    expect(resultsSummary({ reports: 1, places: 1 }, 'Pingora')).toBe('1 result for “Pingora”');
  });

  it('names the report a scoped search looked in', () => {
    expect(resultsSummary({ reports: 1, places: 2 }, 'memory', 'Rust in 2026')).toBe('2 results for “memory” in Rust in 2026');
  });

  it('says, when a scoped search finds nothing, how many other reports hold the words', () => {
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 1 }, 'rust', 'Databases in 2026')).toBe('No results for “rust” in Databases in 2026; 1 other report holds it');
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 2 }, 'rust', 'D')).toBe('No results for “rust” in D; 2 other reports hold it');
    expect(resultsSummary({ reports: 0, places: 0, elsewhere: 0 }, 'zzz', 'D')).toBe('No results for “zzz” in D');
  });

  it('trims the query as it is searched', () => {
    expect(resultsSummary({ reports: 2, places: 1 }, ' memory ')).toBe('2 reports for “memory”');
  });
});

describe('missingWordsNote', () => {
  it('says which typed words are not in the reports', () => {
    expect(missingWordsNote(['haskell'])).toBe('“haskell” is not in the reports.');
    expect(missingWordsNote(['zzqxv', 'nothing'])).toBe('“zzqxv” and “nothing” are not in the reports.');
  });
});

describe('searchMessage', () => {
  it('counts what was found when the reports hold every typed word', () => {
    expect(searchMessage({ reports: 3, places: 2 }, 'memory', [])).toEqual({ summary: '3 reports for “memory”', note: '' });
    expect(searchMessage({ reports: 1, places: 2 }, 'memory', [], 'Rust in 2026')).toEqual({ summary: '2 results for “memory” in Rust in 2026', note: '' });
  });

  it('says only that a typed word is not in the reports when results came for other words or a shorter start', () => {
    expect(searchMessage({ reports: 2, places: 1 }, 'Acme', ['acme'])).toEqual({ summary: '', note: '“acme” is not in the reports.' });
    expect(searchMessage({ reports: 1, places: 3 }, 'borow checker', ['borow'])).toEqual({ summary: '', note: '“borow” is not in the reports.' });
  });

  it('says there are no results when nothing was found', () => {
    expect(searchMessage({ reports: 0, places: 0 }, 'zzqxv', [])).toEqual({ summary: 'No results for “zzqxv”', note: '' });
    expect(searchMessage({ reports: 0, places: 0, elsewhere: 1 }, 'Pingora', [], 'Databases in 2026')).toEqual({
      summary: 'No results for “Pingora” in Databases in 2026; 1 other report holds it',
      note: '',
    });
  });

  it('says nothing for an empty box', () => {
    expect(searchMessage({ reports: 0, places: 0 }, '  ', [])).toEqual({ summary: '', note: '' });
  });
});

describe('searchFailureMessage', () => {
  it('points the developer at the missing build, and the reader at the contents', () => {
    expect(searchFailureMessage(true)).toContain('npm run build');
    expect(searchFailureMessage(false)).toBe('Search could not be loaded. Try again, or use the contents.');
  });
});
