import { describe, expect, it } from 'vitest';
import { escapeMdx, generateContent, partSlugs, type ContentReport } from '../../../../src/import/emit/content.ts';
import { parseEditorial, EditorialError } from '../../../../src/import/editorial.ts';

const model = (): ContentReport => ({
  title: 'Tiny in 2026',
  titleFrom: 'text',
  findings: ['One finding'],
  author: 'Team',
  dataAsOf: { text: 'May 2026', iso: '2026-05' },
  parts: [
    {
      kind: 'section',
      number: 1,
      title: 'The First Part',
      line: 3,
      endLine: 8,
      blocks: [
        { kind: 'paragraph', text: 'Opening words of the part.', line: 4 },
        { kind: 'code', lines: ['// demo', 'fn main() {', '    x();', '}'], line: 5, language: 'rust' },
        { kind: 'table', header: ['Name', 'Speed'], rows: [['A', '1'], ['B', '2']], line: 9 },
      ],
    },
    { kind: 'verdict', title: 'Verdict', line: 12, endLine: 12, blocks: [{ kind: 'paragraph', text: 'Use <T> with {care} & *wit*.', line: 13 }] },
  ],
});

describe('escapeMdx', () => {
  it('escapes what MDX would read as JSX, expressions or emphasis', () => {
    expect(escapeMdx('Use <T> with {care} & *wit* and snake_case.')).toBe('Use \\<T\\> with \\{care\\} \\& \\*wit\\* and snake\\_case.');
  });

  it('keeps a sentence that starts like a list item a paragraph', () => {
    expect(escapeMdx('1. First')).toBe('1\\. First');
    expect(escapeMdx('- not a finding')).toBe('\\- not a finding');
  });
});

describe('generateContent', () => {
  it('writes report.json, a page per part and a file per table', () => {
    const { files, dropped } = generateContent('tiny', model(), {});
    expect([...files.keys()].sort()).toEqual(['parts/the-first-part.mdx', 'parts/verdict.mdx', 'report.json', 'tables/the-first-part-1.json']);
    expect(dropped).toEqual([]);
    expect(JSON.parse(files.get('report.json')!)).toMatchObject({ title: 'Tiny in 2026', author: 'Team', findings: ['One finding'] });
  });

  it('fences code with its language and puts the table where it stood', () => {
    const mdx = generateContent('tiny', model(), {}).files.get('parts/the-first-part.mdx')!;
    expect(mdx).toContain('```rust\n// demo\nfn main() {\n    x();\n}\n```');
    expect(mdx.indexOf('Opening words')).toBeLessThan(mdx.indexOf('```rust'));
    expect(mdx).toContain('<DataTable table="tiny/the-first-part-1" />');
    expect(mdx).toMatch(/^---\nreport: tiny\nkey: section-1\nnumber: 1\ntitle: The First Part\nslug: the-first-part\norder: 1\nline: 3\n---/);
  });

  it('derives a caption from the part’s title when the editors gave none, and says so', () => {
    const table = JSON.parse(generateContent('tiny', model(), {}).files.get('tables/the-first-part-1.json')!);
    expect(table).toMatchObject({ caption: 'The table of Section 1 — The First Part', captionByEditors: false });
    expect(table.columns).toEqual([{ label: 'Name', sort: 'text' }, { label: 'Speed', sort: 'text' }]);
  });

  it('applies the editors’ slug, headings, code title, marks and table touches', () => {
    const editorial = parseEditorial(
      [
        'parts:',
        '  section-1:',
        '    slug: first',
        '    navTitle: First',
        '    headings: [{ before: "Opening words", text: "A heading of ours" }]',
        '    code: [{ first: "// demo", title: main.rs, mark: [3] }]',
        '    tables: [{ caption: "Speeds", highlight: [B], columns: { Speed: number } }]',
      ].join('\n'),
      'editorial.yaml',
    );
    const { files, dropped } = generateContent('tiny', model(), editorial);
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

  it('lists the touches whose place is gone instead of applying them', () => {
    const editorial = parseEditorial(
      [
        'parts:',
        '  section-9: { navTitle: Gone }',
        '  section-1:',
        '    headings: [{ before: "Words no longer there", text: "Orphan" }]',
        '    code: [{ first: "// demo", mark: [99] }, { first: "// other", title: x }]',
        '    tables: [{ columns: { Colour: none } }, { caption: extra }]',
      ].join('\n'),
      'editorial.yaml',
    );
    const { dropped } = generateContent('tiny', model(), editorial);
    expect(dropped).toEqual([
      'parts.section-9: the report has no section 9; its touches were not applied',
      'parts.section-1.code "// demo": mark 99 is past the snippet\'s 4 lines',
      'parts.section-1.tables[0].columns: the table has no column "Colour"; its sort was not applied',
      'parts.section-1.headings "Orphan": no block starts with "Words no longer there"',
      'parts.section-1.code: no snippet starts with "// other"',
      'parts.section-1.tables[1]: the part has only 1 table(s)',
    ]);
  });

  it('gives the same bytes for the same input', () => {
    const a = generateContent('tiny', model(), {});
    const b = generateContent('tiny', model(), {});
    expect([...a.files]).toEqual([...b.files]);
  });
});

describe('partSlugs', () => {
  it('makes slugs from titles, never a reserved one or a repeat', () => {
    const parts = ['Report', 'Same Title', 'Same Title', "Rust's Trajectory: Beyond"].map((title, index) => ({
      kind: 'section' as const,
      number: index + 1,
      title,
      line: 1,
      endLine: 1,
      blocks: [],
    }));
    expect(partSlugs(parts, {})).toEqual(['report-1', 'same-title', 'same-title-1', 'rusts-trajectory-beyond']);
  });
});

describe('parseEditorial', () => {
  it('reads an empty file as no touches', () => {
    expect(parseEditorial('', 'e.yaml')).toEqual({});
  });

  it('names the file, the line and the field of a mistake', () => {
    const yaml = ['parts:', '  section-2:', '    navTitle: Fine', '    descripton: Misspelt field'].join('\n');
    expect(() => parseEditorial(yaml, 'editorial.yaml')).toThrow(EditorialError);
    expect(() => parseEditorial(yaml, 'editorial.yaml')).toThrow(/^editorial\.yaml:4: parts\.section-2: descripton is not a field/);
  });

  it('names the line of a value of the wrong kind', () => {
    const yaml = ['parts:', '  verdict:', '    code:', '      - first: x', '        mark: [ten]'].join('\n');
    expect(() => parseEditorial(yaml, 'e.yaml')).toThrow(/^e\.yaml:5: parts\.verdict\.code\.0\.mark\.0: /);
  });

  it('names the line of broken YAML', () => {
    expect(() => parseEditorial('parts:\n  verdict: [unclosed\n', 'e.yaml')).toThrow(/^e\.yaml:\d+: not valid YAML/);
  });
});

describe('partSlugs with the editors’ choices', () => {
  const parts = ['First', 'Second'].map((title, index) => ({ kind: 'section' as const, number: index + 1, title, line: 1, endLine: 1, blocks: [] }));

  it('keeps a chosen slug, and keeps titles from taking it', () => {
    expect(partSlugs(parts, { parts: { 'section-2': { slug: 'first' } } })).toEqual(['first-1', 'first']);
  });

  it('sets aside a chosen slug that another part or the site already has, and says so', () => {
    const dropped: string[] = [];
    const slugs = partSlugs(parts, { parts: { 'section-1': { slug: 'report' }, 'section-2': { slug: 'search' } } }, dropped);
    expect(slugs).toEqual(['first', 'second']);
    expect(dropped).toEqual([
      'parts.section-1.slug: "report" is taken (by the site\'s own pages or another part); the part\'s slug comes from its title',
      'parts.section-2.slug: "search" is taken (by the site\'s own pages or another part); the part\'s slug comes from its title',
    ]);
  });

  it('never gives two parts one address when editors choose the same slug twice', () => {
    const dropped: string[] = [];
    const slugs = partSlugs(parts, { parts: { 'section-1': { slug: 'same' }, 'section-2': { slug: 'same' } } }, dropped);
    expect(new Set(slugs).size).toBe(2);
    expect(dropped).toHaveLength(1);
  });
});
