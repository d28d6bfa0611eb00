import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findGluedLinks } from '../../support/glued-links.ts';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as ParentNode;

describe('findGluedLinks', () => {
  it('finds a link whose text touches the word before it', () => {
    expect(findGluedLinks(body('<p><a href="/">one</a> or<a href="/r/">read it</a>.</p>'))).toEqual([{ text: 'read it', join: ' or|read it' }]);
  });

  it('finds a link whose text touches the word after it, through inline markup', () => {
    expect(findGluedLinks(body('<p>See <a href="/">the verdict</a><em>now</em>.</p>'))).toHaveLength(1);
  });

  it('accepts links set apart by spaces or punctuation', () => {
    expect(findGluedLinks(body('<p>See <a href="/">the verdict</a>, or <a href="/r/">the report</a>.</p>'))).toEqual([]);
  });

  it('accepts links beside block elements and beside other links, which a layout sets apart', () => {
    expect(findGluedLinks(body('<div><h2>Title</h2><a href="#t">Link to “Title”</a></div><nav><a href="/a/">Previous</a><a href="/b/">Next</a></nav>'))).toEqual([]);
  });
});
