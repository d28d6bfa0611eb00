import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { rootDist, rustReport } from '../support/paths.ts';
import { testLibrary, testReport } from '../support/library.ts';
import { expectedIndents, rustTokens } from '../support/rust-tokens.ts';
import { sameTokens } from '../../src/import/code/tokens.ts';
import { isLanguage, type Language } from '../../src/report/languages.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** Six-digit form of a #rgb or #rrggbb(aa) colour. */
const six = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.slice(0, 7)).toLowerCase();
/** A token's colours from its classes: `sl-0e1116 sd-e6edf3` → { light: '#0e1116', dark: '#e6edf3' }. */
function themeColours(element: Element): { light: string; dark: string } {
  const pick = (prefix: string) => six(`#${/(?:^|\s)s[ld]-([0-9a-f]{3,8})(?:\s|$)/.exec([...element.classList].filter((c) => c.startsWith(prefix)).join(' '))?.[1] ?? ''}`);
  return { light: pick('sl-'), dark: pick('sd-') };
}
/** The code block's own backgrounds, from the built stylesheet's `.astro-code` rule. */
function backgrounds(): { light: string; dark: string } {
  const dir = join(rootDist, '_astro');
  const css = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const rule = /\.astro-code\{([^}]*--shiki-light-bg:[^}]*)\}/.exec(css)?.[1] ?? '';
  const pick = (name: string) => six(new RegExp(`--shiki-${name}-bg:\\s*(#[0-9a-fA-F]{3,8})`).exec(rule)?.[1] ?? '');
  return { light: pick('light'), dark: pick('dark') };
}

const rust = testReport(rustReport);
const snippets = rust.parts.flatMap((part) => part.source.blocks.flatMap((block) => (block.kind === 'code' ? [block.source.join('\n')] : [])));
const blocks = [
  { page: `${rustReport}/ml-infrastructure/`, title: 'src/lib.rs', source: snippets[0] ?? '', opens: 'batch_tokenize' },
  { page: `${rustReport}/cpp-replacement/`, title: 'src/main.rs', source: snippets[1] ?? '', opens: 'TcpListener' },
];

describe('the report’s Rust snippets', () => {
  it('are the two snippets of the source text', () => {
    expect(snippets).toHaveLength(2);
    expect(snippets.map((s) => s.split('\n')[0])).toEqual([
      '// PyO3: exposing a Rust tokenizer to Python',
      '// Example: async networking with Tokio — the Rust async runtime',
    ]);
  });

  for (const block of blocks) {
    describe(`${block.title} on ${block.page}`, () => {
      const figure = readPage(rootDist, block.page).querySelector('article figure.code-block');
      const pre = figure?.querySelector('pre');
      const code = pre?.querySelector('code')?.textContent ?? '';

      it('sits in a figure whose caption gives the file and the language', () => {
        expect(figure?.querySelector('figcaption .code-title')?.textContent).toBe(block.title);
        expect(figure?.querySelector('figcaption .code-language')?.textContent).toBe('Rust');
        expect(figure?.querySelector('figcaption .code-language')?.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(pre?.getAttribute('data-language')).toBe('rust');
      });

      it('has exactly the report’s tokens, in the report’s order', () => {
        expect(code).toContain(block.opens);
        expect(rustTokens(code)).toEqual(rustTokens(block.source));
      });

      it('is indented the way rustfmt lays out blocks, four spaces a level', () => {
        const lines = code.split('\n');
        const indents = lines.map((line) => (line.trim() === '' ? 0 : line.length - line.trimStart().length));
        expect(indents).toEqual(expectedIndents(code).map((level) => level * 4));
        expect(Math.max(...indents)).toBeGreaterThanOrEqual(8);
      });

      it('is highlighted at build time with many token colours in both themes', () => {
        const tokens = [...(pre?.querySelectorAll('.line > span') ?? [])].map((span) => themeColours(span));
        expect(new Set(tokens.map((t) => t.light)).size).toBeGreaterThanOrEqual(5);
        expect(new Set(tokens.map((t) => t.dark)).size).toBeGreaterThanOrEqual(5);
        expect(tokens.every((t) => t.light !== '' && t.dark !== '')).toBe(true);
        expect(pre?.getAttribute('tabindex')).toBe('0');
      });

      it('keeps every token at WCAG AA contrast against its theme’s background', () => {
        const background = backgrounds();
        expect(background.light).toMatch(/^#[0-9a-f]{6}$/);
        const weak = [...(pre?.querySelectorAll('.line > span') ?? [])].flatMap((span) => {
          const colour = themeColours(span);
          return (['light', 'dark'] as const)
            .map((theme) => ({ theme, text: span.textContent, ratio: contrast(colour[theme], background[theme]) }))
            .filter((token) => token.text?.trim() && token.ratio < 4.5);
        });
        expect(weak).toEqual([]);
      });
    });
  }

  it('marks the par_iter() line, which the snippet’s own comment points at', () => {
    const marked = [...readPage(rootDist, `${rustReport}/ml-infrastructure/`).querySelectorAll('pre .line.highlighted')];
    expect(marked.map((line) => line.textContent?.trim())).toEqual(['.par_iter() // rayon parallel iterator']);
  });

  it('puts the snippets in their part’s article and on the whole-report page, which search indexes', () => {
    const report = readPage(rootDist, `${rustReport}/report/`);
    expect(report.querySelectorAll('[data-pagefind-body] figure.code-block pre')).toHaveLength(2);
    for (const pre of report.querySelectorAll('figure.code-block pre')) expect(pre.closest('[data-pagefind-ignore]')).toBeNull();
    for (const block of blocks) {
      expect(readPage(rootDist, block.page).querySelector('article[data-report] figure.code-block')).not.toBeNull();
    }
  });
});

describe('every snippet of every report', () => {
  const all = testLibrary().flatMap((report) =>
    report.parts.flatMap((part) => part.source.blocks.flatMap((block) => (block.kind === 'code' ? [{ report: report.slug, page: part.path, block }] : []))),
  );

  it('the test library has snippets in several languages, and some the importer could not tell', () => {
    expect(new Set(all.map((s) => s.block.language))).toEqual(new Set(['rust', 'sql', 'cpp', 'text']));
  });

  for (const { page, block } of all) {
    it(`${page}: the ${block.language} snippet at line ${block.line} is highlighted in its language (or its editors') with the report's tokens`, () => {
      const pres = [...readPage(rootDist, page).querySelectorAll('article figure.code-block pre')];
      const pre = pres.find((p) => p.textContent?.includes(block.source[0]!.trim()));
      const language = pre?.getAttribute('data-language') ?? '';
      // A snippet the importer could not tell is fenced as text, unless the editors named its language.
      if (block.language !== 'text') expect(language).toBe(block.language);
      if (language !== 'text') expect(pre?.querySelectorAll('.line > span[class*="sl-"]').length).toBeGreaterThan(block.source.length);
      const lines = (pre?.querySelector('code')?.textContent ?? '').split('\n');
      expect(sameTokens(lines, block.source, (isLanguage(language) ? language : 'text') as Language)).toBe(true);
    });
  }
});
