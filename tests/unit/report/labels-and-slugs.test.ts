import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataAsOfLine, partHeading, partKey, partLabel, signOffLine } from '../../../src/report/labels.ts';
import { findingSlug, isSlug, MAX_SLUG_LENGTH, RESERVED_SLUGS, SlugSet, slugify } from '../../../src/report/slugs.ts';
import { slug as slugField } from '../../../src/report/schemas/fields.ts';

describe('labels', () => {
  it('labels numbered sections the way the report does, and not the verdict', () => {
    expect([partLabel(2), partLabel(undefined)]).toEqual(['Section 2', undefined]);
    expect([partKey({ kind: 'section', number: 3 }), partKey({ kind: 'verdict' })]).toEqual(['section-3', 'verdict']);
  });

  it('names a part in full, and the closing lines, as the house style writes them', () => {
    expect(partHeading({ number: 2, title: 'Two' })).toBe('Section 2 — Two');
    expect(partHeading({ title: 'Verdict' })).toBe('Verdict');
    expect([dataAsOfLine({ text: 'March 2026' }), signOffLine('iBuidl Research Team')]).toEqual(['Data as of March 2026.', '— iBuidl Research Team']);
  });
});

describe('slugify (FORMAT.md, "Addresses")', () => {
  it('transliterates what it can and drops apostrophes', () => {
    expect(['Go & Rust', 'Go–Rust', 'snake_case', "Rust's Trajectory", 'Ünïcödé Straße', 'Σύνοψη', 'Обзор рынка', 'ÆØÅ'].map((t) => slugify(t))).toEqual([
      'go-rust',
      'go-rust',
      'snake-case',
      'rusts-trajectory',
      'unicode-strasse',
      'synopsi',
      'obzor-rynka',
      'aeoa',
    ]);
  });

  it('gives the fallback when nothing of the title is left', () => {
    expect([slugify('日本語', 'section-3'), slugify('!!!', 'section-4'), slugify('🦀', 'x')]).toEqual(['section-3', 'section-4', 'x']);
  });

  it('cuts a long title at a word, within the limit', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always makes what the schemas accept, whatever the title (one rule for both)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const slug = slugify(title, 'section-1');
        expect(isSlug(slug)).toBe(true);
        expect(slugField('slug').safeParse(slug).success).toBe(true);
      }),
      { seed: 18, numRuns: 2000 },
    );
  });
});

describe('SlugSet', () => {
  it('numbers a repeated slug and never hands out a reserved one', () => {
    const set = new SlugSet();
    expect([set.unique('results'), set.unique('results'), set.unique('search'), set.unique(RESERVED_SLUGS[0]!)]).toEqual(['results', 'results-2', 'search-2', `${RESERVED_SLUGS[0]}-2`]);
  });
});

describe('findingSlug', () => {
  it('makes a finding’s id from its first words, the same every time', () => {
    expect(findingSlug('Rust crossed 30% adoption among systems engineers in the 2026 survey')).toBe('finding-rust-crossed-30-adoption-among-systems');
    expect(findingSlug('数据')).toBe('finding-text');
  });
});
