import { THEME_KEY } from './theme-script.ts';

/** What a reader can pick: a theme of its own, or whatever the system prefers. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** The choice a saved value (or `data-theme`) stands for: anything but light or dark is the system's. */
export function choiceOf(saved: string | null | undefined): ThemeChoice {
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** Applies a choice to the page (`data-theme`, none for the system's) and saves it for the next page. */
export function applyChoice(
  root: HTMLElement,
  choice: ThemeChoice,
  storage: () => Pick<Storage, 'setItem' | 'removeItem'> = () => localStorage,
): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  try {
    if (choice === 'system') storage().removeItem(THEME_KEY);
    else storage().setItem(THEME_KEY, choice);
  } catch {
    // Blocked storage throws (even on reading `localStorage`); the pick still holds for this page.
  }
}

/** Shows the light / dark / system switch and marks the reader's choice pressed. */
export function initThemeSwitch(doc: Document): void {
  const group = doc.querySelector<HTMLElement>('.theme-switch');
  if (!group) return;
  const root = doc.documentElement;
  const buttons = group.querySelectorAll('button');
  const sync = (): void => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.value === choiceOf(root.dataset['theme'])));
  };
  group.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    applyChoice(root, choiceOf(button.value));
    sync();
  });
  sync();
}
