import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../../src/site/citation/bibtex.ts';
import { visible, type CitedReport } from '../../../../src/site/citation/facts.ts';
import { hostileName, hostileText, PROPERTY_TIMEOUT, RUNS, SEED, slug } from './hostile.ts';
import { rust, rustWithoutAddress } from './rust.ts';

/** Better BibTeX's parser (what Zotero imports .bib files with): nothing re-cased, no braces read as case protection. */
const parseBib = (source: string) => parseBibtex(source, { english: false, sentenceCase: false, caseProtection: false });

/**
 * Text as a reader of the typeset entry compares it: canonical Unicode (NFC), any run of spaces
 * (TeX's tie ~ included) one space, and combining marks with no letter under them (after "}" or at
 * the start) dropped, with the space a parser puts before TeX's lone accent: no typesetting shows them
 * as the text had them.
 */
const same = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\p{Zs}\u200b\ufeff~]+/gu, ' ')
    .replace(/(^|[^\p{L}\p{N}\p{M}])\s?\p{M}+/gu, '$1')
    .replace(/ +/gu, ' ')
    .trim();

describe('bibtex', () => {
  it('writes the Rust report as a @techreport: the team whole, the title’s case kept, the month as BibTeX’s macro', () => {
    expect(bibtex(rust)).toBe(
      [
        '@techreport{rust-in-2026,',
        '  author = {{iBuidl Research Team}},',
        '  title = {{Rust in 2026}},',
        '  institution = {{Research reports}},',
        '  type = {Research report},',
        '  year = {2026},',
        '  month = mar,',
        '  note = {Data as of March 2026},',
        '  url = {https://reports.example.org/rust-in-2026/},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the report does not say rather than invent it, and a URL that is only a path', () => {
    const entry = bibtex({ ...rustWithoutAddress, author: undefined, dataAsOf: undefined });
    expect(entry).not.toMatch(/author|year|month|note|url/);
    expect(parseBib(entry).errors).toEqual([]);
  });

  it('escapes what BibTeX and LaTeX read as markup, and keeps every other character as written', () => {
    const report = { ...rust, title: 'a{b}c 100% & $5 #1 _x_ \\ ~ ^ "q" <i> @x --- é 中文', author: 'R&D {Lab}' };
    expect(bibtex(report).split('\n').slice(1, 3)).toEqual([
      '  author = {{R\\&D \\textbraceleft Lab\\textbraceright}},',
      '  title = {{a\\textbraceleft b\\textbraceright c 100\\% \\& \\$5 \\#1 \\_x\\_ \\textbackslash{} \\textasciitilde{} \\textasciicircum{} "q" $<$i$>$ @x -{}-{}- é 中文}},',
    ]);
  });

  it('keeps the scripts citation-js’s BibTeX drops (its issue #177, open in 0.9.0) and a brace in a team’s name', () => {
    const library = parseBib(bibtex({ ...rust, title: 'Rust 中文 Да עברית 😀', author: 'Acme {Labs' }));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields['title']).toBe('Rust 中文 Да עברית 😀');
    expect(library.entries[0]?.fields['author']).toEqual([{ name: 'Acme {Labs' }]);
  });

  it(`reads back, field for field, for ${RUNS * 2} hostile reports (@retorquere/bibtex-parser, seed ${SEED})`, { timeout: PROPERTY_TIMEOUT }, () => {
    const hostile = fc.record({ title: hostileName, author: fc.option(hostileName, { nil: undefined }), site: hostileName, asOf: hostileText, slug });
    fc.assert(
      fc.property(hostile, (h) => {
        const report: CitedReport = { ...rust, slug: h.slug, title: h.title, author: h.author, site: h.site, dataAsOf: { text: h.asOf, iso: '2026-03' } };
        const library = parseBib(bibtex(report));
        expect(library.errors).toEqual([]);
        expect(library.entries).toHaveLength(1);
        const entry = library.entries[0]!;
        expect([entry.type, entry.key]).toEqual(['techreport', h.slug]);
        const fields = entry.fields as Record<string, unknown>;
        expect(same(String(fields['title']))).toBe(same(h.title));
        expect((fields['institution'] as string[]).map(same)).toEqual([same(h.site)]);
        expect([fields['year'], fields['month'], fields['url']]).toEqual(['2026', '3', rust.url]);
        if (visible(h.asOf)) expect(same(String(fields['note']))).toBe(same(`Data as of ${h.asOf}`));
        else expect(fields['note']).toBeUndefined();
        const authors = (fields['author'] ?? []) as { name?: string }[];
        expect(authors.map((a) => same(a.name ?? ''))).toEqual(h.author === undefined ? [] : [same(h.author)]);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
