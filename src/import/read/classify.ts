/**
 * Prose or code, line by line. A report's snippets are unfenced, so the importer decides from the
 * line's shape, never from knowing the snippet's language: a paragraph is a sentence (capital
 * start, plain words, sentence punctuation at the end); code has code-shaped tokens, opens with a
 * keyword, a comment marker, a lower-case word or an upper-case instruction (`RUN`, `WORKDIR`), or
 * does not end as a sentence does. A line that is neither is decided by its neighbours: a run of
 * such lines next to code is code, so a snippet in a language nobody told the importer about stays
 * one block (docs/FORMAT.md, "Code snippets").
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
  /^[a-z_]\w*:\s*$/, // label or key (`build:`, `spec:`); a capitalised one may be a lead-in ("Example:")
  /\s\|\s|\|\s*$/, // a pipeline (shell, PowerShell)
  /\w\s*[?+]=\s/, // Makefile's ?= and +=
  /^[A-Z][a-z]+-[A-Z][A-Za-z]+\b/, // a Verb-Noun command (PowerShell's Get-ChildItem)
];

/** An upper-case word of two letters or more that opens a line: an instruction (`RUN`, `FROM`, `WORKDIR`) or an acronym. */
const UPPER_FIRST = /^[A-Z][A-Z0-9_]+(?=\s|$)/;

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
  const words = text.split(/\s+/);
  const ratio = proseWordRatio(text);
  const shapes = codeShapeCount(text);
  const sentenceEnd = /[.!?:…][)"”’'»]*$/u.test(text);
  if (startsLikeCode(text)) {
    // "For Python replacement, adopt …" starts with a keyword only when lower-cased, and keywords
    // are case-sensitive; a long sentence that still starts with one (e.g. "Import costs …") is prose.
    return isSentenceShaped(text) && words.length >= 6 && ratio >= 0.85 && shapes <= 1 ? 'prose' : 'code';
  }
  if (!startsLikeSentence(text)) {
    // Paragraphs start with a capital; a lower-case line is code unless it is a long sentence ("iOS
    // teams …") whose first word is not a key (`description: Deploys the API.` is YAML).
    return sentenceEnd && words.length >= 6 && ratio >= 0.85 && shapes <= 1 && !/^[\w.-]+:\s/.test(text) ? 'prose' : 'code';
  }
  // An upper-case first word opens a sentence ("SQL remains …") only when every word is a plain
  // word; an instruction (`COPY go.mod ./`, `RUN go mod download`) is never a sentence on its own.
  const instruction = UPPER_FIRST.test(text) && (!sentenceEnd || ratio < 1);
  if (sentenceEnd && words.length >= 3 && ratio >= 0.6 && !/[;{]$/.test(text) && !instruction) {
    return shapes <= 2 || ratio >= 0.8 ? 'prose' : 'code';
  }
  if (shapes >= 1) return 'code';
  if (instruction) return 'unsure';
  // A line that does not end as a sentence does is a paragraph only when it reads as one: many
  // plain words, or a few with a lower-case word after the first ("See the example below").
  if (words.length >= 8 && ratio >= 0.8) return 'prose';
  if (words.length >= 4 && ratio >= 0.8 && /^\p{Ll}/u.test(words[1] ?? '')) return 'prose';
  return 'unsure';
}

/**
 * Decides every line of a part. A run of unsure lines (blank lines inside it skipped over) next to
 * code is code, in whichever language: a snippet's short lines (`WORKDIR /src`, `ENTRYPOINT [...]`,
 * `end`) join the code around them instead of splitting it; a run of two or more with no code
 * beside it is a snippet of its own (lines of addresses alone aside). An unsure line shaped as a
 * sentence ("Example:", "Done.") bounds such runs, and is code only between two code lines,
 * indented after code (a docstring), or as the key that opens an indented block of code
 * (`Resources:` in YAML); else a paragraph.
 * Lines marked `null` (tables, blanks) are skipped; a table ends a run.
 */
export function resolveKinds(kinds: readonly (LineKind | null)[], lines: readonly string[]): ('prose' | 'code' | null)[] {
  const sentence = (index: number) => isSentenceShaped((lines[index] ?? '').trim()) && proseWordRatio(lines[index] ?? '') >= 0.6;
  // First the runs of unsure lines that are not sentences, with sentence-shaped ones as their bounds.
  const first: (LineKind | null)[] = kinds.map((kind, index) => (kind === 'unsure' && sentence(index) ? 'prose' : kind));
  const decided: ('prose' | 'code' | null)[] = first.map((kind) => (kind === 'unsure' ? null : kind));
  let i = 0;
  while (i < first.length) {
    if (first[i] !== 'unsure') {
      i++;
      continue;
    }
    const run: number[] = [];
    let end = i;
    while (end < first.length && (first[end] === 'unsure' || (first[end] === null && lines[end]?.trim() === ''))) {
      if (first[end] === 'unsure') run.push(end);
      end++;
    }
    const above = neighbour(first, lines, i, -1);
    const below = neighbour(first, lines, end - 1, 1);
    // A line of addresses alone says nothing of itself: two of them are no snippet.
    const ownLines = run.filter((index) => withoutAddresses((lines[index] ?? '').trim()) !== undefined);
    const kind = above === 'code' || below === 'code' || ownLines.length >= 2 ? 'code' : 'prose';
    for (const index of run) decided[index] = kind;
    i = end;
  }
  // Then the sentence-shaped unsure lines, between what is now decided, from the last up, so that
  // nested keys (`Resources:` over `  Bucket:`) open their blocks in turn.
  for (let index = kinds.length - 1; index >= 0; index--) {
    if (!(kinds[index] === 'unsure' && sentence(index))) continue;
    const above = neighbour(decided, lines, index, -1);
    const below = neighbour(decided, lines, index, 1);
    const line = lines[index] ?? '';
    const opensIndentedCode = /^\s*[\w.-]+:\s*$/.test(line) && /^\s+\S/.test(lines[index + 1] ?? '') && decided[index + 1] === 'code';
    decided[index] = (above === 'code' && (below === 'code' || /^\s/.test(line))) || opensIndentedCode ? 'code' : 'prose';
  }
  return decided;
}

/** The kind of the first decided line from `from` in direction `step`, past blank lines; undefined at a table or the part's edge. */
function neighbour(kinds: readonly (LineKind | 'prose' | 'code' | null)[], lines: readonly string[], from: number, step: 1 | -1): LineKind | undefined {
  for (let i = from + step; i >= 0 && i < kinds.length; i += step) {
    const kind = kinds[i];
    if (kind === null) {
      if (lines[i]?.trim() === '') continue;
      return undefined; // a table interrupts
    }
    if (kind !== 'unsure') return kind;
  }
  return undefined;
}
