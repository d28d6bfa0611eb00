import { describe, expect, it } from 'vitest';
import { applyChoice, choiceOf } from '../../../src/client/theme.ts';
import { THEME_KEY, themeScript } from '../../../src/client/theme-script.ts';

/** A stand-in for <html> and localStorage, recording what the switch does to them. */
function fakes(theme?: string) {
  const root = { dataset: theme ? { theme } : {} } as unknown as HTMLElement;
  const saved = new Map<string, string>();
  const storage = () => ({ setItem: (key: string, value: string) => void saved.set(key, value), removeItem: (key: string) => void saved.delete(key) });
  return { root, saved, storage };
}

describe('choiceOf', () => {
  it('takes light and dark as the reader’s own pick', () => {
    expect(choiceOf('light')).toBe('light');
    expect(choiceOf('dark')).toBe('dark');
  });

  it('reads nothing saved, or anything unknown, as following the system', () => {
    for (const saved of [null, undefined, '', 'sepia', 'system']) expect(choiceOf(saved), String(saved)).toBe('system');
  });
});

describe('applyChoice', () => {
  it('sets data-theme and saves a light or dark pick', () => {
    const { root, saved, storage } = fakes();
    applyChoice(root, 'dark', storage);
    expect(root.dataset['theme']).toBe('dark');
    expect(saved.get(THEME_KEY)).toBe('dark');
  });

  it('goes back to the system: no data-theme, nothing saved', () => {
    const { root, saved, storage } = fakes('dark');
    saved.set(THEME_KEY, 'dark');
    applyChoice(root, 'system', storage);
    expect(root.dataset['theme']).toBeUndefined();
    expect(saved.has(THEME_KEY)).toBe(false);
  });

  it('still applies the pick to the page when storage is blocked', () => {
    const { root } = fakes();
    applyChoice(root, 'light', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(root.dataset['theme']).toBe('light');
  });
});

/** Runs the inline script against a saved value; the data-theme it leaves on <html>. */
function runInline(saved: Record<string, string>): string | undefined {
  const documentElement = { dataset: {} as Record<string, string> };
  const localStorage = { getItem: (key: string) => saved[key] ?? null };
  new Function('localStorage', 'document', themeScript)(localStorage, { documentElement });
  return documentElement.dataset['theme'];
}

describe('the inline theme script', () => {
  it('applies the pick the switch saved, under the switch’s key', () => {
    expect(runInline({ [THEME_KEY]: 'dark' })).toBe('dark');
    expect(runInline({ [THEME_KEY]: 'light' })).toBe('light');
  });

  it('leaves the page to the system when nothing, or nothing it knows, is saved', () => {
    expect(runInline({})).toBeUndefined();
    expect(runInline({ [THEME_KEY]: 'sepia' })).toBeUndefined();
  });
});
