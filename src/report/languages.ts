/**
 * The languages a report's snippets are fenced with, in one table: the id the importer writes in
 * the fence (and source.json), Shiki's bundled language it names, the name readers see ("Rust",
 * "C#", "YAML"), and whether the language's blocks are delimited by braces (so lost indentation can
 * be rebuilt from the text). `text` is the honest answer when unsure. Every label a reader sees on
 * a code block comes from here (src/site/code/caption.ts, src/site/document.ts).
 */
import { bundledLanguagesInfo } from 'shiki';

/** One language of the table. */
export interface LanguageEntry {
  /** The id of Shiki's bundled language (`bundledLanguagesInfo`), or `text` for plain text. */
  shiki: string;
  /** The language's proper name, as its users write it. */
  label: string;
  /** Blocks delimited by braces (or parentheses, for SQL): the re-indenter may rebuild lost indentation. */
  braces: boolean;
}

/** The table: each language the importer may fence a snippet with, by the id it writes. */
export const LANGUAGE_TABLE = {
  rust: { shiki: 'rust', label: 'Rust', braces: true },
  go: { shiki: 'go', label: 'Go', braces: true },
  c: { shiki: 'c', label: 'C', braces: true },
  cpp: { shiki: 'cpp', label: 'C++', braces: true },
  python: { shiki: 'python', label: 'Python', braces: false },
  typescript: { shiki: 'typescript', label: 'TypeScript', braces: true },
  javascript: { shiki: 'javascript', label: 'JavaScript', braces: true },
  // `shell` is Shiki's alias of its `shellscript` grammar (bash).
  shell: { shiki: 'shellscript', label: 'Shell', braces: false },
  // SQL nests with parentheses, which the re-indenter treats as it treats braces.
  sql: { shiki: 'sql', label: 'SQL', braces: true },
  java: { shiki: 'java', label: 'Java', braces: true },
  kotlin: { shiki: 'kotlin', label: 'Kotlin', braces: true },
  csharp: { shiki: 'csharp', label: 'C#', braces: true },
  swift: { shiki: 'swift', label: 'Swift', braces: true },
  scala: { shiki: 'scala', label: 'Scala', braces: true },
  php: { shiki: 'php', label: 'PHP', braces: true },
  // Ruby's blocks close with `end`, not braces: lost indentation is left as written.
  ruby: { shiki: 'ruby', label: 'Ruby', braces: false },
  powershell: { shiki: 'powershell', label: 'PowerShell', braces: true },
  // Indentation is YAML's syntax, as it is Python's: kept exactly, never rebuilt.
  yaml: { shiki: 'yaml', label: 'YAML', braces: false },
  json: { shiki: 'json', label: 'JSON', braces: true },
  toml: { shiki: 'toml', label: 'TOML', braces: false },
  ini: { shiki: 'ini', label: 'INI', braces: false },
  nginx: { shiki: 'nginx', label: 'nginx', braces: true },
  dockerfile: { shiki: 'docker', label: 'Dockerfile', braces: false },
  // A Makefile's recipes are tab-indented: lost, they cannot be told from the targets.
  makefile: { shiki: 'make', label: 'Makefile', braces: false },
  hcl: { shiki: 'hcl', label: 'HCL', braces: true },
  terraform: { shiki: 'terraform', label: 'Terraform', braces: true },
  graphql: { shiki: 'graphql', label: 'GraphQL', braces: true },
  proto: { shiki: 'proto', label: 'Protocol Buffers', braces: true },
  diff: { shiki: 'diff', label: 'Diff', braces: false },
  text: { shiki: 'text', label: 'Text', braces: false },
} as const satisfies Record<string, LanguageEntry>;

/** One of the table's languages: the id a snippet is fenced with. */
export type Language = keyof typeof LANGUAGE_TABLE;

/** Every language id, for schemas. */
export const LANGUAGE_IDS = Object.keys(LANGUAGE_TABLE) as [Language, ...Language[]];

/** The languages the importer fences code with. */
export const LANGUAGES: readonly Language[] = LANGUAGE_IDS;

/** Whether a language's blocks are delimited by braces (or parentheses, for SQL). */
export function isBraceLanguage(language: Language): boolean {
  return LANGUAGE_TABLE[language].braces;
}

/** Whether `id` is one of the table's languages. */
export function isLanguage(id: string): id is Language {
  return Object.hasOwn(LANGUAGE_TABLE, id);
}

/** Names of plain text a fence may use besides `text`. */
const TEXT_ALIASES = ['plaintext', 'txt', 'plain'];

/**
 * Every other spelling of a table language a fence may use (an editor's `language:` touch), read
 * from Shiki's own list of ids and aliases: `rs`, `c#`, `yml`, `docker`, `tf`, `protobuf`…
 */
const ALIASES: ReadonlyMap<string, Language> = new Map([
  ...TEXT_ALIASES.map((alias) => [alias, 'text'] as const),
  ...LANGUAGE_IDS.flatMap((language) => {
    const info = bundledLanguagesInfo.find((entry) => entry.id === LANGUAGE_TABLE[language].shiki);
    return [info?.id, ...(info?.aliases ?? [])].flatMap((alias) => (alias === undefined ? [] : [[alias.toLowerCase(), language] as const]));
  }),
]);

/** The table's language for an id or alias, if it has one. */
export function languageOf(id: string): Language | undefined {
  const lower = id.toLowerCase();
  return isLanguage(lower) ? lower : ALIASES.get(lower);
}

/**
 * The name a code block shows for its language: the table's label ("Rust" for `rust` or `rs`,
 * "C#" for `cs`); for another language Shiki highlights, Shiki's own name for it ("Zig"); an id
 * neither knows, as written.
 */
export function languageLabel(id: string): string {
  const language = languageOf(id);
  if (language) return LANGUAGE_TABLE[language].label;
  const lower = id.toLowerCase();
  return bundledLanguagesInfo.find((entry) => entry.id === lower || entry.aliases?.includes(lower))?.name ?? id;
}
