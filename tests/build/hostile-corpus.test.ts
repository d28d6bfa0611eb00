import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, readerText } from '../../tools/dist.ts';
import { isSlug } from '../../src/report/slugs.ts';
import { jsonFeedErrors, xmlError } from '../support/feeds.ts';
import { hostileCorpus, rootDist, subpathDist } from '../support/paths.ts';
import { testReport } from '../support/library.ts';

// The regression corpus (tests/fixtures/reports/hostile-corpus.txt and its editorial.yaml): texts that
// once ran code at build time or failed the build, built by the real build. The build's own checks
// already hold every word of it to its page; these say how each case is shown.
const corpus = testReport(hostileCorpus.slug);
const page = (part: string) => readPage(rootDist, `${hostileCorpus.slug}/${part}/`);

describe('the hostile corpus, built', () => {
  it('gives every part a valid address, whatever its title (&, en dash, _, accents, CJK, punctuation only)', () => {
    expect(corpus.parts.map((p) => p.slug)).toEqual([
      'tea-coffee',
      'wide-angle-views',
      'snake-case-naming',
      'uber-die-strasse',
      'section-5',
      'section-6',
      'addresses-in-prose',
      'cells-that-look-like-code',
      'verdict',
    ]);
    for (const part of corpus.parts) expect(isSlug(part.slug)).toBe(true);
  });

  it('shows a title with < and > as text, in the page and in its <title>', () => {
    const home = readPage(rootDist, `${hostileCorpus.slug}/`);
    expect(home.querySelector('h1')?.textContent).toBe('Tea & Coffee > Water: <Titles>, {Braces} & _Marks_ in 2026');
    expect(home.querySelector('title')?.textContent).toBe('Tea & Coffee > Water: <Titles>, {Braces} & _Marks_ in 2026');
  });

  it('shows an export line after a lone carriage return as code, never runs it, and MDX and HTML in prose as text', () => {
    const tea = page('tea-coffee');
    const code = [...tea.querySelectorAll('pre code')].map((c) => readerText(c.textContent ?? ''));
    expect(code).toContain('export const pwned = globalThis.process.exit(1)');
    const text = readerText(tea.querySelector('article')?.textContent ?? '');
    expect(text).toContain('<DataTable table="hostile-corpus/x" />');
    expect(text).toContain('{1+1}');
    expect(tea.querySelector('article table')).toBeNull();
  });

  it('shows the editors’ heading, code title and caption exactly as written', () => {
    const tea = page('tea-coffee');
    expect(tea.querySelector('article h2')?.textContent).toBe('{braces} <b>not bold</b> # not a heading `not code`');
    expect(tea.querySelector('.code-title')?.textContent).toBe('say "hi" {3} & 50%');
    expect(page('cells-that-look-like-code').querySelector('caption')?.textContent).toContain('<i>A caption</i> & {x} of ours');
  });

  it('links each URL the report writes out to itself, and leaves <…> and the words after it as text', () => {
    const links = [...page('addresses-in-prose').querySelectorAll('article p a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['https://example.org/path_with_underscores?query=1&other=~tilde#fragment', 'https://example.org/path_with_underscores?query=1&other=~tilde#fragment'],
      ['https://example.org/angle', 'https://example.org/angle'],
      ['http://example.org/(parens)', 'http://example.org/(parens)'],
    ]);
  });

  it('keeps the library’s feeds well-formed XML and a valid JSON Feed, with the corpus’s author as written', () => {
    const rss = readFileSync(join(subpathDist, 'rss.xml'), 'utf8');
    expect(xmlError(rss)).toBeUndefined();
    expect(rss).toContain('<dc:creator>Corpus &lt;Team&gt; &amp; {Friends}</dc:creator>');
    const feed = JSON.parse(readFileSync(join(subpathDist, 'feed.json'), 'utf8')) as { items: { title: string; authors?: { name: string }[] }[] };
    expect(jsonFeedErrors(feed)).toEqual([]);
    expect(feed.items.find((item) => item.title.startsWith('Tea & Coffee'))?.authors).toEqual([{ name: 'Corpus <Team> & {Friends}' }]);
  });
});
