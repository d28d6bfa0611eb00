import { describe, expect, it } from 'vitest';
import { codeDigest, digest, packageVersion } from '../../../src/lib/digest.ts';

describe('digest', () => {
  it('keeps its parts apart: ("ab", "c") and ("a", "bc") differ', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('ab', 'c')).toBe(digest('ab', new TextEncoder().encode('c')));
  });
});

describe('codeDigest', () => {
  it('covers the modules a module imports, and the packages it is told of', () => {
    const card = new URL('../../../src/cards/card.ts', import.meta.url);
    expect(codeDigest(card)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeDigest(card)).toBe(codeDigest(card));
    expect(codeDigest(card, { packages: ['dejavu-fonts-ttf'] })).not.toBe(codeDigest(card));
    // card.ts imports png.ts: a digest of png.ts alone differs from one of card.ts and all it imports.
    expect(codeDigest(new URL('../../../src/cards/png.ts', import.meta.url))).not.toBe(codeDigest(card));
  });
});

describe('packageVersion', () => {
  it('names an installed package with its version, and anything else with a question mark', () => {
    expect(packageVersion('satori')).toMatch(/^satori@\d+\.\d+\.\d+/);
    expect(packageVersion('no-such-package-here')).toBe('no-such-package-here@?');
  });
});
