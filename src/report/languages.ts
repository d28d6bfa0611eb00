/**
 * The languages a report's snippets are fenced with, in one table: the Shiki id the importer writes,
 * the name readers see ("Rust", "C++"), and whether the language's blocks are delimited by braces
 * (so lost indentation can be rebuilt from the text). `text` is the honest answer when unsure.
 */
export const LANGUAGE_TABLE = {
  rust: { label: 'Rust', braces: true },
  go: { label: 'Go', braces: true },
  c: { label: 'C', braces: true },
  cpp: { label: 'C++', braces: true },
  python: { label: 'Python', braces: false },
  typescript: { label: 'TypeScript', braces: true },
  javascript: { label: 'JavaScript', braces: true },
  shell: { label: 'Shell', braces: false },
  // SQL nests with parentheses, which the re-indenter treats as it treats braces.
  sql: { label: 'SQL', braces: true },
  text: { label: 'Text', braces: false },
} as const satisfies Record<string, { label: string; braces: boolean }>;

/** One of the table's languages: the Shiki id a snippet is fenced with (`shell` is bash). */
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

// Other spellings a fence may use (editors' `language:` touches, Shiki's aliases) for a language of the table.
const ALIASES: Readonly<Record<string, Language>> = {
  rs: 'rust', 'c++': 'cpp', py: 'python', ts: 'typescript', js: 'javascript', sh: 'shell', bash: 'shell', zsh: 'shell',
  plaintext: 'text', txt: 'text', plain: 'text',
};

/** The table's language for an id or alias, if it has one. */
export function languageOf(id: string): Language | undefined {
  const lower = id.toLowerCase();
  return isLanguage(lower) ? lower : ALIASES[lower];
}

/** The name a code block shows for its language: "Rust" for `rust` or `rs`; an id the table lacks, as written. */
export function languageLabel(id: string): string {
  const language = languageOf(id);
  return language ? LANGUAGE_TABLE[language].label : id;
}
