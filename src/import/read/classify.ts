/**
 * Prose or code, line by line. A report's snippets are unfenced, so the importer decides from the
 * line's shape: a paragraph is a sentence (capital start, many plain words, sentence punctuation at
 * the end); code has code-shaped tokens. A line that is neither is decided by its neighbours.
 */

/** How one line reads on its own. */
export type LineKind = 'prose' | 'code' | 'unsure';

/** Comment markers and preprocessor/attribute lines that only code starts with. */
const CODE_START =
  /^(?:\/\/|\/\*|\*\/|\*\s|--\s|-- |#!|#\s|#include\b|#define\b|#if|#endif|#pragma|#\[|#!\[|@\w+(?:\(|$)|\$ )/;

/** Leading keywords, case-sensitive, each followed by what only code puts after it. */
const KEYWORD_START = new RegExp(
  [
    String.raw`^(?:pub(?:\(crate\))?\s+)?(?:fn|let|mut|use|impl|mod|struct|enum|trait|match|loop|unsafe|extern|crate|macro_rules!)\b`,
    String.raw`^(?:func|package|defer|go|chan|var|type)\s+[\w(*[]`,
    String.raw`^(?:const|let|var|function\*?|async|await|export|import|interface|declare|namespace|yield|new|throw|return|typeof|delete|void)\b[\s({[*;]`,
    String.raw`^(?:def|class|elif|else|except|finally|try|with|lambda|raise|from|assert|global|nonlocal|print|pass|break|continue|return|yield)\b`,
    String.raw`^(?:if|for|while|switch|do|else|case|default|goto|template|typedef|struct|union|static|inline|virtual|using|namespace|auto|void|int|char|bool|float|double|long|short|unsigned|signed|size_t|uint\d+_t|int\d+_t|std::)\b`,
    String.raw`^(?:public|private|protected)\s*:`,
    String.raw`^(?:SELECT|FROM|WHERE|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|VALUES|SET|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|ON|GROUP|ORDER|HAVING|LIMIT|OFFSET|UNION|BEGIN|COMMIT|ROLLBACK|GRANT|EXPLAIN|AND|OR|RETURNING|CASE|WHEN|THEN|ELSE|END)\b`,
    String.raw`^(?:echo|cd|export|sudo|apt(?:-get)?|brew|npm|npx|pnpm|yarn|cargo|rustup|pip3?|python3?|go|git|curl|wget|docker|kubectl|make|cmake|gcc|g\+\+|clang|chmod|mkdir|rm|cp|mv|ls|cat|grep|sed|awk|tar|ssh|source|then|fi|done|esac|psql|sqlite3)\b(?:\s|$)`,
  ].join('|'),
);

/** Code-shaped pieces a sentence rarely holds. Each match counts once. */
const CODE_SHAPES: readonly RegExp[] = [
  /[;{}]\s*$/, // statement or block end
  /^[)\]}]/, // closing bracket first
  /::|->|=>|:=|==|!=|<=|>=|&&|\|\||\+=|-=|<<|>>|\+\+/,
  /\s=\s|\w=\w|\w=["'(\d]/, // assignment
  /\w\((?!s\))|\(\)/, // call: no space before the parenthesis
  /\w\.\w+\(/, // method call
  /[{[(]\s*$|,\s*$/, // line opens a block or list
  /\$\{?\w|\$\d/, // shell or SQL parameter
  /\b[a-z]+_[a-z0-9_]+\b/, // snake_case identifier
  /\b[a-z]+[A-Z][a-z]+[A-Za-z]*\(/, // camelCase call
  /<\w+(?:<\w+>)?>/, // generics
  /(?:^|\s)--?[a-z][\w-]*/, // command-line flag
  /^[A-Za-z_]\w*:\s*$/, // label
];

/** A word a sentence is made of: letters, with apostrophes, hyphens, numbers and surrounding punctuation. */
const PROSE_WORD =
  /^[("“‘'«[]*(?:[\p{L}][\p{L}\p{M}'’.\-–/&+]*|[~≈<>$£€]?\d[\d,.]*(?:[%x×]|[–-]\d[\d,.]*[%x]?|s|st|nd|rd|th|k|K|M|GB|MB|TB|ms)?|[—–-]|&)[)"”’'»\]]*[,.;:!?]*[)"”’'»\]]*$/u;

/** How many of a line's words are plain words of a sentence, from 0 to 1. */
export function proseWordRatio(line: string): number {
  const words = line.trim().split(/\s+/);
  return words.filter((w) => PROSE_WORD.test(w)).length / words.length;
}

/** Counts the distinct code-shaped pieces in a line. */
export function codeShapeCount(line: string): number {
  return CODE_SHAPES.filter((shape) => shape.test(line)).length;
}

/** Whether a line opens the way only code opens: a comment marker, a preprocessor line or a keyword. */
export function startsLikeCode(line: string): boolean {
  return CODE_START.test(line) || KEYWORD_START.test(line);
}

/** Whether a line is shaped as a sentence: capital (or quote, digit) first, sentence punctuation last. */
export function isSentenceShaped(line: string): boolean {
  return startsLikeSentence(line) && /[.!?:…][)"”’'»]*$/u.test(line);
}

/** Reads one line (trimmed) on its own as prose, code, or unsure. */
export function classifyLine(line: string): LineKind {
  const plain = withoutAddresses(line.trim());
  // A line of addresses alone reads as its neighbours do: a paragraph after prose, a line of a snippet inside one.
  if (plain === undefined) return 'unsure';
  const kind = classifyText(plain);
  // Paragraphs start at column 0, so an indented line that reads as a sentence is left to its
  // neighbours: inside a Python block it is code, after a paragraph it is a paragraph.
  return /^\s/.test(line) && kind === 'prose' ? 'unsure' : kind;
}

/** Whether text opens as a sentence does: a capital or digit, perhaps after a quote, bracket, dash or currency sign. */
export function startsLikeSentence(text: string): boolean {
  return /^(?:[("“‘'«[]|[—–-]\s)?[$£€]?[\p{Lu}\d]/u.test(text);
}

/**
 * A line with each web or mail address it writes out read as one plain word: a sentence that cites
 * https://example.org/a_b?c=1 is still a sentence, though an address is full of code-like shapes
 * (underscores, `=`, `(`). Undefined for a line of addresses alone, which says nothing of itself.
 */
export function withoutAddresses(text: string): string | undefined {
  const words = text.split(/\s+/);
  const address = /^[("“‘'«[<]*(?:https?:\/\/\S+|www\.\S+\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;
  if (words.every((word) => address.test(word))) return undefined;
  return words.map((word) => (address.test(word) ? `address${/[.,;:!?]$/.exec(word)?.[0] ?? ''}` : word)).join(' ');
}

/** Reads trimmed text as prose, code, or unsure. */
function classifyText(text: string): LineKind {
  const words = text.split(/\s+/).length;
  const ratio = proseWordRatio(text);
  const shapes = codeShapeCount(text);
  const sentenceEnd = /[.!?:…][)"”’'»]*$/u.test(text);
  if (startsLikeCode(text)) {
    // "For Python replacement, adopt …" starts with a keyword only when lower-cased, and keywords
    // are case-sensitive; a long sentence that still starts with one (e.g. "Import costs …") is prose.
    return isSentenceShaped(text) && words >= 6 && ratio >= 0.85 && shapes <= 1 ? 'prose' : 'code';
  }
  if (!startsLikeSentence(text)) {
    // Paragraphs start with a capital; a lower-case line is code unless it is a long sentence ("iOS teams …").
    return sentenceEnd && words >= 6 && ratio >= 0.85 && shapes <= 1 ? 'prose' : 'code';
  }
  if (sentenceEnd && words >= 3 && ratio >= 0.6 && !/[;{]$/.test(text)) {
    return shapes <= 2 || ratio >= 0.8 ? 'prose' : 'code';
  }
  if (words >= 8 && ratio >= 0.8 && shapes <= 1) return 'prose';
  if (shapes >= 1) return 'code';
  if (ratio >= 0.8 && words >= 4) return 'prose';
  return 'unsure';
}

/**
 * Decides every line of a part: unsure lines between two code lines (blank lines aside) are code,
 * as are an indented unsure line after code and an unsure line next to code that has any code
 * shape; the rest are prose. Lines marked
 * `null` (tables, blanks) are skipped over when looking for neighbours.
 */
export function resolveKinds(kinds: readonly (LineKind | null)[], lines: readonly string[]): ('prose' | 'code' | null)[] {
  const decided = (from: number, step: 1 | -1): LineKind | undefined => {
    for (let i = from + step; i >= 0 && i < kinds.length; i += step) {
      const kind = kinds[i];
      if (kind === null) {
        if (lines[i]?.trim() === '') continue;
        return undefined; // a table interrupts
      }
      if (kind !== 'unsure') return kind;
    }
    return undefined;
  };
  return kinds.map((kind, i) => {
    if (kind !== 'unsure') return kind;
    const above = decided(i, -1);
    const below = decided(i, 1);
    if (above === 'code' && below === 'code') return 'code';
    if (above === 'code' && /^\s/.test(lines[i] ?? '')) return 'code';
    if ((above === 'code' || below === 'code') && codeShapeCount(lines[i] ?? '') > 0) return 'code';
    return 'prose';
  });
}
