// What a code block's caption shows (src/lib/code/figure-transformer.ts): the title its fence asks for,
// and its language as readers spell it.

/**
 * The caption a fence asks for: `title="src/lib.rs"` (or single quotes) in the fence meta,
 * e.g. ```` ```rust title="src/lib.rs" {10} ````. Undefined when the fence names none.
 */
export function codeTitle(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title ? title : undefined;
}

// Shiki's language ids are lower-case; readers expect the language's own spelling.
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  rust: 'Rust',
  rs: 'Rust',
  toml: 'TOML',
  python: 'Python',
  py: 'Python',
  sh: 'Shell',
  shell: 'Shell',
  bash: 'Shell',
  json: 'JSON',
  go: 'Go',
  c: 'C',
  cpp: 'C++',
  'c++': 'C++',
  sql: 'SQL',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  javascript: 'JavaScript',
  js: 'JavaScript',
  text: 'Text',
  plaintext: 'Text',
};

/** The label a code block shows for its language: "Rust" for `rust`, the id itself if unknown. */
export function languageLabel(lang: string): string {
  return LANGUAGE_NAMES[lang.toLowerCase()] ?? lang;
}
