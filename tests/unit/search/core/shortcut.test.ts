import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../../../src/search/core/shortcut.ts';

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('opens on / outside a field', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
  });

  it('leaves / to a field the reader is typing in', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
  });

  it('opens on Ctrl+K and ⌘+K, also from a field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), true)).toBe(true);
  });

  it('ignores K alone, Alt combinations and other keys', () => {
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('s', { ctrlKey: true }), false)).toBe(false);
  });
});
