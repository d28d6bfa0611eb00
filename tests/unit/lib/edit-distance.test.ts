import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('pingora', 'pingora')).toBe(0);
    expect(editDistance('pingra', 'pingora')).toBe(1);
    expect(editDistance('pingoras', 'pingora')).toBe(1);
    expect(editDistance('pongora', 'pingora')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('pytohn', 'python')).toBe(1);
    expect(editDistance('andriod', 'android')).toBe(1);
  });

  it('stops at max + 1 once the words are further apart than max', () => {
    expect(editDistance('rust', 'python', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
