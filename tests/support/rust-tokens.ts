/*
 * Just enough of Rust's lexer to compare two layouts of the same code: comments, strings,
 * lifetimes, numbers, identifiers and punctuation (multi-character operators kept whole).
 * White space and line breaks are not tokens, so re-indenting never changes the sequence.
 */
const TOKEN =
  /\/\/[^\n]*|"(?:\\.|[^"\\])*"|'[A-Za-z_]\w*(?!')|'(?:\\.|[^'\\])'|\d[\w]*|[A-Za-z_]\w*!?|::|->|=>|==|!=|<=|>=|&&|\|\||\.\.=?|\S/g;

/** The tokens of a piece of Rust, in order. */
export function rustTokens(code: string): string[] {
  return code.match(TOKEN) ?? [];
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * Where rustfmt's block indentation puts each line, in levels of four spaces: a line sits one level
 * inside the line that opened the innermost bracket still open (however many it opened), a line
 * that starts by closing a bracket sits at its opening line's level, and a method-chain line that
 * starts with `.` sits one level further in.
 */
export function expectedIndents(code: string): number[] {
  const stack: number[] = []; // for each open bracket, the level of the line that opened it
  return code.split('\n').map((line) => {
    const tokens = rustTokens(line.trim()).filter((t) => !t.startsWith('//') && !t.startsWith('"'));
    const top = stack.at(-1);
    let level = top === undefined ? 0 : top + 1;
    let leading = true;
    for (const token of tokens) {
      if (CLOSE.has(token)) {
        const openedAt = stack.pop() ?? 0;
        if (leading) level = openedAt;
      } else {
        leading = false;
        if (OPEN.has(token)) stack.push(level);
      }
    }
    if (line.trim() === '') return 0;
    return line.trim().startsWith('.') ? level + 1 : level;
  });
}
