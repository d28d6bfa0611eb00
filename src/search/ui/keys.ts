// The keys of a search box beyond typing.

/** Arrow keys move between the box and the result links, as in a list box. */
export function moveWithArrows(container: HTMLElement, input: HTMLInputElement, list: HTMLElement | null): void {
  container.addEventListener('keydown', (event) => {
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !list) return;
    const links = [input, ...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0 || links.length < 2) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
    links[next]?.focus();
  });
}

/**
 * Enter in the box (not while an input method composes a character) calls `enter`, instead of
 * submitting anything. It replaces the handler of src/client/search.ts, which records an Enter
 * pressed before this module loaded.
 */
export function onEnter(container: HTMLElement, enter: () => void): void {
  container.onkeydown = (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !event.isComposing) {
      event.preventDefault();
      enter();
    }
  };
}
