import { describe, expect, it } from 'vitest';
import { indexedText } from '../../../../src/search/build/indexed-text.ts';

describe('indexedText', () => {
  it('reads only the Pagefind body, leaving out what Pagefind leaves out', () => {
    const html = `<html><body><nav>Menu</nav><main data-pagefind-body><h2>Rust</h2><p>Memory <b>safety</b>.</p>
      <button>Copy</button><p role="status">Copied</p><div data-pagefind-ignore>Ours</div><script>x()</script></main>
      <footer>Footer</footer></body></html>`;
    expect(indexedText(html).replace(/\s+/g, ' ').trim()).toBe('Rust Memory safety.');
  });

  it('gives nothing for a page without a Pagefind body, as Pagefind indexes nothing there', () => {
    expect(indexedText('<html><body><main><p>Not indexed: data-pagefind-body is only named.</p></main></body></html>')).toBe('');
    expect(indexedText('<html><body><main><p>Not indexed.</p></main></body></html>')).toBe('');
  });
});
