import type { Language } from '../../report/languages.ts';
import { scanLine, type ScanState } from './scan.ts';

const WORD = /^[\p{L}\p{N}_$@]+/u;
const SINGLE = /^[()[\]{},;]/;
const OPERATOR = /^[^\s\p{L}\p{N}_$@()[\]{},;"'`]+/u;

/**
 * The snippet's tokens with all whitespace outside string literals ignored: words, brackets,
 * commas and semicolons one by one, runs of other punctuation (`::`, `->`, `+=`) as one token,
 * and each string literal whole (its inner spaces count). Two layouts of the same code give equal
 * lists; adding, dropping, reordering or changing any token gives a different one.
 */
export function tokenize(lines: readonly string[], language: Language): string[] {
  return tokenizeLines(lines, language).flatMap((line) => line.tokens);
}

/** Whether a scan state is inside a string that spans lines. */
function inMultiLineString(state: ScanState): boolean {
  return state === 'backtick' || state === 'triple-double' || state === 'triple-single';
}

/**
 * {@link tokenize} line by line: each line's tokens, and whether the line starts inside a
 * multi-line string (where even a blank line is part of the string).
 */
export function tokenizeLines(lines: readonly string[], language: Language): { tokens: string[]; inString: boolean }[] {
  const out: { tokens: string[]; inString: boolean }[] = [];
  let state: ScanState = 'code';
  for (const line of lines) {
    const inString = inMultiLineString(state);
    const scanned = scanLine(line, language, state);
    state = scanned.state;
    const tokens: string[] = [];
    for (const segment of scanned.segments) {
      if (segment.kind === 'string') tokens.push(segment.text);
      else tokens.push(...splitCode(segment.text));
    }
    // A line break inside a multi-line string is part of the string.
    if (inMultiLineString(state)) tokens.push('\n');
    out.push({ tokens, inString });
  }
  return out;
}

/** Splits code (or comment text) into words, single brackets and punctuation runs. */
function splitCode(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest !== '') {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const match = WORD.exec(rest) ?? SINGLE.exec(rest) ?? OPERATOR.exec(rest) ?? [rest.charAt(0)];
    out.push(match[0]);
    rest = rest.slice(match[0].length);
  }
  return out;
}

/** Whether two layouts of a snippet hold the same tokens in the same order. */
export function sameTokens(before: readonly string[], after: readonly string[], language: Language): boolean {
  const a = tokenize(before, language);
  const b = tokenize(after, language);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

