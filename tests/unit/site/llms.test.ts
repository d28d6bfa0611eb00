import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/site/llms.ts';

describe('llmsTxt', () => {
  it('titles the library, sums it up, and lists each report linked to its text, with its author, date and description', () => {
    const text = llmsTxt({ name: 'Research reports', description: 'Every report.' }, [
      { title: 'Rust in 2026', author: 'iBuidl Research Team', dataAsOf: { text: 'March 2026' }, description: 'On Rust.', textUrl: 'https://e.org/rust/report.txt', homeUrl: 'https://e.org/rust/' },
      { title: 'Tiny', description: 'Small.', textUrl: '/tiny/report.txt', homeUrl: '/tiny/' },
    ]);
    expect(text.split('\n')).toEqual([
      '# Research reports',
      '',
      '> Every report.',
      '',
      expect.stringMatching(/^Each link is a report's text as plain text/),
      '',
      '## Reports',
      '',
      '- [Rust in 2026](https://e.org/rust/report.txt): iBuidl Research Team, data as of March 2026. On Rust. Its pages: https://e.org/rust/',
      '- [Tiny](/tiny/report.txt): Small. Its pages: /tiny/',
      '',
    ]);
  });

  it('keeps a title’s brackets from ending its link', () => {
    expect(llmsTxt({ name: 'L', description: 'D.' }, [{ title: 'A [b] \\ c](x)', description: 'D.', textUrl: '/a/report.txt', homeUrl: '/a/' }])).toContain('- [A \\[b\\] \\\\ c\\](x)](/a/report.txt)');
  });
});
