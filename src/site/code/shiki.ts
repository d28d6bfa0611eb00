import type { ShikiConfig } from 'astro';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { transformerCodeFigure } from './figure-transformer.ts';
import { transformerTokenClasses } from './token-classes.ts';

/** How every code block is highlighted: set once here, used by astro.config.mjs and the tests. */
export const shikiConfig = {
  // Both themes keep every token at WCAG AA (4.5:1) against their background
  // (tests/build/code-blocks.test.ts) and on a marked line's tint (axe-core on the painted page,
  // tests/browser/code-blocks.test.ts); github-light's and github-dark's grey comments do not.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const,
  // CSS variables instead of a default colour, so the site's theme switch picks the palette
  // (src/styles/code.css) from one copy of the HTML.
  defaultColor: false,
  // `{10}` in a fence's meta marks line 10; `title="…"` captions the block.
  // Colours as classes, not style attributes, so the CSP needs no 'unsafe-inline' (the stylesheet
  // is virtual:code-colours.css, src/site/code/code-colours.ts).
  transformers: [transformerMetaHighlight(), transformerCodeFigure(), transformerTokenClasses()],
} satisfies Partial<ShikiConfig>;
