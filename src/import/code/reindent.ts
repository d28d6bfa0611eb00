import type { Language } from '../../report/languages.ts';
import { scanLine, type ScanState } from './scan.ts';

/** An open bracket and the indent level of the line that opened it. */
interface Open {
  char: string;
  level: number;
  /** The brace opens a `switch`/`select` body, whose `case` labels get their own level. */
  isSwitch: boolean;
  /** A `case` label has been seen in this switch body, so statements sit one level deeper. */
  inCase: boolean;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Languages whose own formatters indent by two spaces (terraform fmt, scalafmt, buf, Prettier for GraphQL and JSON). */
const TWO_SPACES: ReadonlySet<Language> = new Set(['hcl', 'terraform', 'scala', 'proto', 'graphql', 'json']);

/** The indent string of one level: a tab for Go (gofmt), two spaces where the language's formatter uses two, else four (rustfmt, clang-format, Prettier at 4). */
export function indentUnit(language: Language): string {
  if (language === 'go') return '\t';
  return TWO_SPACES.has(language) ? '  ' : '    ';
}

/** Languages whose `case` labels sit at their `switch`'s level (gofmt, Swift's own style), not one in. */
const CASE_AT_SWITCH: ReadonlySet<Language> = new Set(['go', 'swift']);

/** A heredoc's opening (`<<EOT`, `<<-EOT` in HCL; `<<<EOT` in PHP) at the end of a line: the tag that ends it. */
function heredocTag(code: string, language: Language): string | undefined {
  if (language === 'hcl' || language === 'terraform') return /<<-?([A-Za-z_]\w*)$/.exec(code)?.[1];
  if (language === 'php') return /<<<\s*(?:'|"")?([A-Za-z_]\w*)(?:'|"")?$/.exec(code)?.[1];
  return undefined;
}

/**
 * Rebuilds the indentation of a brace-language snippet whose lines all start at column 0.
 * Only leading whitespace changes: every line keeps its text, and no line is added or removed.
 * Levels come from bracket depth (one level per line that opens brackets, however many), method
 * chains and operator continuations get one more level, `case` labels and C++ access specifiers
 * sit where rustfmt/clang-format/gofmt put them, and lines inside multi-line strings are untouched.
 */
export function reindent(lines: readonly string[], language: Language): string[] {
  const unit = indentUnit(language);
  const stack: Open[] = [];
  const out: string[] = [];
  let state: ScanState = 'code';
  let previousCode = '';
  let heredoc: string | undefined;
  for (const raw of lines) {
    if (heredoc !== undefined) {
      // A heredoc's lines are text, their leading spaces included: kept as written, to its end tag.
      out.push(raw);
      if (raw.trim().replace(/;$/, '') === heredoc) heredoc = undefined;
      continue;
    }
    if (state === 'backtick' || state === 'triple-double' || state === 'triple-single') {
      // Inside a multi-line string every character, leading spaces included, is the author's.
      out.push(raw);
      state = scanLine(raw, language, state).state;
      continue;
    }
    const text = raw.trim();
    if (text === '') {
      out.push('');
      continue;
    }
    const startsInComment = state === 'block-comment';
    const scanned = scanLine(text, language, state);
    state = scanned.state;
    const code = scanned.segments
      .map((s) => (s.kind === 'code' ? s.text : s.kind === 'string' ? '""' : ' '))
      .join('')
      .trim();
    const level = startsInComment ? (stack.at(-1)?.level ?? -1) + 1 : lineLevel(code, previousCode, stack, language);
    const prefix = unit.repeat(Math.max(0, level)) + (startsInComment && text.startsWith('*') ? ' ' : '');
    out.push(prefix + text);
    if (code !== '') {
      trackBrackets(code, Math.max(0, level), stack, language);
      previousCode = code;
      heredoc = heredocTag(code, language);
    }
  }
  return out;
}

/** The indent level of one line, from the open brackets before it and the shape of its code. */
function lineLevel(code: string, previousCode: string, stack: Open[], language: Language): number {
  const top = stack.at(-1);
  if (top && /^[)\]}]/.test(code)) return top.level;
  let level = top ? top.level + 1 : 0;
  if (top?.isSwitch && isCaseLabel(code)) return CASE_AT_SWITCH.has(language) ? top.level : level;
  if (top?.isSwitch && top.inCase && !CASE_AT_SWITCH.has(language)) level++;
  if (isAccessSpecifier(code, language) || isGotoLabel(code, language)) return level - 1;
  if (language !== 'sql' && (startsContinuation(code) || endsContinuation(previousCode, language) || opensBracelessBody(previousCode))) level++;
  return level;
}

/** `if (…)`, `for (…)`, `while (…)` or `else` without a brace: the next line is its one-statement body. */
function opensBracelessBody(previousCode: string): boolean {
  return /^(?:\}\s*)?(?:(?:else\s+)?if|for|while)\s*\(.*\)$|^(?:\}\s*)?else$/.test(previousCode);
}

/** Updates the stack of open brackets with the brackets of one line's code (strings and comments removed). */
function trackBrackets(code: string, level: number, stack: Open[], language: Language): void {
  const top = stack.at(-1);
  if (top?.isSwitch && isCaseLabel(code)) top.inCase = true;
  const opensSwitch = language !== 'sql' && /^(?:switch\b|select\s*\{)/.test(code);
  for (const char of code) {
    if (char === '(' || char === '[' || char === '{') {
      stack.push({ char, level, isSwitch: opensSwitch && char === '{', inCase: false });
    } else if (char in CLOSERS) {
      // Tolerate unbalanced text: pop back to the matching opener if there is one, else ignore.
      const at = stack.map((o) => o.char).lastIndexOf(CLOSERS[char] ?? '');
      if (at >= 0) stack.length = at;
    }
  }
}

/** `case …:` or `default:` in a C-family or Go switch. */
function isCaseLabel(code: string): boolean {
  return /^(?:case\b|default\s*:)/.test(code);
}

/** `public:`, `private:`, `protected:` in a C++ class body: one level out, as clang-format does with AccessModifierOffset -4. */
function isAccessSpecifier(code: string, language: Language): boolean {
  return language === 'cpp' && /^(?:public|private|protected)\s*:$/.test(code);
}

/** A C goto label (`cleanup:`) on its own line. */
function isGotoLabel(code: string, language: Language): boolean {
  return (language === 'c' || language === 'cpp') && /^[A-Za-z_]\w*:$/.test(code) && !/^default:$/.test(code);
}

/** A line that continues the previous expression: a method chain or a leading binary operator. */
function startsContinuation(code: string): boolean {
  return /^(?:\.(?!\.)|\?\.|&&|\|\||\?(?![?.])|:(?!:)|\+(?!\+)|=>)/.test(code);
}

/** A line whose expression goes on to the next line, after `=`, `=>`, `&&`, `||`, `+`, `-` (or `?` outside Rust). */
function endsContinuation(previousCode: string, language: Language): boolean {
  if (/(?:=>?|&&|\|\||[^+]\+|[^-]-)$/.test(previousCode)) return true;
  // In Rust a trailing `?` is the error-propagation operator, not a ternary.
  return language !== 'rust' && /[^?]\?$/.test(previousCode);
}
