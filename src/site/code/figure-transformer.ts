import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent, Root } from 'hast';
import { readCodeMeta } from '../../report/code-meta.ts';
import { languageLabel } from '../../report/languages.ts';

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * Wraps each highlighted block in `<figure class="code-block">` with a `<figcaption>` that shows the
 * fence's `title="…"` and the language, so readers see which file a snippet belongs in. The copy
 * button is added by a script (src/client/copy-code.ts): without JavaScript there is no dead button.
 * The `<pre>` keeps Shiki's `tabindex="0"` so a keyboard can scroll a wide line on a phone.
 */
export function transformerCodeFigure(): ShikiTransformer {
  return {
    name: 'report:code-figure',
    root(root): Root {
      const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
      if (!pre) return root;
      const lang = this.options.lang;
      const { title } = readCodeMeta(this.options.meta?.__raw);
      const caption = element('figcaption', { className: ['code-caption'] }, [
        ...(title ? [element('span', { className: ['code-title'] }, [text(title)])] : []),
        // "Rust" on every block would only add noise to searches for Rust.
        element('span', { className: ['code-language'], dataPagefindIgnore: '' }, [text(languageLabel(lang))]),
      ]);
      const figure = element('figure', { className: ['code-block'] }, [caption, pre]);
      return { ...root, children: [figure] };
    },
  };
}
