/** The two themes a reader can pick; without a pick the system preference applies. */
export type Theme = 'light' | 'dark';

/** The theme in force: the reader's saved pick, else the system preference. */
export function currentTheme(root: HTMLElement, prefersDark: boolean): Theme {
  const picked = root.dataset['theme'];
  if (picked === 'light' || picked === 'dark') return picked;
  return prefersDark ? 'dark' : 'light';
}

/** Shows the theme button and makes it switch, save and announce the theme. */
export function initThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  const media = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
  for (const button of doc.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    const sync = (): void => button.setAttribute('aria-pressed', String(currentTheme(root, media?.matches ?? false) === 'dark'));
    sync();
    media?.addEventListener('change', sync);
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = currentTheme(root, media?.matches ?? false) === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private modes may refuse storage; the switch still works for this page.
      }
      sync();
    });
  }
}
