import { describe, expect, it } from 'vitest';
import { codeToHtml } from 'shiki';
import { parseHTML } from 'linkedom';
import { shikiConfig } from '../../../../src/site/code/shiki.ts';
import { COPIED, copyHint, copyText } from '../../../../src/client/copy-code.ts';

describe('transformerCodeFigure', () => {
  const render = (meta: string) =>
    codeToHtml('fn main() {\n    let x = 1;\n}', {
      ...shikiConfig,
      lang: 'rust',
      meta: { __raw: meta },
    }).then((html) => parseHTML(`<body>${html}</body>`).document);

  it('wraps the block in a figure captioned with the title and the language', async () => {
    const doc = await render('title="src/main.rs"');
    const figure = doc.querySelector('body > figure.code-block');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('src/main.rsRust');
    expect([...(figure?.children ?? [])].map((child) => child.tagName.toLowerCase())).toEqual(['figcaption', 'pre']);
    expect(figure?.querySelector('pre code')).not.toBeNull();
  });

  it('captions a block without a title with its language alone', async () => {
    const doc = await render('');
    expect(doc.querySelector('figcaption .code-title')).toBeNull();
    expect(doc.querySelector('figcaption .code-language')?.textContent).toBe('Rust');
  });

  it('keeps the marked line from the meta inside the figure', async () => {
    const doc = await render('title="a.rs" {2}');
    expect([...doc.querySelectorAll('figure .line.highlighted')].map((l) => l.textContent?.trim())).toEqual(['let x = 1;']);
  });
});

describe('copyText', () => {
  const code = {} as Element;
  const fakeWindow = (writeText: (text: string) => Promise<void>, selected: Element[], platform = 'Linux x86_64', userAgentData?: { platform: string }) =>
    ({
      navigator: { clipboard: { writeText }, platform, userAgentData },
      getSelection: () => ({ selectAllChildren: (el: Element) => selected.push(el) }),
    }) as unknown as Window;

  it('writes the text to the clipboard and says so', async () => {
    const written: string[] = [];
    const win = fakeWindow(async (text) => void written.push(text), []);
    expect(await copyText('fn main() {}', code, win)).toBe(COPIED);
    expect(written).toEqual(['fn main() {}']);
  });

  it('selects the code and tells the reader the key when the clipboard is refused', async () => {
    const selected: Element[] = [];
    const win = fakeWindow(() => Promise.reject(new Error('denied')), selected);
    expect(await copyText('x', code, win)).toBe('Press Ctrl+C to copy');
    expect(selected).toEqual([code]);
  });

  it('names ⌘C when the browser reports macOS through userAgentData', async () => {
    const win = fakeWindow(() => Promise.reject(new Error('denied')), [], 'Linux x86_64', { platform: 'macOS' });
    expect(await copyText('x', code, win)).toBe('Press ⌘C to copy');
  });

  it('names ⌘C when only navigator.platform says Mac', async () => {
    const win = fakeWindow(() => Promise.reject(new Error('denied')), [], 'MacIntel');
    expect(await copyText('x', code, win)).toBe('Press ⌘C to copy');
  });
});

describe('copyHint', () => {
  it('names ⌘C on Apple’s systems', () => {
    for (const platform of ['macOS', 'MacIntel', 'iPhone', 'iPad']) expect(copyHint(platform), platform).toBe('Press ⌘C to copy');
  });

  it('names Ctrl+C everywhere else', () => {
    for (const platform of ['Windows', 'Win32', 'Linux x86_64', 'Android', 'Chrome OS', '']) expect(copyHint(platform), platform).toBe('Press Ctrl+C to copy');
  });
});
