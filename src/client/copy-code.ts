/** What the status line says after a copy that worked. */
export const COPIED = 'Copied';

/** What it says when the code is only selected: the copy key of the reader's system (⌘C on Apple's). */
export function copyHint(platform: string): string {
  return `Press ${/mac|iphone|ipad/i.test(platform) ? '⌘C' : 'Ctrl+C'} to copy`;
}

/**
 * Puts `text` on the clipboard. Without the Clipboard API (a page served over plain http from
 * another host) the code is selected instead, so the reader can copy it with one key.
 */
export async function copyText(text: string, code: Element, win: Window): Promise<string> {
  try {
    await win.navigator.clipboard.writeText(text);
    return COPIED;
  } catch {
    win.getSelection()?.selectAllChildren(code);
    // userAgentData where Chromium has it ("macOS"); navigator.platform ("MacIntel", "iPhone") elsewhere.
    const nav = win.navigator as Navigator & { userAgentData?: { platform: string } };
    return copyHint(nav.userAgentData?.platform ?? nav.platform);
  }
}

/**
 * Adds a "Copy" button and a status line (`role="status"`, read out by screen readers) to each
 * `figure.code-block`. It copies the code's text exactly: no caption, no button label, no prompt.
 */
export function initCopyButtons(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  for (const figure of doc.querySelectorAll<HTMLElement>('figure.code-block')) {
    const code = figure.querySelector('pre code');
    if (!code) continue;
    const actions = doc.createElement('div');
    actions.className = 'copy-actions';
    const status = doc.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    // The visible word starts the accessible name (WCAG 2.5.3); the file tells two buttons apart.
    const title = figure.querySelector('.code-title')?.textContent;
    const context = doc.createElement('span');
    context.className = 'sr-only';
    context.textContent = ` code${title ? ` of ${title}` : ''}`;
    button.append('Copy', context);
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      status.textContent = await copyText(code.textContent ?? '', code, win);
      win.clearTimeout(timer);
      timer = win.setTimeout(() => (status.textContent = ''), 4000);
    });
    actions.append(status, button);
    figure.append(actions);
  }
}
