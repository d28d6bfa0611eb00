import { describe, expect, it } from 'vitest';
import { pagefindBundlePath } from '../../../../src/search/core/bundle.ts';

describe('pagefindBundlePath', () => {
  it('puts the bundle in pagefind/ under the base, at the root or under a subpath', () => {
    expect(pagefindBundlePath('/')).toBe('/pagefind/');
    expect(pagefindBundlePath('/reports/rust-2026/')).toBe('/reports/rust-2026/pagefind/');
    expect(pagefindBundlePath('/reports/rust-2026')).toBe('/reports/rust-2026/pagefind/');
  });
});
