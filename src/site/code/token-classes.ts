import type { ShikiTransformer, ThemeRegistrationAny } from 'shiki';
import type { Element } from 'hast';

// Shiki writes each token's colours as a style attribute ("--shiki-light:#A0111F;--shiki-dark:#FF7B72").
// A strict Content-Security-Policy (no 'unsafe-inline', not even for attributes) forbids those, so
// each colour becomes a class whose rule sits in a stylesheet: the two themes' palettes are small
// (a dozen colours each), so the stylesheet is known before any code is highlighted.

const PROPERTY_CLASS: Readonly<Record<string, string>> = {
  '--shiki-light': 'sl',
  '--shiki-dark': 'sd',
  '--shiki-light-font-style': 'slf',
  '--shiki-dark-font-style': 'sdf',
  '--shiki-light-font-weight': 'slw',
  '--shiki-dark-font-weight': 'sdw',
  '--shiki-light-text-decoration': 'slt',
  '--shiki-dark-text-decoration': 'sdt',
  // Astro's own transformer keeps a diff line's leading + or - out of a selection with an inline style.
  'user-select': 'us',
};

/** The class for one declaration: "--shiki-dark:#FF7B72" → "sd-ff7b72", "--shiki-light-font-style:italic" → "slf-italic". */
export function declarationClass(property: string, value: string): string {
  const prefix = PROPERTY_CLASS[property.trim()];
  if (!prefix) throw new Error(`Shiki wrote a style this site has no class for: ${property}:${value}`);
  return `${prefix}-${value.trim().toLowerCase().replace(/^#/, '').replace(/[^a-z0-9-]/g, '-')}`;
}

/** The classes that replace a token's style attribute. */
export function styleClasses(style: string): string[] {
  return style
    .split(';')
    .filter((declaration) => declaration.trim() !== '')
    .map((declaration) => {
      const [property = '', ...value] = declaration.split(':');
      return declarationClass(property, value.join(':'));
    });
}

function addClasses(node: Element, classes: readonly string[]): void {
  const existing: unknown = node.properties['className'];
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/) : [];
  node.properties['className'] = [...list, ...classes];
}

/** Replaces an element's style attribute by the classes for its declarations. */
function styleToClasses(node: Element): void {
  const style = node.properties['style'];
  if (typeof style !== 'string') return;
  delete node.properties['style'];
  addClasses(node, styleClasses(style));
}

/**
 * Moves Shiki's inline colours into classes: tokens get `sl-…`/`sd-…` classes; the `<pre>` loses
 * its style (its colours come from the same palette in src/styles/code.css). A line's own spans are
 * looked at again once the line is built: Astro's transformer, which runs before this one, wraps a
 * diff line's `+` or `-` in `<span style="user-select: none;">` there, after the tokens' hooks ran
 * (node_modules/@astrojs/internal-helpers/dist/shiki.js, `line`).
 */
export function transformerTokenClasses(): ShikiTransformer {
  return {
    name: 'report:token-classes',
    pre(node) {
      delete node.properties['style'];
    },
    span(node) {
      styleToClasses(node);
    },
    line(node) {
      const visit = (element: Element): void => {
        styleToClasses(element);
        for (const child of element.children) if (child.type === 'element') visit(child);
      };
      for (const child of node.children) if (child.type === 'element') visit(child);
    },
  };
}

/** Every colour a theme may give a token: its token colours and its default foreground. */
export function themePalette(theme: ThemeRegistrationAny): string[] {
  const colours = new Set<string>();
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    const foreground = rule.settings?.foreground;
    if (foreground) colours.add(foreground.toLowerCase());
  }
  const fallback = theme.colors?.['editor.foreground'] ?? theme.fg;
  if (fallback) colours.add(fallback.toLowerCase());
  return [...colours].sort();
}

/** The stylesheet behind the classes: one rule per colour of each theme, and the font styles. */
export function tokenClassCss(light: ThemeRegistrationAny, dark: ThemeRegistrationAny): string {
  const rules: string[] = [];
  for (const [variable, theme] of [['--shiki-light', light], ['--shiki-dark', dark]] as const) {
    for (const colour of themePalette(theme)) rules.push(`.${declarationClass(variable, colour)}{${variable}:${colour}}`);
    // The values Shiki writes for a theme's bold, italic, underline and strikethrough tokens.
    for (const style of ['italic', 'inherit']) rules.push(`.${declarationClass(`${variable}-font-style`, style)}{${variable}-font-style:${style}}`);
    for (const weight of ['bold', 'inherit']) rules.push(`.${declarationClass(`${variable}-font-weight`, weight)}{${variable}-font-weight:${weight}}`);
    for (const decoration of ['underline', 'line-through', 'inherit']) rules.push(`.${declarationClass(`${variable}-text-decoration`, decoration)}{${variable}-text-decoration:${decoration}}`);
  }
  // The block's own colours, which Shiki put in the <pre>'s style.
  const block = (theme: ThemeRegistrationAny) => ({
    fg: (theme.colors?.['editor.foreground'] ?? theme.fg ?? '').toLowerCase(),
    bg: (theme.colors?.['editor.background'] ?? theme.bg ?? '').toLowerCase(),
  });
  const l = block(light);
  const d = block(dark);
  rules.push(`.astro-code{--shiki-light:${l.fg};--shiki-dark:${d.fg};--shiki-light-bg:${l.bg};--shiki-dark-bg:${d.bg}}`);
  rules.push(`.${declarationClass('user-select', 'none')}{user-select:none}`);
  return `${rules.join('\n')}\n`;
}
