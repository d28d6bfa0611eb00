import { describe, expect, it } from 'vitest';
import { currentTheme } from '../../src/lib/client/theme.ts';

const root = (theme?: string) => ({ dataset: theme ? { theme } : {} }) as unknown as HTMLElement;

describe('currentTheme', () => {
  it('follows the system preference when the reader has not picked', () => {
    expect(currentTheme(root(), true)).toBe('dark');
    expect(currentTheme(root(), false)).toBe('light');
  });

  it('prefers the reader’s pick over the system', () => {
    expect(currentTheme(root('light'), true)).toBe('light');
    expect(currentTheme(root('dark'), false)).toBe('dark');
  });

  it('ignores an unknown stored value', () => {
    expect(currentTheme(root('sepia'), true)).toBe('dark');
  });
});
