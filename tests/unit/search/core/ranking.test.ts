import { describe, expect, it } from 'vitest';
import { landingUrl, orderSubResults, placesShown } from '../../../../src/search/core/ranking.ts';

describe('orderSubResults', () => {
  // A page of three headed parts (word locations as Pagefind counts them) and its text before them.
  const content = 'Intro words here. ' + 'Binding Keep Python for the researcher-facing interface. ' + 'Users Companies like Hugging Face use it. ' + 'Faces Face the hugging crowd.';
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);
  const heading = (location: number) => ({ location, element: 'h2', text: words[location] });
  // A figure's id inside a part neither starts a sub-result nor ends the part's text.
  const anchors = [heading(at('Binding')), { location: at('Python'), element: 'figure' }, heading(at('Users')), heading(at('Faces'))];
  const sub = (name: string, location?: number, hits = 1) => ({
    url: location === undefined ? '/ml/' : `/ml/#${name}`,
    ...(location === undefined ? {} : { anchor: { location } }),
    locations: Array.from({ length: hits }, () => 0),
  });
  const page = (subResults: ReturnType<typeof sub>[]) => ({ url: '/ml/', content, anchors, sub_results: subResults });
  const ids = (list: { url: string }[]) => list.map((s) => s.url.split('#')[1]);

  it('puts the part holding the exact phrase first, then parts holding every term, then the rest', () => {
    const ordered = orderSubResults(page([sub('binding', at('Binding'), 5), sub('faces', at('Faces')), sub('users', at('Users'))]), 'Hugging Face');
    expect(ids(ordered)).toEqual(['users', 'faces', 'binding']);
  });

  it('keeps more hits first, then page order, among parts that hold the query alike', () => {
    const ordered = orderSubResults(page([sub('binding', at('Binding'), 1), sub('users', at('Users'), 1), sub('faces', at('Faces'), 2)]), 'python');
    expect(ids(ordered)).toEqual(['binding', 'faces', 'users']);
  });

  it('leaves out the text before the first heading, which the result itself links to', () => {
    expect(ids(orderSubResults(page([sub('intro'), sub('users', at('Users'))]), 'words'))).toEqual(['users']);
  });

  it('shows at most three of a report among several, choosing the best rather than the first, and counts them all', () => {
    const many = [sub('binding', at('Binding'), 9), sub('b2', at('Binding'), 8), sub('b3', at('Binding'), 7), sub('users', at('Users'))];
    const { shown, total } = placesShown(page(many), 'Hugging Face', false);
    expect(shown).toHaveLength(3);
    expect(ids(shown)[0]).toBe('users');
    expect(total).toBe(4);
  });

  it('shows every place of a report that is the only result', () => {
    const many = [sub('binding', at('Binding'), 9), sub('b2', at('Binding'), 8), sub('b3', at('Binding'), 7), sub('users', at('Users'))];
    expect(placesShown(page(many), 'Hugging Face', true)).toEqual({ shown: orderSubResults(page(many), 'Hugging Face'), total: 4 });
    expect(placesShown(page(many), 'Hugging Face', true).shown).toHaveLength(4);
  });

  it('lands Enter on the best heading when its part holds every word, else on the page', () => {
    const subs = [sub('binding', at('Binding'), 5), sub('users', at('Users'))];
    expect(landingUrl(page(subs), 'Hugging Face')).toBe('/ml/#users');
    expect(landingUrl(page(subs), 'Hugging interface')).toBe('/ml/');
  });

  it('compares the text of each part, not its excerpt, for identifiers copied from code', () => {
    const code = 'Prose about servers. Echo let listener = TcpListener::bind("0.0.0.0:8080").await?;';
    const codeWords = code.split(' ');
    const result = orderSubResults(
      {
        url: '/cpp/',
        content: code,
        anchors: [
          { location: 0, element: 'h2', text: 'Prose' },
          { location: codeWords.indexOf('Echo'), element: 'h2', text: 'Echo' },
        ],
        sub_results: [
          { url: '/cpp/#prose', anchor: { location: 0 }, locations: [1, 2] },
          { url: '/cpp/#echo', anchor: { location: codeWords.indexOf('Echo') }, locations: [5] },
        ],
      },
      'TcpListener::bind',
    );
    expect(ids(result)).toEqual(['echo', 'prose']);
  });
});

describe('landingUrl', () => {
  // A whole-report page as Pagefind records it: the findings, then parts whose h2 ids are their slugs.
  const page = {
    anchors: [
      { location: 3, element: 'h2', id: 'key-findings', text: 'Key findings' },
      { location: 20, element: 'h2', id: 'ml-infrastructure', text: 'Section 2 — Rust in ML' },
      { location: 40, element: 'h3', id: 'who-uses-it', text: 'Who uses it' },
      { location: 45, element: 'figure', id: 'code-1' },
      { location: 60, element: 'h2', id: 'verdict', text: 'Verdict' },
    ],
  };

  it('lands Enter on the part that holds every word when no heading of it does, else on the home', () => {
    // Words by position: the findings (3–19), then "ml-infrastructure" (20–59) with its h3 at 40.
    const words = Array.from({ length: 70 }, (_, i) => `w${i}z`);
    words[25] = 'Hugging';
    words[26] = 'Face';
    words[45] = 'PyO3';
    const report = {
      url: '/lib/rust/report/?pagefind-highlight=pyo3',
      content: words.join(' '),
      anchors: page.anchors,
      sub_results: [
        { url: '/lib/rust/report/?pagefind-highlight=pyo3#ml-infrastructure', anchor: { location: 20 }, locations: [25] },
        { url: '/lib/rust/report/?pagefind-highlight=pyo3#who-uses-it', anchor: { location: 40 }, locations: [45] },
      ],
    };
    expect(landingUrl(report, 'PyO3 Hugging Face')).toBe('/lib/rust/ml-infrastructure/?pagefind-highlight=pyo3');
    expect(landingUrl(report, 'PyO3 w5z')).toBe('/lib/rust/?pagefind-highlight=pyo3');
  });
});
