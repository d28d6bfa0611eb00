import type { Language } from '../../report/languages.ts';

/** What a line of code holds, in order: code, string literals (quotes included) and comments. */
export interface Segment {
  kind: 'code' | 'string' | 'comment';
  text: string;
}

/** Where a scan stands at the end of a line: inside a construct that continues on the next one. */
export type ScanState = 'code' | 'block-comment' | 'backtick' | 'triple-double' | 'triple-single';

/** Language traits the scanner needs, looked up once per language. */
interface Syntax {
  lineComment: RegExp | undefined;
  /** Where a line comment may start: anywhere, only after white space (shell's `a#b` is a word), or only at the line's start (INI). */
  commentAt: 'anywhere' | 'after-space' | 'line-start';
  /** Block comment delimiters: C's, PowerShell's `<#` `#>`, or none. */
  blockComment: readonly [string, string] | undefined;
  /** Backtick strings that may span lines (JS/TS templates, Go raw strings). */
  backtick: boolean;
  /** Triple-quoted strings, which span lines (Python, Kotlin, Swift, Scala, Java and C# text blocks, TOML, GraphQL). */
  tripleQuotes: boolean;
  /** How a single quote starts a literal: a whole string, a char literal only ('a', as in Rust or Java), or never. */
  singleQuote: 'string' | 'char' | 'none';
  /** Shell single quotes take no escapes; everywhere else the escape character escapes the next one. */
  rawSingleQuotes: boolean;
  /** The character that escapes the next one in a string: a backslash, or PowerShell's backtick. */
  escape: string;
}

const C_COMMENT = ['/*', '*/'] as const;
const C_LIKE: Syntax = { lineComment: /^\/\//, commentAt: 'anywhere', blockComment: C_COMMENT, backtick: false, tripleQuotes: false, singleQuote: 'string', rawSingleQuotes: false, escape: '\\' };
/** `#` comments after white space, no block comments: shell, YAML, nginx. */
const HASH: Syntax = { ...C_LIKE, lineComment: /^#/, commentAt: 'after-space', blockComment: undefined };

/** The scanner's view of each language. */
function syntaxOf(language: Language): Syntax {
  switch (language) {
    case 'rust':
      // Rust's ' starts a char literal ('a', '\n') or a lifetime ('_, 'a) that never closes.
      return { ...C_LIKE, singleQuote: 'char' };
    case 'go':
    case 'typescript':
    case 'javascript':
      return { ...C_LIKE, backtick: true };
    case 'c':
    case 'cpp':
    case 'proto':
      return C_LIKE;
    case 'java':
    case 'kotlin':
    case 'csharp':
    case 'scala':
      return { ...C_LIKE, singleQuote: 'char', tripleQuotes: true };
    case 'swift':
      return { ...C_LIKE, singleQuote: 'none', tripleQuotes: true };
    case 'php':
      // `#[Attribute]` is PHP 8's attribute, not a comment.
      return { ...C_LIKE, lineComment: /^(?:\/\/|#(?!\[))/ };
    case 'python':
      return { ...C_LIKE, lineComment: /^#/, blockComment: undefined, tripleQuotes: true };
    case 'shell':
    case 'makefile':
      return { ...HASH, rawSingleQuotes: true };
    case 'ruby':
    case 'nginx':
      return HASH;
    case 'yaml':
      return { ...HASH, rawSingleQuotes: true };
    case 'toml':
      return { ...HASH, tripleQuotes: true, rawSingleQuotes: true };
    case 'graphql':
      return { ...HASH, tripleQuotes: true, singleQuote: 'none' };
    case 'powershell':
      return { ...HASH, blockComment: ['<#', '#>'], rawSingleQuotes: true, escape: '`' };
    case 'hcl':
    case 'terraform':
      return { ...C_LIKE, lineComment: /^(?:#|\/\/)/, singleQuote: 'none' };
    case 'ini':
      return { ...HASH, lineComment: /^[;#]/, commentAt: 'line-start', singleQuote: 'none' };
    case 'dockerfile':
      return { ...HASH, commentAt: 'line-start' };
    case 'sql':
      return { ...C_LIKE, lineComment: /^--/ };
    case 'json':
    case 'diff':
    case 'text':
      return { ...C_LIKE, lineComment: undefined, blockComment: undefined, singleQuote: 'none' };
  }
}

const CHAR_LITERAL = /^'(?:\\u\{[0-9a-fA-F]+\}|\\.[0-9a-fA-F]*|[^\\'])'/u;

/**
 * Splits one line into code, string and comment segments, carrying block comments and
 * multi-line strings over to the next line through `state`. Regular strings end at the line's end.
 */
export function scanLine(line: string, language: Language, state: ScanState = 'code'): { segments: Segment[]; state: ScanState } {
  const syntax = syntaxOf(language);
  const segments: Segment[] = [];
  const push = (kind: Segment['kind'], text: string): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.kind === kind && kind === 'code') last.text += text;
    else segments.push({ kind, text });
  };
  let i = 0;
  if (state !== 'code') {
    const close = closerOf(state, syntax);
    const end = line.indexOf(close);
    if (end < 0) {
      push(state === 'block-comment' ? 'comment' : 'string', line);
      return { segments, state };
    }
    push(state === 'block-comment' ? 'comment' : 'string', line.slice(0, end + close.length));
    i = end + close.length;
    state = 'code';
  }
  while (i < line.length) {
    const rest = line.slice(i);
    const prev = i === 0 ? ' ' : line.charAt(i - 1);
    if (syntax.lineComment?.test(rest) && commentMayStart(syntax, line, i, prev)) {
      push('comment', rest);
      return { segments, state };
    }
    const opener = multiLineOpener(rest, syntax);
    if (opener) {
      const close = closerOf(opener.state, syntax);
      const end = rest.indexOf(close, opener.length);
      if (end < 0) {
        push(opener.state === 'block-comment' ? 'comment' : 'string', rest);
        return { segments, state: opener.state };
      }
      push(opener.state === 'block-comment' ? 'comment' : 'string', rest.slice(0, end + close.length));
      i += end + close.length;
      continue;
    }
    const literal = quotedLiteral(rest, syntax);
    if (literal) {
      push('string', literal);
      i += literal.length;
      continue;
    }
    push('code', line.charAt(i));
    i++;
  }
  return { segments, state };
}

/** Whether a line comment may start at `i`, where the language allows one. */
function commentMayStart(syntax: Syntax, line: string, i: number, prev: string): boolean {
  if (syntax.commentAt === 'after-space') return /\s/.test(prev);
  if (syntax.commentAt === 'line-start') return line.slice(0, i).trim() === '';
  return true;
}

/** The text that ends a multi-line construct. */
function closerOf(state: Exclude<ScanState, 'code'>, syntax: Syntax): string {
  switch (state) {
    case 'block-comment':
      return syntax.blockComment?.[1] ?? '*/';
    case 'backtick':
      return '`';
    case 'triple-double':
      return '"""';
    case 'triple-single':
      return "'''";
  }
}

/** A construct that may run past the line's end, opening at the start of `rest`. */
function multiLineOpener(rest: string, syntax: Syntax): { state: Exclude<ScanState, 'code'>; length: number } | undefined {
  if (syntax.blockComment && rest.startsWith(syntax.blockComment[0])) return { state: 'block-comment', length: syntax.blockComment[0].length };
  if (syntax.tripleQuotes && rest.startsWith('"""')) return { state: 'triple-double', length: 3 };
  if (syntax.tripleQuotes && rest.startsWith("'''")) return { state: 'triple-single', length: 3 };
  if (syntax.backtick && rest.startsWith('`')) return { state: 'backtick', length: 1 };
  return undefined;
}

/** A one-line string or char literal at the start of `rest`, quotes included; unterminated ones run to the line's end. */
function quotedLiteral(rest: string, syntax: Syntax): string | undefined {
  const quote = rest.charAt(0);
  if (quote === "'" && syntax.singleQuote === 'char') return CHAR_LITERAL.exec(rest)?.[0];
  if (quote === "'" && syntax.singleQuote === 'none') return undefined;
  if (quote !== '"' && quote !== "'") return undefined;
  for (let i = 1; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (c === syntax.escape && !(quote === "'" && syntax.rawSingleQuotes)) i++;
    else if (c === quote) return rest.slice(0, i + 1);
  }
  // An apostrophe with no partner (it's, a lifetime) is just a character, not a string.
  return quote === "'" ? undefined : rest;
}

