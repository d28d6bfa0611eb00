import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/site/reading-order.ts';
import { neighbours } from '../../../src/site/library.ts';

const entry = (id: string, order: number) => ({ id, filePath: `src/content/reports/r/parts/${id}.mdx`, data: { order } });

describe('readingOrder', () => {
  it('sorts parts by their order field', () => {
    const ordered = readingOrder([entry('verdict', 6), entry('key-findings', 1), entry('trajectory', 2)]);
    expect(ordered.map((e) => e.id)).toEqual(['key-findings', 'trajectory', 'verdict']);
  });

  it('fails naming both files and the field when two parts share an order', () => {
    expect(() => readingOrder([entry('a', 2), entry('b', 2)])).toThrow(
      'src/content/reports/r/parts/b.mdx: field "order" is 2, the same as in src/content/reports/r/parts/a.mdx',
    );
  });

});

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];

  it('gives the previous and next items', () => {
    expect(neighbours(list, (x) => x === 'b')).toEqual({ prev: 'a', next: 'c' });
  });

  it('has no previous item for the first and no next for the last', () => {
    expect(neighbours(list, (x) => x === 'a').prev).toBeUndefined();
    expect(neighbours(list, (x) => x === 'c').next).toBeUndefined();
  });

  it('fails for an item that is not in the list', () => {
    expect(() => neighbours(list, (x) => x === 'z')).toThrow(/not in the reading order/);
  });
});
