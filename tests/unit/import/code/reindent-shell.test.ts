import { describe, expect, it } from 'vitest';
import { reindentShell } from '../../../../src/import/code/reindent-shell.ts';
import { formatSnippet } from '../../../../src/import/code/format.ts';
import { sameTokens } from '../../../../src/import/code/tokens.ts';

/** A script as the report prints it (every line at column 0) and as shfmt -i 4 lays it out. */
const flat = (script: string[]) => script.map((line) => line.trimStart());

describe('re-indenting a shell snippet', () => {
  it('indents inside if … then … else … fi, with else at the if’s level', () => {
    const script = ['if [ -f "$1" ]; then', '    echo found', 'else', '    echo missing', 'fi', 'echo done'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('indents inside elif branches, and then/do on a line of their own', () => {
    const script = ['if [ "$a" = 1 ]', 'then', '    one', 'elif [ "$a" = 2 ]; then', '    two', 'elif [ "$a" = 3 ]', 'then', '    three', 'fi'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('indents loops, nested, and leaves one-line loops as they are', () => {
    const script = ['for f in *.txt; do', '    while read -r line', '    do', '        echo "$line"', '    done < "$f"', 'done', 'for x in a b; do echo "$x"; done', 'echo end'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('indents a case’s arms one level and their commands two, whether or not ;; ends the last', () => {
    const script = ['case "$1" in', '    start)', '        run', '        ;;', '    stop|halt) halt ;;', '    *)', '        usage', 'esac', 'next'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('indents function bodies, subshells and arrays', () => {
    const script = ['deploy() {', '    (', '        cd build', '        make', '    )', '    files=(', '        a.txt', '        b.txt', '    )', '}', 'deploy'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('indents a command continued after \\, | or && one level', () => {
    const script = ['docker run \\', '    --rm \\', '    image', 'cat log |', '    grep error', 'make &&', '    make install', 'done_here'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('keeps a here-document’s lines exactly, and reads no keyword in them', () => {
    const script = ['if true; then', '    cat <<EOF', 'do not indent', '  me', 'EOF', '    cat <<-\'END\'', 'fi', 'END', 'fi'];
    expect(reindentShell(flat(script).map((line, i) => (i >= 2 && i <= 4 ? script[i]! : line)))).toEqual(script);
  });

  it('reads no keyword inside strings or comments, and puts a comment at its code’s level', () => {
    const script = ['echo "then do {"', 'if ok; then # then {', '    # the branch', '    run', 'fi'];
    expect(reindentShell(flat(script))).toEqual(script);
  });

  it('keeps the lines of a string that spans lines exactly, and reads no keyword in them', () => {
    const script = ['if ok; then', '    echo "one', 'two then', '  three"', '    echo \'four', 'fi\'', 'fi'];
    expect(reindentShell(flat(script).map((line, i) => ([2, 3, 5].includes(i) ? script[i]! : line)))).toEqual(script);
  });

  it('keeps trailing white space, so an escaped space is not read as a continuation', () => {
    const script = ['echo a\\ ', 'next'];
    expect(reindentShell(script)).toEqual(script);
  });

  it('changes nothing but leading white space', () => {
    const script = flat(['for f in *; do', 'case "$f" in', '*.md) echo doc ;;', 'esac', 'done']);
    const out = reindentShell(script);
    expect(out.map((line) => line.trimStart())).toEqual(script);
    expect(sameTokens(script, out, 'shell')).toBe(true);
  });
});

describe('laying out a shell snippet on import', () => {
  it('re-indents a flat shell snippet', () => {
    expect(formatSnippet(['if [ -f x ]; then', 'echo y', 'fi'], 'shell')).toEqual({ lines: ['if [ -f x ]; then', '    echo y', 'fi'], by: 'reindent' });
  });

  it('keeps a shell snippet that has its indentation exactly', () => {
    const script = ['if [ -f x ]; then', '  echo y', 'fi'];
    expect(formatSnippet(script, 'shell')).toEqual({ lines: script, by: 'kept' });
  });
});
