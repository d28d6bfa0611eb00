import { indentUnit } from './reindent.ts';
import { scanLine } from './scan.ts';

/** A block a shell snippet has open: a keyword pair, braces, parentheses, a `case` or one of its arms. */
type Block = 'keyword' | 'brace' | 'paren' | 'case' | 'arm';

/** The indent of one level: four spaces, as shfmt -i 4 and Google's shell style put it (indentUnit). */
const UNIT = indentUnit('shell');

/** Keywords that open a block when they start a command (`then`, `do`) and those that close one. */
const OPENERS = new Set(['then', 'do']);
const CLOSERS = new Set(['fi', 'done']);

/**
 * Rebuilds the indentation of a shell snippet whose lines all start at column 0, as shfmt would:
 * one level inside `then … fi`, `do … done`, `{ … }`, `( … )` and `case … esac`, whose arms
 * (`start)`) sit one level in and their commands two; `else`, `elif` and `then`/`do` on a line of
 * their own at their keyword's level; a line after a trailing `\`, `|`, `&&` or `||` one level
 * more. Only leading whitespace changes, and a here-document's lines are kept exactly.
 */
export function reindentShell(lines: readonly string[]): string[] {
  const stack: Block[] = [];
  const out: string[] = [];
  let hereDoc: { end: string; tabs: boolean } | undefined;
  let quote: Quote;
  let continued = false;
  for (const raw of lines) {
    if (hereDoc) {
      // A here-document's lines are text, leading white space included.
      out.push(raw);
      if ((hereDoc.tabs ? raw.replace(/^\t+/, '') : raw) === hereDoc.end) hereDoc = undefined;
      continue;
    }
    if (quote) {
      // Inside a string that spans lines every character is the author's, leading spaces included.
      out.push(raw);
      quote = openQuoteAfter(raw, quote);
      continue;
    }
    // Trailing white space is kept: `\ ` (an escaped space) is not a line continuation.
    const text = raw.trimStart();
    if (text.trim() === '') {
      out.push('');
      continue;
    }
    quote = openQuoteAfter(text, undefined);
    const segments = scanLine(text, 'shell').segments.filter((s) => s.kind !== 'comment');
    // Strings stand as "" so that their words open nothing; comments are dropped.
    const code = segments
      .map((s) => (s.kind === 'string' ? '""' : s.text))
      .join('')
      .trim();
    const level = (code === '' ? stack.length : lineLevel(code, stack)) + (continued ? 1 : 0);
    out.push(UNIT.repeat(Math.max(0, level)) + text);
    if (code === '') continue; // a comment line, at the level of the code around it
    track(code, stack);
    // A backslash continues the line only as its very last character (`\\ ` escapes a space).
    continued = ((/\\$/.test(code) && /\\$/.test(text)) || /(?:\||&&)$/.test(code)) && !/;;&?$/.test(code);
    hereDoc = hereDocument(code, segments.map((s) => s.text).join(''));
  }
  return out;
}

/** A quote left open at a line's end: the string goes on on the next line. */
type Quote = '"' | "'" | undefined;

/**
 * The quote still open after a line that starts inside `quote` (or in code): single quotes take no
 * escapes, double quotes and code take a backslash; a `#` that starts a word in code starts a comment.
 */
function openQuoteAfter(line: string, quote: Quote): Quote {
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (char === '\\') {
      i++;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      break;
    } else if (char === '"' || char === "'") {
      quote = char;
    }
  }
  return quote;
}

/** The here-document a line starts (`<<EOF`, `<<-'EOF'`), if any: its end word, and whether tabs before it are stripped. */
function hereDocument(code: string, codeWithStrings: string): { end: string; tabs: boolean } | undefined {
  if (!/(?<!<)<<(?!<)/.test(code)) return undefined;
  const doc = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(codeWithStrings);
  return doc?.[3] ? { end: doc[3], tabs: doc[1] === '-' } : undefined;
}

/** A line's commands (split at `;`, `;;`, `&&`, `||`, `|` and `&`), each as its words. */
function commands(code: string): string[][] {
  return code
    .split(/;;?&?|&&|\|\||[|&]/)
    .map((command) => command.trim().split(/\s+/).filter(Boolean))
    .filter((command) => command.length > 0);
}

/** The level a line's text starts at, from the blocks open before it and the word it starts with. */
function lineLevel(code: string, stack: readonly Block[]): number {
  const first = commands(code)[0]?.[0] ?? '';
  if (first === 'esac') return stack.length - (stack.at(-1) === 'arm' ? 2 : 1);
  if (CLOSERS.has(first) || first === '}' || first === ')' || first === 'else' || first === 'elif') return stack.length - 1;
  return stack.length;
}

/** Opens and closes the blocks a line's commands open and close, in order. */
function track(code: string, stack: Block[]): void {
  let rest = code;
  if (stack.at(-1) === 'case' && !/^esac\b/.test(rest)) {
    // An arm's pattern (`start)`, `*.txt|*.md)`, `(a)`): the commands after it are the arm's.
    const arm = /^\(?[^()]*\)/.exec(rest);
    if (arm) {
      stack.push('arm');
      rest = rest.slice(arm[0].length);
    }
  }
  for (const command of commands(rest)) {
    const [first = ''] = command;
    // `elif` ends the branch before it; its `then` opens the next.
    if (first === 'elif') popTo(stack, 'keyword');
    if (OPENERS.has(first)) stack.push('keyword');
    if (CLOSERS.has(first)) popTo(stack, 'keyword');
    if (first === '(') stack.push('paren');
    if (first === 'esac') {
      if (stack.at(-1) === 'arm') stack.pop();
      popTo(stack, 'case');
    }
    command.forEach((word, i) => {
      if (word === '{') stack.push('brace');
      else if (word === '}') popTo(stack, 'brace');
      else if (/[$=<>]\($/.test(word)) stack.push('paren'); // `$(`, `arr=(`, `<(` left open
      else if (word === ')' || (i === 0 && word.startsWith(')'))) popTo(stack, 'paren');
    });
    if (first === 'case' && command.at(-1) === 'in') stack.push('case');
  }
  // `;;` (or `;&`, `;;&`) ends the arm it closes.
  if (/(?:;;&?|;&)$/.test(code) && stack.at(-1) === 'arm') stack.pop();
}

/** Closes the innermost open block of a kind, and what is open inside it; nothing when none is open. */
function popTo(stack: Block[], kind: Block): void {
  const at = stack.lastIndexOf(kind);
  if (at >= 0) stack.length = at;
}
