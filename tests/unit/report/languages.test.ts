import { bundledLanguages, bundledLanguagesInfo } from 'shiki';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS, LANGUAGE_TABLE, languageLabel, languageOf } from '../../../src/report/languages.ts';
import { PLAIN_LANGUAGES } from '../../../src/report/highlighting.ts';

describe('the table of snippet languages', () => {
  it.each(LANGUAGE_IDS.filter((id) => id !== 'text'))('names a Shiki bundled language for %s, and fences with an id Shiki resolves to it', (id) => {
    const entry = LANGUAGE_TABLE[id];
    const info = bundledLanguagesInfo.find((language) => language.id === entry.shiki);
    expect(info, `${entry.shiki} is not a Shiki bundled language id`).toBeDefined();
    // The fence says `id`; Shiki must read it as the same grammar (an id or one of its aliases).
    expect(Object.hasOwn(bundledLanguages, id)).toBe(true);
    expect([info?.id, ...(info?.aliases ?? [])]).toContain(id);
  });

  it('fences plain text with a name Shiki shows as text', () => {
    expect(PLAIN_LANGUAGES).toContain(LANGUAGE_TABLE.text.shiki);
  });

  it('covers every language the house style lists for snippets', () => {
    const labels = Object.values(LANGUAGE_TABLE).map((entry) => entry.label);
    for (const name of ['Rust', 'Go', 'C', 'C++', 'Python', 'TypeScript', 'JavaScript', 'Shell', 'SQL', 'Java', 'Kotlin', 'C#', 'Swift', 'Ruby', 'PHP', 'Scala', 'YAML', 'JSON', 'TOML', 'Dockerfile', 'HCL', 'Terraform', 'Makefile', 'nginx', 'INI', 'PowerShell', 'Diff', 'GraphQL', 'Protocol Buffers']) {
      expect(labels).toContain(name);
    }
  });
});

describe('a code block’s language label', () => {
  it('spells the table’s languages as their users do, whatever alias the fence uses', () => {
    expect(['rust', 'rs', 'yaml', 'yml', 'kotlin', 'kt', 'cs', 'c#', 'docker', 'dockerfile', 'tf', 'protobuf', 'bash', 'plaintext'].map(languageLabel)).toEqual([
      'Rust', 'Rust', 'YAML', 'YAML', 'Kotlin', 'Kotlin', 'C#', 'C#', 'Dockerfile', 'Dockerfile', 'Terraform', 'Protocol Buffers', 'Shell', 'Text',
    ]);
  });

  it('takes Shiki’s name for a language the table lacks, and shows an unknown id as written', () => {
    expect(languageLabel('zig')).toBe('Zig');
    expect(languageLabel('HASKELL')).toBe('Haskell');
    expect(languageLabel('no-such-language')).toBe('no-such-language');
  });

  it('never shows a lower-case id for a language of the table, but nginx, which spells itself so', () => {
    expect(LANGUAGE_IDS.filter((id) => languageLabel(id) === id)).toEqual(['nginx']);
  });

  it('maps Shiki’s aliases to the table’s ids', () => {
    expect([languageOf('yml'), languageOf('C#'), languageOf('makefile'), languageOf('make'), languageOf('sh'), languageOf('zig')]).toEqual(['yaml', 'csharp', 'makefile', 'makefile', 'shell', undefined]);
  });
});
