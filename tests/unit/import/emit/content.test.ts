import { describe, expect, it } from 'vitest';
import { generateContent, partSlugs, type ContentInput } from '../../../../src/import/emit/content.ts';
import { partTouches } from '../../../../src/import/emit/touches.ts';
import { noEditorial, readEditorial } from '../../../../src/import/editorial.ts';
import { FENCE_LANGUAGES } from '../../../../src/report/highlighting.ts';
import type { Part, Report } from '../../../../src/report/model.ts';
import { comparable, parseContentMdx } from '../../../../src/report/content-mdx.ts';

/** The paragraphs of an MDX file as the build's parser reads them: their text and link nodes. */
const paragraphs = (mdx: string) => parseContentMdx(mdx).children.flatMap((node) => (node.type === 'paragraph' ? [comparable(node.children)] : []));

const model = (): Report => ({
  title: 'Tiny in 2026',
  titleLine: 1,
  findings: [{ text: 'One finding', line: 2 }],
  author: { name: 'Team', line: 15 },
  dataAsOf: { text: 'May 2026', iso: '2026-05', line: 14 },
  parts: [
    {
      kind: 'section',
      number: 1,
      title: 'The First Part',
      line: 3,
      endLine: 11,
      blocks: [
        { kind: 'paragraph', text: 'Opening words of the part.', line: 4 },
        { kind: 'code', source: ['// demo', 'fn main() {', 'x();', '}'], lines: ['// demo', 'fn main() {', '    x();', '}'], line: 5, language: 'rust' },
        { kind: 'table', header: ['Name', 'Speed'], rows: [['A', '1'], ['B', '2']], line: 9 },
      ],
    },
    { kind: 'verdict', title: 'Verdict', line: 12, endLine: 13, blocks: [{ kind: 'paragraph', text: 'Use <T> with {care} & *wit*.', line: 13 }] },
  ],
});

const input = (editorialYaml?: string, report = model()): ContentInput => ({
  slug: 'tiny',
  report,
  titleFrom: 'text',
  source: new TextEncoder().encode('the text'),
  sourceFile: 'tiny.txt',
  editorial: editorialYaml === undefined ? noEditorial() : readEditorial(editorialYaml, 'editorial.yaml'),
  rules: { languages: FENCE_LANGUAGES },
  language: (name) => name,
});

describe('generateContent', () => {
  it('writes report.json, source.json, a page per part and a file per table', () => {
    const { files, dropped } = generateContent(input());
    expect([...files.keys()].sort()).toEqual(['parts/the-first-part.mdx', 'parts/verdict.mdx', 'report.json', 'source.json', 'tables/the-first-part-1.json']);
    expect(dropped).toEqual([]);
    expect(JSON.parse(files.get('report.json')!)).toMatchObject({ title: 'Tiny in 2026', author: 'Team', findings: [{ id: 'finding-one-finding', text: 'One finding' }] });
    expect(JSON.parse(files.get('source.json')!)).toMatchObject({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), report: { title: 'Tiny in 2026' } });
  });

  it('fences code with its language and puts the table where it stood', () => {
    const mdx = generateContent(input()).files.get('parts/the-first-part.mdx')!;
    expect(mdx).toContain('```rust\n// demo\nfn main() {\n    x();\n}\n```');
    expect(mdx.indexOf('Opening words')).toBeLessThan(mdx.indexOf('```rust'));
    expect(mdx).toContain('<DataTable table="tiny/the-first-part-1" />');
    expect(mdx).toMatch(/^---\n# Written by `npm run import` from source\.txt \(lines 3–11\)[^\n]*\nreport: tiny\nkey: section-1\nnumber: 1\ntitle: The First Part\nslug: the-first-part\norder: 1\nline: 3\n---/);
  });

  it('writes the report’s words so that MDX reads them as text: no JSX, expression or emphasis', () => {
    const mdx = generateContent(input()).files.get('parts/verdict.mdx')!;
    expect(paragraphs(mdx)).toEqual([[{ type: 'text', value: 'Use <T> with {care} & *wit*.' }]]);
  });

  it('derives a caption from the part’s title when the editors gave none, and says so', () => {
    const table = JSON.parse(generateContent(input()).files.get('tables/the-first-part-1.json')!);
    expect(table).toMatchObject({ caption: 'The table of Section 1 — The First Part', captionByEditors: false });
    expect(table.columns).toEqual([{ label: 'Name', sort: 'text' }, { label: 'Speed', sort: 'text' }]);
  });

  it('applies the editors’ slug, headings, code title, marks and table touches, keyed by the part’s title', () => {
    const yaml = [
      'parts:',
      '  The First Part:',
      '    slug: first',
      '    navTitle: First',
      '    headings: [{ before: "Opening words", text: "A heading of ours" }]',
      '    code: [{ first: "// demo", title: main.rs, mark: [3] }]',
      '    tables: [{ caption: "Speeds", highlight: [B], columns: { Speed: number } }]',
    ].join('\n');
    const { files, dropped } = generateContent(input(yaml));
    const mdx = files.get('parts/first.mdx')!;
    expect(mdx).toContain('navTitle: First');
    expect(mdx).toContain('## A heading of ours\n\nOpening words');
    expect(mdx).toContain('```rust title="main.rs" {3}\n');
    const table = JSON.parse(files.get('tables/first-1.json')!);
    expect(table).toMatchObject({ caption: 'Speeds', captionByEditors: true });
    expect(table.rows[1]).toEqual({ cells: ['B', '2'], highlight: true });
    expect(table.columns[1]).toEqual({ label: 'Speed', sort: 'number' });
    expect(dropped).toEqual([]);
  });

  it('shows a code title exactly as written: a quote does not end it, braces do not mark lines', () => {
    const yaml = ['parts:', '  The First Part:', '    code: [{ first: "// demo", title: \'say "hi" {3} 50% ünï\' }]'].join('\n');
    const mdx = generateContent(input(yaml)).files.get('parts/the-first-part.mdx')!;
    expect(mdx).toContain('```rust title="say%20%22hi%22%20%7B3%7D%2050%25%20%C3%BCn%C3%AF"\n');
  });

  it('lists the touches whose place is gone instead of applying them, each at its line', () => {
    const yaml = [
      'parts:',
      '  A Part That Is Gone: { navTitle: Gone }',
      '  The First Part:',
      '    headings: [{ before: "Words no longer there", text: "Orphan" }]',
      '    code: [{ first: "// demo", mark: [99] }, { first: "// other", title: x }]',
      '    tables: [{ columns: { Colour: none } }, { caption: extra }]',
    ].join('\n');
    const { dropped } = generateContent(input(yaml));
    expect(dropped).toEqual([
      'editorial.yaml:2: parts: the report has no part titled "A Part That Is Gone"; its touches were not applied',
      'editorial.yaml:5: mark 99 is past the last line (4) of the snippet "// demo"; not applied',
      'editorial.yaml:6: the table has no column "Colour"; its sort was not applied',
      'editorial.yaml:4: heading "Orphan": no paragraph, snippet or table starts with "Words no longer there"; not applied',
      'editorial.yaml:5: no snippet starts with "// other"; not applied',
      "editorial.yaml:6: the part has 1 table; table 2's touches were not applied",
    ]);
  });

  it('links a finding to the part the editors name, and keeps its id stable', () => {
    const yaml = ['findings:', '  - first: One', '    part: Verdict'].join('\n');
    const facts = JSON.parse(generateContent(input(yaml)).files.get('report.json')!);
    expect(facts.findings).toEqual([{ id: 'finding-one-finding', text: 'One finding', part: 'verdict' }]);
  });

  it('turns a URL the report writes out into a link whose text is the URL, punctuation after it left as text', () => {
    const report = model();
    report.parts[1]!.blocks = [{ kind: 'paragraph', text: 'See https://example.org/a_b?c=1&d=~x#frag. Or <https://x.org/(y)>.', line: 13 }];
    const mdx = generateContent(input(undefined, report)).files.get('parts/verdict.mdx')!;
    const link = (url: string) => ({ type: 'link', url, children: [{ type: 'text', value: url }] });
    expect(paragraphs(mdx)).toEqual([
      [
        { type: 'text', value: 'See ' },
        link('https://example.org/a_b?c=1&d=~x#frag'),
        { type: 'text', value: '. Or <' },
        link('https://x.org/(y)'),
        { type: 'text', value: '>.' },
      ],
    ]);
  });

  it('gives the same bytes for the same input', () => {
    expect([...generateContent(input()).files]).toEqual([...generateContent(input()).files]);
  });
});

describe('partSlugs', () => {
  const parts = (...titles: string[]): Part[] => titles.map((title, index) => ({ kind: 'section', number: index + 1, title, line: 1, endLine: 1, blocks: [] }));
  const slugs = (list: Part[], yaml?: string, dropped: string[] = []) => {
    const editorial = yaml === undefined ? noEditorial() : readEditorial(yaml, 'editorial.yaml');
    return partSlugs(list, partTouches(list, editorial, dropped), dropped);
  };

  it('makes a valid, unique slug from any title, never a reserved one, numbered when nothing is left', () => {
    expect(slugs(parts('Report', 'Same Title', 'Same Title', "Rust's Trajectory: Beyond", 'Go & Rust', 'Über Straße', '日本語のタイトル', '!!!'))).toEqual([
      'report-2',
      'same-title',
      'same-title-2',
      'rusts-trajectory-beyond',
      'go-rust',
      'uber-strasse',
      'section-7',
      'section-8',
    ]);
  });

  it('keeps a chosen slug, and keeps titles from taking it', () => {
    expect(slugs(parts('First', 'Second'), 'parts:\n  Second: { slug: first }')).toEqual(['first-2', 'first']);
  });

  it('sets aside a chosen slug that another part or the site already has, and says so', () => {
    const dropped: string[] = [];
    expect(slugs(parts('First', 'Second'), 'parts:\n  First: { slug: report }\n  Second: { slug: search }', dropped)).toEqual(['first', 'second']);
    expect(dropped).toEqual([
      'editorial.yaml:2: slug "report" is taken (by the site\'s own pages or another part); the part\'s slug comes from its title',
      'editorial.yaml:3: slug "search" is taken (by the site\'s own pages or another part); the part\'s slug comes from its title',
    ]);
  });
});
