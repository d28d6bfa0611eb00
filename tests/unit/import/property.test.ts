import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getRssString } from '@astrojs/rss';
import { parse as parseYaml, stringify } from 'yaml';
import { mdxToHast } from 'satteri';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { readReport } from '../../../src/import/read/read-report.ts';
import { readEditorial, noEditorial } from '../../../src/import/editorial.ts';
import { generateContent } from '../../../src/import/emit/content.ts';
import { checkLanguageTouches } from '../../../src/import/emit/touches.ts';
import { SourceError } from '../../../src/report/errors.ts';
import { MDX_FEATURES, contentProblems, parseContentMdx } from '../../../src/report/content-mdx.ts';
import { FENCE_LANGUAGES, suggestLanguage } from '../../../src/report/highlighting.ts';
import { languageOf } from '../../../src/report/languages.ts';
import type { Report } from '../../../src/report/model.ts';
import { reportSchema } from '../../../src/report/schemas/report.ts';
import { partSchema } from '../../../src/report/schemas/part.ts';
import { feedItems, jsonFeed, rssFeed } from '../../../src/site/feeds.ts';
import { jsonFeedErrors, xmlError } from '../../support/feeds.ts';

/*
 * Every text the importer accepts builds, and no text runs as code: house-style reports whose every
 * title, finding, paragraph, cell, sign-off and editorial touch is drawn from a hostile alphabet
 * (Markdown and MDX syntax, HTML, ESM, expressions, URLs with _#&~?, <…>, entities, quotes, braces,
 * every Unicode category including controls, RTL, CJK, combining marks, emoji) go through the real
 * importer and the parser Astro compiles MDX with. Each is either refused with `<file>:<line>:`, or
 * its pages compile with no code and render every word of it, and the feeds stay valid.
 * Seeded and reproducible: PROPERTY_SEED and PROPERTY_RUNS change the run (e.g. 100000 for a long one).
 */
const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261202);
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 1000);

/** Pieces a writer (or an attacker) pastes: syntax of every language the pipeline speaks. */
const FRAGMENTS = [
  'export const x = 1', 'import fs from "node:fs"', '{process.exit(1)}', '{/* c */}', '{1+1}', '<DataTable table="x/y" />', '<b>bold</b>', '</div>',
  '<script>alert(1)</script>', '<!-- c -->', '<https://example.org/a_b>', 'https://example.org/a_b?c=1&d=~x#f.', 'http://x.org/(y)', 'www.example.org',
  'a@b.org', '&lt;b&gt;', '&amp;', '&#x41;', '*em*', '**strong**', '_u_', '__d__', '~~s~~', '`code`', '```', '~~~', '# h', '## h', '> q', '- li', '1. li',
  '+ li', '[l](u)', '![i](u)', '[^1]', '| a | b |', '\\', '\\{', '$x$', '$$', '---', '***', '===', ':::', '{#id}', '[[w]]', '^s^', 'é', 'ﬁ', 'Å', '日本語',
  '中文', 'العربية', 'עברית', 'ไทย', '🦀', '👩‍💻', '🏳️‍🌈', 'e\u0301', 'a\u20dd', '\u200d', '\u200f', '\u202e', '\ufeff', '\u00a0', '\t', '"', "'", '“', '”',
  '—', '–', '…', '%', '#', '@', '&', '<', '>', '{', '}', '[', ']', '(', ')', '|', '!', '?', '=', '+', '/', ':', ';',
];
/** Characters the importer must refuse or read as line ends, never pass on. */
const REFUSED = ['\r', '\u2028', '\u2029', '\u0085', '\u000c', '\u000b', '\u0000', '\u0007', '\u001b', '\u009b', '\ufffe', '\uffff', '\ud800'];

/** Words and pieces on one line (no line feed: lines are the generator's to make). */
const text = (minLength = 1) =>
  fc
    .array(
      fc.oneof(
        { weight: 200, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 120, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
        { weight: 120, arbitrary: fc.constantFrom('The', 'Rust', 'data', 'is', 'a', 'word', 'of', 'ours.') },
        // Any code point at all (controls, surrogates, noncharacters included), and the refused ones: rarely, or few reports would pass.
        { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
        { weight: 1, arbitrary: fc.constantFrom(...REFUSED) },
      ),
      { minLength, maxLength: 10 },
    )
    .map((pieces) => pieces.join(' ').replace(/\n/g, ' '));

/** One line a section holds: a sentence, or something else a report may hold. */
const bodyLine = fc.oneof(
  text().map((t) => `The ${t}.`),
  text(),
  fc.tuple(text(), text()).map(([a, b]) => `| ${a.replace(/\|/g, '\\|')} | ${b.replace(/\|/g, '\\|')} |\n|---|---|\n| 1 | ${b.replace(/\|/g, '\\|')} |`),
  fc.constantFrom('fn main() {', 'let x = 1;', '}', 'SELECT * FROM t;', 'def f(x):', '    return x', 'echo "$HOME"', ''),
);

/** A report in the house style: any of its parts may be hostile. */
const reportText = fc
  .record({
    title: fc.option(text().map((t) => `Title ${t}`), { nil: undefined }),
    findings: fc.array(text(), { minLength: 0, maxLength: 3 }),
    sections: fc.array(fc.record({ title: text(), lines: fc.array(bodyLine, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 3 }),
    verdict: fc.option(fc.array(bodyLine, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    dataAsOf: fc.boolean(),
    author: fc.option(text(), { nil: undefined }),
  })
  .map((r) =>
    [
      ...(r.title ? [r.title] : []),
      ...r.findings.map((f) => `- ${f}`),
      ...r.sections.flatMap((s, i) => [`Section ${i + 1} — ${s.title}`, ...s.lines]),
      ...(r.verdict ? ['Verdict', ...r.verdict] : []),
      ...(r.dataAsOf ? ['Data as of March 2026.'] : []),
      ...(r.author ? [`— ${r.author}`] : []),
    ].join('\n'),
  );

/** Editors' touches with hostile text, for the first section and the verdict. */
const editorialFor = (sectionTitle: string) =>
  fc
    .record({
      description: fc.option(text().map((t) => `A sentence of ours about ${t}.`), { nil: undefined }),
      navTitle: fc.option(text(), { nil: undefined }),
      heading: fc.option(text(), { nil: undefined }),
      codeTitle: fc.option(text(), { nil: undefined }),
      caption: fc.option(text(), { nil: undefined }),
    })
    .map((t) =>
      stringify({
        ...(t.description ? { description: t.description.slice(0, 190).replace(/\s+$/, '') + (/[.!?]$/.test(t.description.slice(0, 190)) ? '' : '.') } : {}),
        parts: {
          [sectionTitle.trim() || 'x']: {
            ...(t.navTitle ? { navTitle: t.navTitle } : {}),
            ...(t.heading ? { headings: [{ before: 'The', text: t.heading }] } : {}),
            ...(t.codeTitle ? { code: [{ first: 'fn main() {', title: t.codeTitle }] } : {}),
            ...(t.caption ? { tables: [{ caption: t.caption }] } : {}),
          },
        },
      }),
    );

/** The text of a rendered node, as a reader gets it. */
function hastText(node: HastRoot | HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(hastText).join('') : '';
}

/** The elements of a rendered tree with the given tag, in document order. */
function elements(node: HastRoot | HastContent, tag: string): Element[] {
  const own = node.type === 'element' && node.tagName === tag ? [node] : [];
  return [...own, ...('children' in node ? node.children.flatMap((child) => elements(child, tag)) : [])];
}

const FILE = 'hostile.txt';
const where = /^(?:hostile\.txt|editorial\.yaml|--title)(?::\d+(?::\d+)?)?: \S/;

/** What happened to one generated report. */
type Outcome = { refused: string } | { report: Report; files: Map<string, string> };

function importText(textOfReport: string, editorialYaml: string): Outcome {
  try {
    const editorial = editorialYaml ? readEditorial(editorialYaml, 'editorial.yaml') : noEditorial();
    checkLanguageTouches(editorial, FENCE_LANGUAGES, suggestLanguage);
    const { report } = readReport(textOfReport, FILE, { title: 'A Title Given On The Command Line' });
    const { files } = generateContent({
      slug: 'hostile',
      report,
      titleFrom: report.titleLine === undefined ? 'option' : 'text',
      source: new TextEncoder().encode(textOfReport),
      sourceFile: FILE,
      editorial,
      rules: { languages: FENCE_LANGUAGES, suggestLanguage },
      language: (name) => languageOf(name) ?? name,
    });
    return { report, files };
  } catch (error) {
    if (error instanceof SourceError) return { refused: error.message };
    throw error;
  }
}

/** Everything the built pages of an accepted report must satisfy; throws (with what failed) otherwise. */
function checkAccepted(report: Report, files: Map<string, string>): void {
  reportSchema.parse(JSON.parse(files.get('report.json')!));
  const parts = [...files].filter(([path]) => path.startsWith('parts/'));
  expect(parts).toHaveLength(report.parts.length);
  for (const [path, mdx] of parts) {
    // No code: only the content's dialect, as the build's own check reads it.
    const tree = parseContentMdx(mdx);
    expect(contentProblems(tree, mdx, { languages: FENCE_LANGUAGES }), path).toEqual([]);
    const frontmatter = partSchema.parse(parseYaml(tree.children[0]?.type === 'yaml' ? tree.children[0].value : ''));
    const part = report.parts.find((p) => p.line === frontmatter.line)!;
    // Every word: the rendered paragraphs and code are the report's, in order, exactly.
    const hast = mdxToHast(mdx, { features: MDX_FEATURES }) as unknown as HastRoot;
    const paragraphs = part.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(elements(hast, 'p').map(hastText), path).toEqual(paragraphs);
    const code = part.blocks.filter((b) => b.kind === 'code').map((b) => b.lines.join('\n'));
    expect(elements(hast, 'code').map(hastText).map((c) => c.replace(/\n$/, '')), path).toEqual(code);
  }
}

describe('every text the importer accepts builds, and none runs as code (property)', () => {
  it(`holds for ${RUNS} hostile reports with hostile editorial touches (seed ${SEED})`, async () => {
    const seen = { accepted: 0, refused: 0 };
    const reasons = new Map<string, number>();
    const feeds: { items: ReturnType<typeof feedItems> }[] = [];
    fc.assert(
      fc.property(
        reportText.chain((t) => fc.tuple(fc.constant(t), fc.oneof(fc.constant(''), editorialFor(/Section 1 — (.*)/.exec(t)?.[1] ?? '')))),
        ([textOfReport, editorialYaml]) => {
          const outcome = importText(textOfReport, editorialYaml);
          if ('refused' in outcome) {
            seen.refused += 1;
            const reason = outcome.refused.replace(/^\S+ /, '').slice(0, 50);
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
            expect(outcome.refused).toMatch(where);
            // The importer's own serializer must never be what refuses: only the house style's rules do.
            expect(outcome.refused).not.toContain('cannot be written as a page');
            return;
          }
          seen.accepted += 1;
          checkAccepted(outcome.report, outcome.files);
          const facts = reportSchema.parse(JSON.parse(outcome.files.get('report.json')!));
          feeds.push({ items: feedItems([{ slug: 'hostile', ...facts, dataAsOfIso: facts.dataAsOf?.iso }], (slug) => `https://example.org/${slug}/`) });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // A long run (PROPERTY_RUNS set) says what it tried and why texts were refused.
    if (process.env['PROPERTY_RUNS']) console.log(seen, [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15));
    // Both outcomes happen: the generator reaches the rules and gets past them.
    expect(seen.accepted).toBeGreaterThan(RUNS / 10);
    expect(seen.refused).toBeGreaterThan(0);
    // The feeds of every accepted report are well-formed XML and a valid JSON Feed.
    const library = { title: 'Research reports', description: 'D.', homeUrl: 'https://example.org/', lang: 'en' };
    for (const { items } of feeds) {
      expect(xmlError(await getRssString(rssFeed(library, items)))).toBeUndefined();
      expect(jsonFeedErrors(JSON.parse(JSON.stringify(jsonFeed({ ...library, feedUrl: 'https://example.org/feed.json' }, items))))).toEqual([]);
    }
  }, Math.max(60_000, RUNS * 50));
});
