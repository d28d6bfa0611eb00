import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeMarkup, htmlText } from '../../../src/lib/html-text.ts';

describe('decodeEntities', () => {
  it('decodes the five escapes and numeric references', () => {
    expect(decodeEntities('a &amp; b &lt;T&gt; &quot;q&quot; it&apos;s it&#39;s it&#x27;s &#8212;')).toBe(`a & b <T> "q" it's it's it's —`);
  });

  it('decodes once: an escaped escape stays the text of the escape', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('leaves unknown names, bare ampersands and impossible code points as written', () => {
    expect(decodeEntities('&nbsp; R&D &#x110000;')).toBe('&nbsp; R&D &#x110000;');
  });
});

describe('escapeMarkup', () => {
  it('escapes what markup would read, and decodeEntities gives the text back', () => {
    const text = 'AT&T <b> "quoted" it’s';
    expect(escapeMarkup(text)).toBe('AT&amp;T &lt;b&gt; &quot;quoted&quot; it’s');
    expect(decodeEntities(escapeMarkup(text))).toBe(text);
  });
});

describe('htmlText', () => {
  it('reads text as a reader sees it: block tags part words, inline tags vanish, entities decode once', () => {
    expect(htmlText('<p>One</p><p>Two <code>x</code>y &amp;lt;</p>')).toBe(' One  Two xy &lt; ');
  });

  it('keeps a > inside a quoted attribute value inside its tag', () => {
    expect(htmlText('<div aria-label="Tea > Water" data-x=\'a>b\'>Text</div><span title="<b>">more</span>')).toBe(' Text more');
  });

  it('leaves out scripts, styles and comments', () => {
    expect(htmlText('<p>a<script>x()</script><!-- c --><style>p{}</style>b</p>')).toBe(' a  b ');
  });
});
