import { describe, expect, it } from 'vitest';
import { readEditorial } from '../../../src/import/editorial.ts';
import { SourceError } from '../../../src/report/errors.ts';

const read = (yaml: string) => readEditorial(yaml, 'editorial.yaml');
const refusal = (yaml: string): string => {
  try {
    read(yaml);
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  throw new Error('expected a SourceError');
};

describe('readEditorial', () => {
  it('reads an empty file as no touches', () => {
    expect(read('').data).toEqual({});
  });

  it('names the file, the line and the field of a mistake', () => {
    const yaml = ['parts:', '  Verdict:', '    navTitle: Fine', '    descripton: Misspelt field'].join('\n');
    expect(refusal(yaml)).toMatch(/^editorial\.yaml:4: parts\.Verdict: descripton is not a field/);
  });

  it('names the line of a value of the wrong kind', () => {
    const yaml = ['parts:', '  Verdict:', '    code:', '      - first: x', '        mark: [ten]'].join('\n');
    expect(refusal(yaml)).toMatch(/^editorial\.yaml:5: parts\.Verdict\.code\.0\.mark\.0: /);
  });

  it('names the line of broken YAML', () => {
    expect(refusal('parts:\n  Verdict: [unclosed\n')).toMatch(/^editorial\.yaml:\d+: not valid YAML/);
  });

  it('tells where a touch is written, for the messages about it', () => {
    const file = read(['description: One sentence of ours about the report.', 'parts:', '  Verdict:', '    headings:', '      - before: x', '        text: y'].join('\n'));
    expect([file.lineOf(['parts', 'Verdict']), file.lineOf(['parts', 'Verdict', 'headings', 0]), file.lineOf(['parts', 'Verdict', 'headings', 0, 'text'])]).toEqual([3, 5, 6]);
  });
});

describe('editorial data is data: refused at its line, never passed on', () => {
  it('refuses a heading whose text holds a line break (it would end the heading in the page)', () => {
    const yaml = ['parts:', '  Verdict:', '    headings:', '      - before: If you write', '        text: "A heading\\n\\nexport const x = 1"'].join('\n');
    expect(refusal(yaml)).toMatch(/^editorial\.yaml:5: parts\.Verdict\.headings\.0\.text: text must be one line of printable text: it holds U\+000A \(line feed\) at column 10/);
  });

  it('refuses a control character or a line separator in any text of ours', () => {
    expect(refusal('description: "A sentence with a bell \\a in it, which feeds cannot carry."')).toMatch(/^editorial\.yaml:1: description: .*U\+0007/);
    expect(refusal("parts:\n  Verdict: { navTitle: \"Two\\u2028lines\" }")).toMatch(/^editorial\.yaml:2: parts\.Verdict\.navTitle: .*U\+2028 \(line separator\)/);
  });

  it('refuses a YAML alias bomb at its line instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(refusal(bomb)).toMatch(/^editorial\.yaml:2: too many YAML aliases/);
  });

  it('refuses keys that name an object’s prototype, at every level', () => {
    expect(refusal('__proto__: { polluted: true }')).toMatch(/^editorial\.yaml:1: "__proto__" cannot be a key/);
    expect(refusal('parts:\n  Verdict:\n    constructor: x')).toMatch(/^editorial\.yaml:3: "constructor" cannot be a key/);
    expect(refusal('findings:\n  - { first: a, part: b, prototype: c }')).toMatch(/^editorial\.yaml:2: "prototype" cannot be a key/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  const paths: [string, RegExp][] = [
    ['a/../../src/pages/x/', /must not hold "\." or "\.\." segments/],
    ['./verdict/', /must not hold "\." or "\.\." segments/],
    ['/verdict/', /must be relative/],
    ['a//b/', /must not hold empty segments/],
    ['a\\b/', /must use "\/"/],
    ['%2e%2e/x/', /without %-escapes/],
    ['verdict', /must end with "\/"/],
    ['Verdict/', /segment "Verdict" must be lower-case/],
  ];
  for (const [path, problem] of paths) {
    it(`refuses the old address "${path}" at its line`, () => {
      expect(refusal(`formerPaths:\n  ${JSON.stringify(path)}: verdict/\n`)).toMatch(new RegExp(`^editorial\\.yaml:2: formerPaths.*${problem.source}`));
    });
  }

  it('refuses a target outside the report the same way, and accepts the report’s home', () => {
    expect(refusal('formerPaths:\n  old/: ../../etc/\n')).toMatch(/^editorial\.yaml:2: .*must not hold "\." or "\.\." segments/);
    expect(read('formerPaths:\n  old/: ""\n  older/: verdict/\n').data.formerPaths).toEqual({ 'old/': '', 'older/': 'verdict/' });
  });
});

describe('the licence', () => {
  it('is an SPDX id, in any case, kept as SPDX spells it', () => {
    expect(read('license: cc-by-4.0\n').data.license).toBe('CC-BY-4.0');
  });

  it('is refused at its line when it is no SPDX id, with the ids the editors may have meant', () => {
    expect(refusal('description: A sentence of ours about the report.\nlicense: CC BY 4.0\n')).toBe(
      'editorial.yaml:2: license: "CC BY 4.0" is not an SPDX licence id; did you mean CC-BY-4.0? (the ids are listed at https://spdx.org/licenses/)',
    );
  });
});
