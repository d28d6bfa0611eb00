import { describe, expect, it } from 'vitest';
import { neighbours, readingOrder } from '../../src/lib/reading-order.ts';

const entry = (id: string, order: number) => ({ id, filePath: `src/content/sections/${id}.mdx`, data: { order } });

describe('readingOrder', () => {
  it('sorts parts by their order field', () => {
    const ordered = readingOrder([entry('verdict', 6), entry('key-findings', 0), entry('trajectory', 1)]);
    expect(ordered.map((e) => e.id)).toEqual(['key-findings', 'trajectory', 'verdict']);
  });

  it('fails naming both files and the field when two parts share an order', () => {
    expect(() => readingOrder([entry('a', 2), entry('b', 2)])).toThrow(
      'src/content/sections/b.mdx: field "order" is 2, the same as in src/content/sections/a.mdx',
    );
  });

  it('fails when there is no part at all', () => {
    expect(() => readingOrder([])).toThrow(/collection is empty/);
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
