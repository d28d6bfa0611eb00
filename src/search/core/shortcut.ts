// Which key presses open search.

/** The parts of a key press that decide whether it opens search. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * `/` (when the reader is not typing in a field) or Ctrl/⌘+K opens search; Ctrl/⌘+K also works
 * from a field, as in most documentation sites, since it types nothing.
 */
export function isSearchShortcut(event: ShortcutKey, inEditableField: boolean): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !inEditableField;
}
