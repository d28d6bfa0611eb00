import { describe, expect, it } from 'vitest';
import { codeToHtml, bundledThemes } from 'shiki';
import { styleClasses, themePalette, tokenClassCss, transformerTokenClasses } from '../../../../src/site/code/token-classes.ts';
import { shikiConfig } from '../../../../src/site/code/shiki.ts';

describe('styleClasses', () => {
  it('turns each colour declaration into a class', () => {
    expect(styleClasses('--shiki-light:#A0111F;--shiki-dark:#FF7B72')).toEqual(['sl-a0111f', 'sd-ff7b72']);
    expect(styleClasses('--shiki-light-font-style:italic')).toEqual(['slf-italic']);
  });

  it('refuses a declaration it has no class for, instead of dropping it', () => {
    expect(() => styleClasses('color:red')).toThrow(/no class for: color:red/);
  });
});

describe('transformerTokenClasses', () => {
  it('moves the style Astro gives a diff line’s + or - into a class with a rule', async () => {
    // As Astro's transformer leaves a diff line, before this one runs (@astrojs/internal-helpers, shiki.js).
    const line = { type: 'element' as const, tagName: 'span', properties: { className: ['line'] }, children: [
      { type: 'element' as const, tagName: 'span', properties: { class: 'sl-6e011a' }, children: [
        { type: 'element' as const, tagName: 'span', properties: { style: 'user-select: none;' }, children: [{ type: 'text' as const, value: '-' }] },
        { type: 'text' as const, value: 'old line' },
      ] },
    ] };
    const hook = transformerTokenClasses().line as (this: unknown, node: typeof line, n: number) => void;
    hook.call({}, line, 1);
    const marker = line.children[0]?.children[0] as { properties: Record<string, unknown> };
    expect(marker.properties).toEqual({ className: ['us-none'] });
    const [light, dark] = await Promise.all([bundledThemes[shikiConfig.themes.light](), bundledThemes[shikiConfig.themes.dark]()]);
    expect(tokenClassCss(light.default, dark.default)).toContain('.us-none{user-select:none}');
  });

  it('leaves no style attribute in highlighted code, and every class it uses has a rule', async () => {
    const html = await codeToHtml('fn main() { let x: Vec<u8> = vec![0u8; 4]; // note\n}', {
      lang: 'rust',
      themes: shikiConfig.themes,
      defaultColor: false,
      transformers: [transformerTokenClasses()],
    });
    expect(html).not.toMatch(/style=/);
    const [light, dark] = await Promise.all([bundledThemes[shikiConfig.themes.light](), bundledThemes[shikiConfig.themes.dark]()]);
    const css = tokenClassCss(light.default, dark.default);
    const used = new Set([...html.matchAll(/\b(s[ld][fwt]?-[a-z0-9-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(3);
    for (const cls of used) expect(css).toContain(`.${cls}{`);
  });

  it('has a rule for the bold, italic and struck-through tokens of Markdown, too', async () => {
    const html = await codeToHtml('# Title\n**bold** _italic_ ~~gone~~', { lang: 'markdown', themes: shikiConfig.themes, defaultColor: false, transformers: [transformerTokenClasses()] });
    const [light, dark] = await Promise.all([bundledThemes[shikiConfig.themes.light](), bundledThemes[shikiConfig.themes.dark]()]);
    const css = tokenClassCss(light.default, dark.default);
    const styled = [...new Set([...html.matchAll(/\b(s[ld][fwt]-[a-z0-9-]+)/g)].map((m) => m[1]))];
    expect(styled.length).toBeGreaterThan(0);
    for (const cls of styled) expect(css).toContain(`.${cls}{`);
  });
});

describe('themePalette', () => {
  it('lists a theme’s token colours and its foreground, lower-cased', () => {
    expect(themePalette({ name: 't', type: 'light', fg: '#000000', tokenColors: [{ settings: { foreground: '#ABCDEF' } }] } as never)).toEqual(['#000000', '#abcdef']);
  });
});
