import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { META_PATTERN, readCodeMeta, writeCodeMeta } from '../../../src/report/code-meta.ts';

describe('a code fence’s meta', () => {
  it('reads the title and the marked lines the importer writes', () => {
    expect(readCodeMeta('title="src/lib.rs" {9,12}')).toEqual({ title: 'src/lib.rs', marks: [9, 12] });
    expect(readCodeMeta('{10}')).toEqual({ marks: [10] });
    expect(readCodeMeta(undefined)).toEqual({ marks: [] });
    expect(readCodeMeta('title=""')).toEqual({ marks: [] });
  });

  it('keeps any title exactly: a quote cannot end it, braces cannot mark lines, nothing can end the fence’s line', () => {
    const meta = writeCodeMeta({ title: 'say "hi" {3} 50% ü\n`x`', marks: [2] });
    expect(meta).toBe('title="say%20%22hi%22%20%7B3%7D%2050%25%20%C3%BC%0A%60x%60" {2}');
    expect(readCodeMeta(meta)).toEqual({ title: 'say "hi" {3} 50% ü\n`x`', marks: [2] });
  });

  it('writes only what the content check allows, and reads back what it wrote, for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), fc.array(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }), (title, marks) => {
        const meta = writeCodeMeta({ title, marks });
        expect(META_PATTERN.test(meta)).toBe(true);
        expect(readCodeMeta(meta)).toEqual({ title: readCodeMeta(meta).title, marks });
        // A lone surrogate cannot be UTF-8 encoded: it is the one thing that does not come back as written.
        if (!/[\uD800-\uDFFF]/.test(title)) expect(readCodeMeta(meta).title).toBe(title);
      }),
      { seed: 18, numRuns: 1000 },
    );
  });
});
