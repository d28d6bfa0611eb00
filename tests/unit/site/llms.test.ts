import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/site/llms.ts';

describe('llmsTxt', () => {
  it('titles the library, sums it up, and lists each report linked to its text, with its author, date and description', () => {
    const text = llmsTxt({ name: 'Research reports', description: 'Every report.' }, [
      { title: 'Rust in 2026', author: 'iBuidl Research Team', dataAsOf: { text: 'March 2026' }, description: 'On Rust.', textUrl: 'https://e.org/rust/report.txt', homeUrl: 'https://e.org/rust/' },
      { title: 'Tiny', textUrl: '/tiny/report.txt', homeUrl: '/tiny/' },
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
      '- [Tiny](/tiny/report.txt): Its pages: /tiny/',
      '',
    ]);
  });

  it('escapes what Markdown would read as markup, so a title cannot end its link nor text become HTML', () => {
    const text = llmsTxt({ name: 'L', description: 'D.' }, [{ title: 'A [b] \\ c](x) & _d_', author: '<Team>', description: '<script>*x*</script>', textUrl: '/a/report.txt', homeUrl: '/a/' }]);
    expect(text).toContain('- [A \\[b\\] \\\\ c\\](x) \\& \\_d\\_](/a/report.txt): \\<Team\\>. \\<script\\>\\*x\\*\\</script\\> Its pages: /a/');
  });
});
