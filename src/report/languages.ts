/** The languages the importer fences code with; `text` is the honest answer when unsure. */
export const LANGUAGES = ['rust', 'go', 'c', 'cpp', 'python', 'typescript', 'javascript', 'shell', 'sql', 'text'] as const;

/** One of {@link LANGUAGES}: the Shiki language id a snippet is fenced with (`shell` is bash). */
export type Language = (typeof LANGUAGES)[number];

/** Languages whose blocks are delimited by braces, so lost indentation can be rebuilt from the text. */
export const BRACE_LANGUAGES: ReadonlySet<Language> = new Set(['rust', 'go', 'c', 'cpp', 'typescript', 'javascript', 'sql']);

/** Whether a language's blocks are delimited by braces (or parentheses, for SQL). */
export function isBraceLanguage(language: Language): boolean {
  return BRACE_LANGUAGES.has(language);
}
