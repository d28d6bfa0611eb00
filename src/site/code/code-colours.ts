import type { Plugin } from 'vite';
import { bundledThemes, type BundledTheme } from 'shiki';
import { tokenClassCss } from './token-classes.ts';

const MODULE = 'virtual:code-colours.css';
const RESOLVED = `\0${MODULE}`;

/**
 * Serves `virtual:code-colours.css`, the stylesheet behind the token classes that replace Shiki's
 * style attributes (token-classes.ts), built from the two themes the site highlights with.
 */
export function codeColours(themes: { light: BundledTheme; dark: BundledTheme }): Plugin {
  return {
    name: 'report:code-colours',
    resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
    load: async (id: string) => {
      if (id !== RESOLVED) return undefined;
      const [light, dark] = await Promise.all([bundledThemes[themes.light](), bundledThemes[themes.dark]()]);
      return tokenClassCss(light.default, dark.default);
    },
  };
}
