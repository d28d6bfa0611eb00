import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, readerText } from '../../tools/dist.ts';
import { rootDist } from '../support/paths.ts';
import { sentences, sourceParts } from '../support/report-parts.ts';
import { reportLines } from '../support/report-source.ts';

const parts = sourceParts();
const pages = htmlFiles(rootDist).map((file) => ({ file, doc: readPage(rootDist, file) }));

/** The searchable article of the page whose h1 is the part's heading (the home page for key findings). */
function articleFor(heading: string | null): Element {
  const page = heading === null
    ? pages.find((p) => p.file === 'index.html')
    : pages.find((p) => p.file !== 'report/index.html' && readerText(p.doc.querySelector('h1')?.textContent ?? '') === heading);
  const article = page?.doc.querySelector('article[data-pagefind-body]');
  if (!article) throw new Error(`no page has the h1 "${heading}"`);
  return article;
}

describe('the report text on the site', () => {
  it('splits the source into key findings, Sections 1–5 and the Verdict', () => {
    expect(parts.map((p) => p.heading)).toEqual([
      null,
      'Section 1 — Rust\'s Trajectory: Beyond the Hype Cycle',
      'Section 2 — Replacing Python in ML Infrastructure',
      'Section 3 — Rust vs C++ vs Go vs Python',
      'Section 4 — Where C++ Replacement Is Actually Happening',
      'Section 5 — The Learning Curve in 2026',
      'Verdict',
    ]);
  });

  for (const part of parts) {
    const name = part.heading ?? 'Key findings';
    it(`has every sentence of "${name}" word for word on that part's own page`, () => {
      const text = readerText(articleFor(part.heading).textContent ?? '');
      const missing = part.prose.flatMap(sentences).filter((s) => !text.includes(readerText(s)));
      expect(missing).toEqual([]);
    });
  }

  it('has every sentence of the report on the whole-report page', () => {
    const text = readerText(readPage(rootDist, 'report/').querySelector('main')?.textContent ?? '');
    const missing = parts.flatMap((p) => p.prose.flatMap(sentences)).filter((s) => !text.includes(readerText(s)));
    expect(missing).toEqual([]);
  });

  it('puts no words of ours in the report’s paragraphs and list items', () => {
    const source = readerText(reportLines().join(' '));
    const foreign = pages
      .filter((p) => p.file !== '404.html')
      .flatMap((p) => [...p.doc.querySelectorAll('article p, article li')])
      .filter((el) => !el.closest('nav, figure, table, pre, .editor-note, .byline'))
      .map((el) => readerText(el.textContent ?? ''))
      .filter((text) => text !== '' && !source.includes(text));
    expect(foreign).toEqual([]);
  });

  it('keeps the spaces around inline elements when HTML is compressed', () => {
    // compressHTML drops white space between inline elements; a sentence must not run together.
    const text = readerText(articleFor('Section 4 — Where C++ Replacement Is Actually Happening').textContent ?? '');
    expect(text).toContain('Cloudflare\'s Pingora (their Nginx replacement written in Rust) handles');
  });

  it('shows the report’s tildes as written rather than as strikethrough', () => {
    const article = articleFor('Section 5 — The Learning Curve in 2026');
    expect(article.querySelector('del, s')).toBeNull();
    expect(readerText(article.textContent ?? '')).toContain('from ~6 months to ~3 months');
  });
});
