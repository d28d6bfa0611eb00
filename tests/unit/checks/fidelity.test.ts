import { describe, expect, it } from 'vitest';
import { articleHtml, missingText, sentences } from '../../../src/checks/fidelity/fidelity.ts';
import { htmlText } from '../../../src/lib/html-text.ts';
import type { Block } from '../../../src/report/model.ts';

const blocks: Block[] = [
  { kind: 'paragraph', text: 'Rust is "loved". It ships in 2026!', line: 4 },
  { kind: 'code', source: ['fn main() {', 'run();', '}'], lines: ['fn main() {', '    run();', '}'], line: 5, language: 'rust' },
  { kind: 'table', header: ['Language', 'Speed'], rows: [['C++', 'Fastest (unsafe)']], line: 9 },
];

describe('missingText', () => {
  it('finds nothing missing when the page holds every sentence, the code re-indented and every cell', () => {
    const page = htmlText(
      '<p>Rust is &quot;loved&quot;.\n It ships in 2026!</p><pre><span class="line">fn main() {</span>\n<span>    run();</span>\n}</pre>' +
        '<table><tr><th>Language</th> <th>Speed</th></tr><tr><th>C++</th><td>Fastest (unsafe)</td></tr></table>',
    );
    expect(missingText(blocks, page)).toEqual([]);
  });

  it('names each lost sentence with its line', () => {
    const page = 'Rust is "loved". fn main() { run(); } Language Speed C++ Fastest (unsafe)';
    expect(missingText(blocks, page)).toEqual([{ line: 4, text: 'It ships in 2026!' }]);
  });

  it('names a lost line of code and a lost cell', () => {
    const page = 'Rust is "loved". It ships in 2026! fn main() { } Language Speed C++';
    expect(missingText(blocks, page)).toEqual([
      { line: 6, text: 'run();' },
      { line: 11, text: 'Fastest (unsafe)' },
    ]);
  });

  it('counts a changed word as lost', () => {
    const page = 'Rust is "liked". It ships in 2026! fn main() { run(); } Language Speed C++ Fastest (unsafe)';
    expect(missingText(blocks, page)).toEqual([{ line: 4, text: 'Rust is "loved".' }]);
  });
});

describe('sentences', () => {
  it('splits after full stops, question and exclamation marks, closing quotes included', () => {
    expect(sentences('One. “Two?” Three! 4–8x more.')).toEqual(['One.', '“Two?”', 'Three!', '4–8x more.']);
  });
});

describe('articleHtml', () => {
  const html =
    '<article data-report="r">home</article><article class="prose" data-report="r" data-part="verdict">verdict</article>' +
    '<article data-report="s" data-part="verdict">other</article>';

  it('picks the article of the report and part asked for', () => {
    expect(articleHtml(html, 'r', 'verdict')).toBe('verdict');
    expect(articleHtml(html, 'r', undefined)).toBe('home');
    expect(articleHtml(html, 's', 'verdict')).toBe('other');
  });

  it('reads an article whose attributes hold a report title with > in it', () => {
    expect(articleHtml('<article data-report="r" data-report-title="Tea > Water" data-part="verdict">words</article>', 'r', 'verdict')).toBe('words');
  });

  it('gives nothing when the page has no such article', () => {
    expect(articleHtml(html, 'r', 'section-1')).toBeUndefined();
  });
});
