/**
 * Which characters a report's text and its editorial data may hold (docs/FORMAT.md, "Characters").
 * Line endings are decided where the text is split into lines (CR, LF and CRLF, as Markdown reads
 * them); every other character that breaks a line, controls a terminal or is not a character at all
 * is refused with its line and column, never passed on: it would show as nothing, break a line in
 * one reader and not another (U+2028 ends a line in JavaScript, not in Markdown), or make the feeds
 * invalid XML.
 */

/** A character that is refused, where it is, and its name for the message. */
export interface RefusedCharacter {
  /** 0-based index in the string (UTF-16). */
  index: number;
  /** 1-based column, counted in characters (code points) as an editor shows them. */
  column: number;
  /** "U+000C (form feed)". */
  name: string;
}

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line, NEL',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
};

/**
 * Controls (C0 but tab, DEL, C1), the Unicode line and paragraph separators, noncharacters
 * (U+FDD0–U+FDEF and the last two of every plane) and lone surrogates. Line feeds are the caller's:
 * text that may hold several lines is split first.
 */
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first refused character of one line of text (a line feed counts as refused here), or undefined. */
export function refusedCharacter(line: string): RefusedCharacter | undefined {
  const match = REFUSED.exec(line.replace(/\n/g, '\u000B'));
  if (!match) return undefined;
  const code = line.codePointAt(match.index) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code] ?? (code === 0x0a ? 'line feed' : code >= 0xd800 && code <= 0xdfff ? 'a lone surrogate' : code < 0xa0 ? 'a control character' : 'a noncharacter');
  return { index: match.index, column: [...line.slice(0, match.index)].length + 1, name: `U+${hex} (${line[match.index] === '\n' ? 'line feed' : name})` };
}

/** The message for a refused character, without its place: the caller prefixes `<file>:<line>:<column>:`. */
export function refusedMessage(found: RefusedCharacter): string {
  return `${found.name} is not allowed in a report: remove it (only tabs, line ends and printable characters are)`;
}
