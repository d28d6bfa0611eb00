import { createRequire } from 'node:module';
import type { Language } from '../../report/languages.ts';
import { isBraceLanguage } from '../../report/languages.ts';
import { reindent } from './reindent.ts';
import { reindentShell } from './reindent-shell.ts';
import { scanLine, type ScanState } from './scan.ts';
import { sameTokens, tokenizeLines } from './tokens.ts';

/** Who laid the snippet out: a real formatter, our re-indenter, or nobody (kept as written). */
export type Formatter = 'gofmt' | 'clang-format' | 'reindent' | 'kept';

/** A snippet after formatting: its lines, who formatted it, and a note when a formatter was refused. */
export interface Formatted {
  lines: string[];
  by: Formatter;
  /** Why the real formatter's output was not used (it failed or changed a token). */
  note?: string;
}

/**
 * clang-format settings: Google's layout at 4 spaces, with everything that could add, drop or
 * move a token, or add a blank line, turned off; ColumnLimit 0 keeps the author's line breaks.
 * https://clang.llvm.org/docs/ClangFormatStyleOptions.html
 */
const CLANG_STYLE = JSON.stringify({
  BasedOnStyle: 'Google',
  IndentWidth: 4,
  ColumnLimit: 0,
  AccessModifierOffset: -4,
  EmptyLineBeforeAccessModifier: 'Leave',
  EmptyLineAfterAccessModifier: 'Leave',
  SeparateDefinitionBlocks: 'Leave',
  SortIncludes: 'Never',
  SortUsingDeclarations: 'Never',
  FixNamespaceComments: false,
  ReflowComments: false,
  InsertBraces: false,
  RemoveBracesLLVM: false,
  RemoveParentheses: 'Leave',
  RemoveSemicolon: false,
  InsertNewlineAtEOF: false,
  QualifierAlignment: 'Leave',
});

type FormatFn = (source: string, language: Language) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, FormatFn | null>();

/**
 * Loads a WebAssembly formatter once, synchronously (its Node entry compiles the module at
 * import); null when the package is missing, so the importer falls back instead of failing.
 */
function loadFormatter(name: 'gofmt' | 'clang-format'): FormatFn | null {
  if (!loaded.has(name)) {
    try {
      if (name === 'gofmt') {
        const mod = require('@wasm-fmt/gofmt') as { format: (s: string) => string };
        loaded.set(name, (s) => mod.format(s));
      } else {
        const mod = require('@wasm-fmt/clang-format') as { format: (s: string, file: string, style: string) => string };
        // The file name tells clang-format the language.
        loaded.set(name, (s, language) => mod.format(s, language === 'c' ? 'snippet.c' : 'snippet.cpp', CLANG_STYLE));
      }
    } catch {
      loaded.set(name, null);
    }
  }
  return loaded.get(name) ?? null;
}

/** The real formatter for a language, if one runs in Node: gofmt for Go, clang-format for C and C++. */
function formatterFor(language: Language): 'gofmt' | 'clang-format' | undefined {
  if (language === 'go') return 'gofmt';
  if (language === 'c' || language === 'cpp') return 'clang-format';
  return undefined;
}

/** Whether any line of the snippet is already indented (then it is kept exactly, as Python must be). */
export function hasIndentation(lines: readonly string[]): boolean {
  return lines.some((line) => /^[ \t]+\S/.test(line));
}

/**
 * Restores a snippet's layout: brace languages whose indentation was lost go through their real
 * formatter when one exists and keeps every token, else through {@link reindent}; shell through
 * {@link reindentShell}; snippets that already have indentation, and other languages (Python's
 * indentation is its syntax: lost, it cannot be guessed), are kept exactly.
 */
export function formatSnippet(lines: readonly string[], language: Language): Formatted {
  if (hasIndentation(lines)) return { lines: [...lines], by: 'kept' };
  if (language === 'shell') return { lines: reindentShell(lines), by: 'reindent' };
  // A snippet of a language the detector does not know (Kotlin, Java, C#, Swift…) whose braces
  // open and close in order is laid out by them, as a brace language would be.
  if (language === 'text' && opensAndClosesBraces(lines)) return { lines: reindent(lines, 'text'), by: 'reindent' };
  if (!isBraceLanguage(language)) return { lines: [...lines], by: 'kept' };
  const name = formatterFor(language);
  const ours = reindent(lines, language);
  if (name === undefined) return { lines: ours, by: 'reindent' };
  const format = loadFormatter(name);
  if (format === null) return { lines: ours, by: 'reindent', note: `${name} is not installed; indented by the importer` };
  let output: string[];
  try {
    output = format(lines.join('\n') + '\n', language).replace(/\n+$/, '').split('\n');
  } catch (error) {
    return { lines: ours, by: 'reindent', note: `${name} could not read the snippet (${firstLine(error)}); indented by the importer` };
  }
  if (!sameTokens(lines, output, language)) {
    return { lines: ours, by: 'reindent', note: `${name} changed a token; indented by the importer instead` };
  }
  return { lines: restoreBlankLines(lines, output.map((l) => l.trimEnd()), language), by: name };
}

/** Whether a snippet's code (strings left out) has a `{` and closes every bracket it opens, in order. */
export function opensAndClosesBraces(lines: readonly string[]): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let braces = false;
  let state: ScanState = 'code';
  for (const line of lines) {
    const scanned = scanLine(line, 'text', state);
    state = scanned.state;
    for (const segment of scanned.segments) {
      if (segment.kind !== 'code') continue;
      for (const char of segment.text) {
        if (char === '{') braces = true;
        if (char === '(' || char === '[' || char === '{') open.push(char);
        else if (char in pairs && open.pop() !== pairs[char]) return false;
      }
    }
  }
  return braces && open.length === 0;
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

/**
 * Puts the source's blank lines back where they were (between the same two tokens) and drops
 * the blank lines a formatter added: the importer never adds a line the author did not write.
 * A blank line inside a multi-line string is text and is never touched.
 */
export function restoreBlankLines(source: readonly string[], formatted: readonly string[], language: Language): string[] {
  const wanted = new Map<number, number>();
  let count = 0;
  tokenizeLines(source, language).forEach((line, i) => {
    if (!line.inString && (source[i] ?? '').trim() === '') wanted.set(count, (wanted.get(count) ?? 0) + 1);
    count += line.tokens.length;
  });
  const out: string[] = [];
  count = 0;
  tokenizeLines(formatted, language).forEach((line, i) => {
    const text = formatted[i] ?? '';
    if (!line.inString && text.trim() === '') return;
    const blanks = wanted.get(count) ?? 0;
    for (let b = 0; b < blanks; b++) out.push('');
    wanted.delete(count);
    out.push(text);
    count += line.tokens.length;
  });
  return out;
}
